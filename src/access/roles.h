#pragma once
// The roles staff hold. Until the access control issue lands every signed-in role may use
// every page; the roles are recorded now so accounts need no migration later.
#include <optional>
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
};

// The stored code, e.g. "case_manager".
std::string_view role_code(Role role);
// What people call it, e.g. "Case manager".
std::string_view role_label(Role role);
// nullopt for an unknown code.
std::optional<Role> role_from_code(std::string_view code);
const std::vector<Role>& all_roles();

}  // namespace pathway::access
