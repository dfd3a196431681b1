#include "children/child_merge.h"

#include <algorithm>

namespace pathway::children {

namespace {

// Sets one field from its stored value (the form stored_fields() gives).
void set_field(ChildDetails& details, const std::string& field, const std::optional<std::string>& value) {
  if (field == "given_name") {
    details.given_name = value.value_or("");
  } else if (field == "family_name") {
    details.family_name = value.value_or("");
  } else if (field == "date_of_birth") {
    details.date_of_birth = parse_iso_date(value.value_or("")).value_or(details.date_of_birth);
  } else if (field == "sex") {
    details.sex = sex_from_code(value.value_or("")).value_or(Sex::unknown);
  } else if (field == "ethnicity") {
    details.ethnicity = value;
  } else if (field == "district_code") {
    details.district_code = value.value_or("");
  } else if (field == "looked_after") {
    details.looked_after = looked_after_from_code(value.value_or("")).value_or(LookedAfter::unknown);
  }
}

}  // namespace

ChildDetails details_before(const ChildDetails& latest, const std::vector<ChildChange>& changes_since) {
  std::vector<const ChildChange*> newest_first;
  for (const auto& change : changes_since) newest_first.push_back(&change);
  std::stable_sort(newest_first.begin(), newest_first.end(),
                   [](const ChildChange* a, const ChildChange* b) { return a->version > b->version; });
  ChildDetails details = latest;
  for (const ChildChange* change : newest_first) set_field(details, change->field, change->old_value);
  return details;
}

MergedDetails merge_details(const ChildDetails& opened, const ChildDetails& latest, const ChildDetails& mine) {
  auto base = stored_fields(opened);
  auto saved = stored_fields(latest);
  auto entered = stored_fields(mine);
  MergedDetails merged{latest, {}};
  for (std::size_t i = 0; i < entered.size(); ++i) {
    const auto& [field, value] = entered[i];
    if (value == base[i].second) continue;  // the user left it alone: keep what is saved
    set_field(merged.details, field, value);
    if (saved[i].second != base[i].second && saved[i].second != value) merged.both_changed.push_back(field);
  }
  return merged;
}

}  // namespace pathway::children
