#pragma once
// What the justice record's forms share: reading a whole number, turning the record's rule
// breaches (justice/record_rules.h) into GOV.UK error messages beside the right field, and
// listing the errors in the order of the form.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "justice/record_rules.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::justice {

// A form field and the exchange format's column a rule names it by.
struct FieldOfColumn {
  std::string_view column;  // "end_date"
  std::string_view field;   // "end-date", the input's id
  std::string_view label;   // "end date": how the message names it
  std::string_view target = {};  // the id the error summary links to, when not `field`
};

// The number typed (surrounding spaces allowed), when it is a whole number of at most
// `max_digits` digits; nullopt otherwise.
std::optional<int> whole_number(std::string_view text, std::size_t max_digits = 3);

// Adds each breach as an error beside its field, unless that field already has one (the
// form's own check said what to fix first). A reason about "it" names the field ("The end
// date is before..."); others begin with a capital.
void add_breaches(std::vector<web::FieldError>& errors, const std::vector<RuleBreach>& breaches,
                  const std::vector<FieldOfColumn>& fields);

// The date typed into `field`, which must be today or earlier; nullopt with an error added
// when it is blank, not a date, or in the future.
std::optional<Date> past_date(const web::DateInput& typed, const web::DateField& field, Date today,
                              std::vector<web::FieldError>& errors);

// Orders the errors as the fields appear on the form (ids in `order`), keeping the order of
// those for the same field.
void sort_in_form_order(std::vector<web::FieldError>& errors, const std::vector<std::string_view>& order);

}  // namespace pathway::justice
