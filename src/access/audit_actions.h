#pragma once
// What each audit action means, in plain words, for the audit pages and the CSV export.
// docs/audit-review.md lists the same actions (a test checks it names every one here).
#include <string>
#include <string_view>
#include <vector>

namespace pathway::access {

struct AuditActionWords {
  std::string_view action;  // as stored, e.g. "child.view"
  std::string_view words;   // e.g. "Opened the record"
};

// Every action Pathway records, in the order the audit search offers them.
const std::vector<AuditActionWords>& audit_actions();

// The plain words for the action, or the action itself when it has none (an action
// recorded by a later version, say): the trail is never shown with a row missing.
std::string describe_audit_action(std::string_view action);

// Whether the action is one of audit_actions().
bool is_known_audit_action(std::string_view action);

}  // namespace pathway::access
