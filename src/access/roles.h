#pragma once
// The roles staff hold (../shared/DESIGN.md "Who uses it"). A role grants permissions
// (access/permissions.h); which children's records a permission reaches is need to know
// (access/need_to_know.h). An account may hold several roles.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathway::access {

enum class Role {
  administrator,
  manager,
  case_manager,
  restorative_justice_worker,
  transition_practitioner,
  analyst,
  business_support,
  panel_volunteer,
  data_protection_officer,
  partner,
};

// The stored code, e.g. "case_manager".
std::string_view role_code(Role role);
// What people call it, e.g. "Case manager".
std::string_view role_label(Role role);
// nullopt for an unknown code.
std::optional<Role> role_from_code(std::string_view code);
const std::vector<Role>& all_roles();

// "case_manager,administrator" <-> roles, as the staff table stores them. Unknown codes are
// dropped (an account with none left holds no permission at all).
std::string roles_code(const std::vector<Role>& roles);
std::vector<Role> roles_from_code(std::string_view codes);

}  // namespace pathway::access
