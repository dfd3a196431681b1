#include "allocation/case_roles.h"

#include <type_traits>

namespace pathway::allocation {

namespace {

struct CaseRoleNames {
  CaseRole role;
  std::string_view code, label;
};
constexpr CaseRoleNames case_roles[] = {
    {CaseRole::case_manager, "case_manager", "Case manager"},
    {CaseRole::transition_practitioner, "transition_practitioner", "Transition practitioner"},
    {CaseRole::restorative_justice_worker, "restorative_justice_worker", "Restorative justice worker"},
    {CaseRole::co_worker, "co_worker", "Co-worker"},
};

struct IntensityNames {
  Intensity intensity;
  std::string_view code, label;
  int weight_hundredths;
};
constexpr IntensityNames intensities[] = {
    {Intensity::standard, "standard", "Standard", 100},
    {Intensity::enhanced, "enhanced", "Enhanced", 150},
    {Intensity::intensive, "intensive", "Intensive", 200},
};

template <class Table, class Key>
const auto& entry_for(const Table& table, Key key) {
  for (const auto& entry : table) {
    if constexpr (std::is_same_v<Key, CaseRole>) {
      if (entry.role == key) return entry;
    } else {
      if (entry.intensity == key) return entry;
    }
  }
  return table[0];  // unreachable: every enumerator is in its table
}

}  // namespace

std::string_view case_role_code(CaseRole role) { return entry_for(case_roles, role).code; }
std::string_view case_role_label(CaseRole role) { return entry_for(case_roles, role).label; }

std::optional<CaseRole> case_role_from_code(std::string_view code) {
  for (const auto& entry : case_roles) {
    if (entry.code == code) return entry.role;
  }
  return std::nullopt;
}

const std::vector<CaseRole>& practitioner_roles() {
  static const std::vector<CaseRole> roles = {CaseRole::transition_practitioner, CaseRole::restorative_justice_worker,
                                              CaseRole::co_worker};
  return roles;
}

std::vector<access::Role> staff_roles_for(CaseRole role) {
  using access::Role;
  switch (role) {
    case CaseRole::case_manager:
      return {Role::case_manager};
    case CaseRole::transition_practitioner:
      return {Role::transition_practitioner};
    case CaseRole::restorative_justice_worker:
      return {Role::restorative_justice_worker};
    case CaseRole::co_worker:
      return caseload_roles();
  }
  return {};
}

std::vector<access::Role> caseload_roles() {
  using access::Role;
  return {Role::case_manager, Role::transition_practitioner, Role::restorative_justice_worker};
}

bool works_county_wide(CaseRole role) {
  return role == CaseRole::transition_practitioner || role == CaseRole::restorative_justice_worker;
}

std::string_view intensity_code(Intensity intensity) { return entry_for(intensities, intensity).code; }
std::string_view intensity_label(Intensity intensity) { return entry_for(intensities, intensity).label; }
int intensity_weight_hundredths(Intensity intensity) { return entry_for(intensities, intensity).weight_hundredths; }

std::optional<Intensity> intensity_from_code(std::string_view code) {
  for (const auto& entry : intensities) {
    if (entry.code == code) return entry.intensity;
  }
  return std::nullopt;
}

const std::vector<Intensity>& all_intensities() {
  static const std::vector<Intensity> all = {Intensity::standard, Intensity::enhanced, Intensity::intensive};
  return all;
}

}  // namespace pathway::allocation
