#pragma once
// Reads a GOV.UK date input (three boxes: day, month, year) with the messages the design
// system gives: name the missing part, a 4-digit year, a real date.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "web/page.h"

namespace pathway::web {

// The three boxes as typed.
struct DateInput {
  std::string day;
  std::string month;
  std::string year;
  // True when all three boxes are blank (spaces count as blank).
  bool blank() const;
};

// The boxes showing `date` as a person would type it: 27, 3, 2024.
DateInput date_input_showing(Date date);

// How one date input is named on its form.
struct DateField {
  std::string id;       // the input's id, "date-of-birth": its boxes are id-day, id-month, id-year
  std::string name;     // how messages begin, "Date of birth"
  std::string missing;  // the message when all three are blank: "Enter the child's date of birth"
};

// The date typed, or nullopt with one error added to `errors`, linked to the box to fix.
// A blank input is an error (field.missing).
std::optional<Date> read_date_input(const DateInput& input, const DateField& field, std::vector<FieldError>& errors);

}  // namespace pathway::web
