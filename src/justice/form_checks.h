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

// An optional date: nullopt when blank or wrong (wrong adds an error).
std::optional<Date> optional_date(const web::DateInput& input, const web::DateField& field,
                                  std::vector<web::FieldError>& errors);

// A date that must be given and be `today` or earlier: nullopt with an error when it is
// missing or wrong; the date with an error ("<name> must be today or in the past") when it
// is later, so the rules can still be checked against it.
std::optional<Date> past_date(const web::DateInput& input, const web::DateField& field, Date today,
                              std::vector<web::FieldError>& errors);

// A choice that may be left blank, else one of `values` (`message` when not).
void check_optional_choice(const std::string& chosen, const std::vector<std::string_view>& values,
                           const std::string& field, const std::string& message, std::vector<web::FieldError>& errors);

// Short free text a person must give (a reason): trimmed, then free_text_problem's rule
// with at most `max_length` characters; `what` names it ("reason" gives "Enter the
// reason"). The text, or nullopt with an error beside `field`.
std::optional<std::string> required_text(std::string_view typed, const std::string& field, const std::string& what,
                                         std::size_t max_length, std::vector<web::FieldError>& errors);

// Adds each breach as an error beside its field, unless that field already has one (the
// form's own check said what to fix first). A reason about "it" names the field ("The end
// date is before..."); others begin with a capital.
void add_breaches(std::vector<web::FieldError>& errors, const std::vector<RuleBreach>& breaches,
                  const std::vector<FieldOfColumn>& fields);

// Orders the errors as the fields appear on the form (ids in `order`), keeping the order of
// those for the same field.
void sort_in_form_order(std::vector<web::FieldError>& errors, const std::vector<std::string_view>& order);

}  // namespace pathway::justice
