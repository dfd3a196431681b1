#include "access/audit_actions.h"

#include <algorithm>

namespace pathway::access {

const std::vector<AuditActionWords>& audit_actions() {
  static const std::vector<AuditActionWords> actions = {
      {"child.view", "Opened the record"},
      {"child.history", "Opened the record's history"},
      {"child.list", "Saw in a list or search results"},
      {"child.possible_duplicates", "Was shown as a possible duplicate"},
      {"child.restricted_match", "Typed details matching a restricted record (not shown to them)"},
      {"child.create", "Added the child"},
      {"child.edit", "Opened the correction form"},
      {"child.update", "Corrected the record"},
      {"child.refused", "Was refused the record (outside their access)"},
      {"child.break_glass", "Opened the record outside their access, giving a reason (break glass)"},
      {"child.viewers", "Checked who has seen the record"},
      {"home.view", "Saw on their home page, among records opened with emergency access"},
      {"access.refused", "Was refused a page their role does not include"},
      {"audit.search", "Searched the audit trail"},
      {"audit.export", "Exported the audit trail"},
      {"sign_in", "Signed in"},
      {"sign_in_failed", "Failed to sign in"},
      {"sign_out", "Signed out"},
      {"staff.create", "Created the account"},
      {"staff.disable", "Disabled the account"},
      {"staff.enable", "Enabled the account"},
      {"staff.unlock", "Unlocked the account's sign-in"},
      {"staff.reset_password", "Reset the account's password"},
      {"exchange.import", "Imported an exchange file"},
      {"exchange.export", "Exported an exchange file"},
      {"database.copy", "Copied the database in"},
      {"demo.create", "Created the demo county"},
  };
  return actions;
}

namespace {
const AuditActionWords* find(std::string_view action) {
  const auto& actions = audit_actions();
  auto found = std::find_if(actions.begin(), actions.end(), [&](const auto& entry) { return entry.action == action; });
  return found == actions.end() ? nullptr : &*found;
}
}  // namespace

std::string describe_audit_action(std::string_view action) {
  const auto* found = find(action);
  return std::string(found ? found->words : action);
}

bool is_known_audit_action(std::string_view action) { return find(action) != nullptr; }

}  // namespace pathway::access
