#include "admin/establishment_form.h"

#include <algorithm>

#include "admin/admin_forms.h"
#include "core/text.h"
#include "justice/record_rules.h"

namespace pathway::admin {

namespace {

constexpr std::size_t max_establishment_name_length = 100;
constexpr int youngest_child = 10;  // the age of criminal responsibility
constexpr int adult_age = 18;
constexpr int oldest_age = 99;

}  // namespace

EstablishmentValidation validate_establishment_form(const EstablishmentForm& form,
                                                    const std::vector<reference::Establishment>& establishments,
                                                    std::int64_t existing_id) {
  EstablishmentValidation result;
  auto& errors = result.errors;
  auto name = checked_name(form.name, "establishment's name", max_establishment_name_length, "name", errors);
  if (name && std::any_of(establishments.begin(), establishments.end(), [&](const reference::Establishment& other) {
        return other.details.name == *name && other.id != existing_id;
      })) {
    errors.push_back({"name", "Another establishment is already called ‘" + *name + "’"});
  }
  bool known_type = justice::is_one_of(justice::establishment_types(), form.establishment_type);
  if (!known_type) errors.push_back({"type", "Select the type of establishment", "type"});
  auto youngest = checked_whole_number(form.youngest_age, youngest_child, oldest_age, "youngest-age",
                                       "Enter the youngest age it takes as a whole number from 10 to 99, for example 15",
                                       errors);
  if (youngest && form.establishment_type == "adult_prison" && *youngest < adult_age) {
    errors.push_back({"youngest-age", "An adult prison takes young people from 18: enter 18 or more"});
    youngest.reset();
  }
  std::optional<int> oldest;
  if (!trim(form.oldest_age).empty()) {
    oldest = checked_whole_number(form.oldest_age, youngest.value_or(youngest_child), oldest_age, "oldest-age",
                                  "Enter the oldest age it takes as a whole number, not below the youngest, for "
                                  "example 17; or leave it blank when there is no upper age",
                                  errors);
  }
  if (form.holds_children != "yes" && form.holds_children != "no") {
    errors.push_back({"holds-children", "Select whether it still holds children", "holds-children"});
  }
  if (errors.empty()) {
    result.details = reference::EstablishmentDetails{*name, form.establishment_type, *youngest, oldest,
                                                     form.holds_children == "yes"};
  }
  return result;
}

}  // namespace pathway::admin
