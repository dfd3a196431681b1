#include "children/child_validation.h"

#include <algorithm>

#include "core/text.h"
#include "reference/ethnicity.h"

namespace pathway::children {

namespace {

std::optional<std::string> check_name(const std::string& value, std::string_view which,
                                      std::vector<web::FieldError>& errors, const std::string& field) {
  std::string name(trim(value));
  if (name.empty()) {
    errors.push_back({field, "Enter the child's " + std::string(which)});
    return std::nullopt;
  }
  if (!is_clean_utf8(name)) {
    errors.push_back({field, "The child's " + std::string(which) + " must not contain control characters"});
    return std::nullopt;
  }
  if (utf8_length(name) > max_name_length) {
    errors.push_back({field, "The child's " + std::string(which) + " must be 100 characters or fewer"});
    return std::nullopt;
  }
  return name;
}

// GOV.UK date input messages: name the missing part, else say the date is not real.
std::optional<Date> check_date_of_birth(const ChildForm& form, Date today, std::vector<web::FieldError>& errors) {
  std::string day(trim(form.dob_day)), month(trim(form.dob_month)), year(trim(form.dob_year));
  const std::string field = "date-of-birth";
  if (day.empty() && month.empty() && year.empty()) {
    errors.push_back({field, "Enter the child's date of birth", "date-of-birth-day"});
    return std::nullopt;
  }
  std::vector<std::string> missing;
  std::string first_missing;  // the part the error summary links to
  for (auto [part, name] : {std::pair{&day, "day"}, std::pair{&month, "month"}, std::pair{&year, "year"}}) {
    if (!part->empty()) continue;
    missing.push_back(std::string("a ") + name);
    if (first_missing.empty()) first_missing = field + "-" + name;
  }
  if (!missing.empty()) {
    std::string text = "Date of birth must include " + missing[0];
    if (missing.size() == 2) text += " and " + missing[1];
    errors.push_back({field, text, first_missing});
    return std::nullopt;
  }
  if (year.size() != 4) {
    errors.push_back({field, "Year must include 4 numbers", "date-of-birth-year"});
    return std::nullopt;
  }
  auto date = date_from_parts(day, month, year);
  if (!date) {
    errors.push_back({field, "Date of birth must be a real date", "date-of-birth-day"});
    return std::nullopt;
  }
  if (std::chrono::sys_days(*date) > std::chrono::sys_days(today)) {
    errors.push_back({field, "Date of birth must be today or in the past", "date-of-birth-day"});
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
