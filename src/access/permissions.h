#pragma once
// What each role may do. Every route names the permission it needs (web/app.h Routes), and
// the server checks it before the handler runs; which records a permission reaches is need
// to know (access/need_to_know.h). docs/security.md prints this table
// (`pathway roles --markdown`), so the documentation cannot drift from the code.
#include <string_view>
#include <vector>

#include "access/roles.h"

namespace pathway::access {

enum class Permission {
  use_pathway,            // home page, own account, sign out
  search_children,        // the children list, filtered by need to know
  find_any_child,         // identity-only rows for children outside need to know
  add_child,
  read_child_record,      // open a child's record, within need to know
  correct_child_record,   // correct a child's details, within need to know
  break_glass,            // open a record outside need to know, with a reason, for a while
  hold_cases,             // be allocated children; own caseload page
  allocate_cases,         // allocate and reallocate, unallocated queue, team caseloads
  restrict_records,       // restrict a record to named staff; share a child with a partner
  review_restricted_records,  // every restricted record's reference and who is named on it
  see_record_viewers,     // "who has seen this record"
  search_audit_trail,     // audit search and export
  manage_accounts,        // accounts, roles, two-factor resets
  manage_reference_data,  // teams, districts, service settings
  set_measure_targets,    // the service's targets for its headline measures
  see_performance,        // performance figures and charts; the children behind them as need to know allows
  record_practice,        // assessments, plans, contacts, case notes, flags, network, within need to know
  countersign_assessments,  // a manager's countersignature on others' assessments and plans
};

struct PermissionNames {
  Permission permission;
  std::string_view code;         // e.g. "read_child_record"
  std::string_view description;  // for docs/security.md and refusals
};

const std::vector<PermissionNames>& all_permissions();
std::string_view permission_code(Permission permission);
std::string_view permission_description(Permission permission);

// The permissions one role grants.
const std::vector<Permission>& permissions_of(Role role);

// Whether any of the roles grants the permission.
bool grants(const std::vector<Role>& roles, Permission permission);

}  // namespace pathway::access
