#include "justice/offence_form.h"

#include "core/free_text.h"
#include "core/text.h"
#include "justice/form_checks.h"

namespace pathway::justice {

OffenceFormCheck check_offence_form(const OffenceForm& form, Date date_of_birth, Date today) {
  OffenceFormCheck result;
  auto& errors = result.errors;
  auto date =
      past_date(form.offence_date, {"offence-date", "Date of the offence", "Enter the date of the offence"}, today, errors);
  if (!is_one_of(offence_categories(), form.category)) {
    errors.push_back({"category", "Select the category of the offence"});
  }
  auto gravity = whole_number(form.gravity, 2);
  if (!gravity) errors.push_back({"gravity", "Enter the seriousness score as a whole number from 1 to 8, for example 3"});
  std::string description(trim(form.description));
  if (!description.empty()) {
    if (auto problem = free_text_problem(description, max_offence_description)) {
      errors.push_back({"description", "The description " + *problem});
    }
  }
  if (date) {
    add_breaches(errors, offence_breaches(date_of_birth, {*date, gravity.value_or(1)}),
                 {{"offence_date", "offence-date", "date of the offence", "offence-date-day"},
                  {"gravity", "gravity", "seriousness score"}});
  }
  sort_in_form_order(errors, {"offence-date", "category", "gravity", "description"});
  if (errors.empty()) result.details = OffenceDetails{*date, form.category, *gravity, description};
  return result;
}

OffenceForm offence_form_from(const OffenceDetails& details) {
  return {web::date_input_showing(details.offence_date),
          details.category,
          std::to_string(details.gravity),
          details.description};
}

}  // namespace pathway::justice
