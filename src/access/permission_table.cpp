#include "access/permission_table.h"

#include "access/need_to_know.h"
#include "access/permissions.h"

namespace pathway::access {

std::string permission_table_markdown() {
  std::string text = "| role | may | children's records it opens |\n|---|---|---|\n";
  for (Role role : all_roles()) {
    std::string may;
    for (Permission permission : permissions_of(role)) {
      may += (may.empty() ? "" : ", ") + std::string("`") + std::string(permission_code(permission)) + "`";
    }
    text += "| " + std::string(role_label(role)) + " | " + may + " | " + record_reach(role) + " |\n";
  }
  text += "\n| permission | what it allows |\n|---|---|\n";
  for (const auto& permission : all_permissions()) {
    text += "| `" + std::string(permission.code) + "` | " + std::string(permission.description) + " |\n";
  }
  return text;
}

}  // namespace pathway::access
