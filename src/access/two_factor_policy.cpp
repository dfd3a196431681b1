#include "access/two_factor_policy.h"

#include <algorithm>

#include "access/two_factor_store.h"

namespace pathway::access {

namespace {
constexpr std::string_view setting_name = "two_factor_roles";
}  // namespace

const std::vector<Role>& default_two_factor_roles() {
  static const std::vector<Role> roles = {Role::manager, Role::analyst, Role::data_protection_officer,
                                          Role::administrator};
  return roles;
}

std::vector<Role> two_factor_roles(store::Connection& connection) {
  auto row = connection.query_one("SELECT value FROM service_settings WHERE name = ?", {std::string(setting_name)});
  if (!row) return default_two_factor_roles();
  return roles_from_code(row->text(0));
}

void set_two_factor_roles(store::Connection& connection, const std::vector<Role>& roles) {
  connection.execute(
      "INSERT INTO service_settings (name, value) VALUES (?, ?)"
      " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
      {std::string(setting_name), roles_code(roles)});
}

SecondStep second_step_after_password(store::Connection& connection, const StaffMember& staff) {
  auto stored = find_two_factor(connection, staff.id);
  if (stored && stored->confirmed) return SecondStep::code;
  auto required = two_factor_roles(connection);
  bool must = std::any_of(required.begin(), required.end(), [&staff](Role role) { return staff.holds_role(role); });
  return must ? SecondStep::enrol : SecondStep::none;
}

}  // namespace pathway::access
