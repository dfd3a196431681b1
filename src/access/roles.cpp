#include "access/roles.h"

#include <array>

namespace pathway::access {

namespace {
struct RoleNames {
  Role role;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<RoleNames, 10> names = {{
    {Role::administrator, "administrator", "Administrator"},
    {Role::manager, "manager", "Manager"},
    {Role::case_manager, "case_manager", "Case manager"},
    {Role::restorative_justice_worker, "restorative_justice_worker",
     "Restorative justice and victim worker"},
    {Role::transition_practitioner, "transition_practitioner", "Transition practitioner"},
    {Role::analyst, "analyst", "Information and intelligence analyst"},
    {Role::business_support, "business_support", "Business support"},
    {Role::panel_volunteer, "panel_volunteer", "Panel volunteer"},
    {Role::data_protection_officer, "data_protection_officer", "Data protection officer"},
    {Role::partner, "partner", "Partner (police, health, probation)"},
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

std::string roles_code(const std::vector<Role>& roles) {
  std::string joined;
  for (Role role : roles) {
    if (!joined.empty()) joined += ',';
    joined += role_code(role);
  }
  return joined;
}

std::vector<Role> roles_from_code(std::string_view codes) {
  std::vector<Role> roles;
  while (!codes.empty()) {
    auto comma = codes.find(',');
    if (auto role = role_from_code(codes.substr(0, comma))) roles.push_back(*role);
    if (comma == std::string_view::npos) break;
    codes.remove_prefix(comma + 1);
  }
  return roles;
}

}  // namespace pathway::access
