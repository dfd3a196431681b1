#include "access/roles.h"

#include <array>

namespace pathway::access {

namespace {
struct RoleNames {
  Role role;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<RoleNames, 8> names = {{
    {Role::administrator, "administrator", "Administrator"},
    {Role::manager, "manager", "Manager"},
    {Role::case_manager, "case_manager", "Case manager"},
    {Role::restorative_justice_worker, "restorative_justice_worker",
     "Restorative justice and victim worker"},
    {Role::transition_practitioner, "transition_practitioner", "Transition practitioner"},
    {Role::analyst, "analyst", "Information and intelligence analyst"},
    {Role::business_support, "business_support", "Business support"},
    {Role::panel_volunteer, "panel_volunteer", "Panel volunteer"},
}};

const RoleNames& find(Role role) {
  for (const auto& entry : names) {
    if (entry.role == role) return entry;
  }
  return names.front();  // unreachable: every Role has an entry
}
}  // namespace

std::string_view role_code(Role role) { return find(role).code; }
std::string_view role_label(Role role) { return find(role).label; }

std::optional<Role> role_from_code(std::string_view code) {
  for (const auto& entry : names) {
    if (entry.code == code) return entry.role;
  }
  return std::nullopt;
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles = [] {
    std::vector<Role> list;
    for (const auto& entry : names) list.push_back(entry.role);
    return list;
  }();
  return roles;
}

}  // namespace pathway::access
