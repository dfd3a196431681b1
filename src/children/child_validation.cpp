#include "children/child_validation.h"

#include <algorithm>

#include "children/child_rules.h"
#include "core/text.h"
#include "reference/ethnicity.h"
#include "web/date_input.h"

namespace pathway::children {

namespace {

// Ordinary white space around a name is dropped (a paste often brings some); everything
// else follows the shared rule, so the import and the store agree with the form.
std::optional<std::string> check_name(const std::string& value, std::string_view which,
                                      std::vector<web::FieldError>& errors, const std::string& field) {
  std::string name(trim(value));
  if (name.empty()) {
    errors.push_back({field, "Enter the child's " + std::string(which)});
    return std::nullopt;
  }
  if (auto problem = name_problem(name)) {
    errors.push_back({field, "The child's " + std::string(which) + " " + *problem});
    return std::nullopt;
  }
  return name;
}

// The date input's own checks (web/date_input.h), then the rules for a date of birth.
std::optional<Date> check_date_of_birth(const ChildForm& form, Date today, std::vector<web::FieldError>& errors) {
  const std::string field = "date-of-birth";
  auto date = web::read_date_input({form.dob_day, form.dob_month, form.dob_year},
                                   {field, "Date of birth", "Enter the child's date of birth"}, errors);
  if (!date) return std::nullopt;
  if (auto problem = date_of_birth_problem(*date, today)) {
    // A year before 1900 is a mistake in the year; a future date may be any part.
    bool too_early = std::chrono::sys_days(*date) < std::chrono::sys_days(earliest_date_of_birth);
    errors.push_back({field, "Date of birth " + *problem, too_early ? "date-of-birth-year" : "date-of-birth-day"});
    return std::nullopt;
  }
  return date;
}

}  // namespace

ChildValidation validate_child_form(const ChildForm& form, Date today,
                                    const std::vector<std::string>& district_codes) {
  ChildValidation result;
  auto& errors = result.errors;
  auto given_name = check_name(form.given_name, "given name", errors, "given-name");
  auto family_name = check_name(form.family_name, "family name", errors, "family-name");
  auto date_of_birth = check_date_of_birth(form, today, errors);

  auto sex = sex_from_code(form.sex);
  if (!sex) errors.push_back({"sex", "Select the child's sex", "sex-male"});  // the first radio

  std::optional<std::string> ethnicity;
  if (!form.ethnicity.empty()) {
    if (reference::ethnicity_label(form.ethnicity)) {
      ethnicity = form.ethnicity;
    } else {
      errors.push_back({"ethnicity", "Select an ethnicity from the list"});
    }
  }

  bool district_known = std::find(district_codes.begin(), district_codes.end(), form.district_code) !=
                        district_codes.end();
  if (form.district_code.empty()) {
    errors.push_back({"district", "Select the child's home district"});
  } else if (!district_known) {
    errors.push_back({"district", "Select a home district from the list"});
  }

  auto looked_after = looked_after_from_code(form.looked_after);
  if (!looked_after) errors.push_back({"looked-after", "Select whether the child is looked after", "looked-after-yes"});

  if (!errors.empty()) return result;

  int age = age_on(*date_of_birth, today);
  if (age < 10 || age > 17) {
    result.warnings.push_back("The child would be " + std::to_string(age) +
                              " today: the service usually works with children aged 10 to 17. "
                              "Check the date of birth.");
  }
  result.details = ChildDetails{*given_name, *family_name, *date_of_birth, *sex, ethnicity,
                                form.district_code, *looked_after};
  return result;
}

}  // namespace pathway::children
