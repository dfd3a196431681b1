#include "access/permissions.h"

#include <algorithm>
#include <map>

namespace pathway::access {

namespace {

using P = Permission;

// Administrators keep accounts and reference data and read no child's record unless they
// also hold a practice role (separation of duties). Partners read only children shared
// with them by name, so they have no identity-only search rows. Every member of the service's
// staff sees its performance figures (issue 10: aggregates are open to all staff); partners,
// who work for other agencies, do not.
const std::map<Role, std::vector<Permission>>& table() {
  static const std::map<Role, std::vector<Permission>> grants = {
      {Role::case_manager,
       {P::use_pathway, P::search_children, P::find_any_child, P::add_child, P::read_child_record,
        P::correct_child_record, P::break_glass, P::hold_cases, P::see_performance, P::record_practice}},
      {Role::transition_practitioner,
       {P::use_pathway, P::search_children, P::find_any_child, P::add_child, P::read_child_record,
        P::correct_child_record, P::break_glass, P::hold_cases, P::see_performance, P::record_practice}},
      {Role::restorative_justice_worker,
       {P::use_pathway, P::search_children, P::find_any_child, P::read_child_record, P::break_glass,
        P::hold_cases, P::see_performance, P::record_practice}},
      {Role::panel_volunteer, {P::use_pathway, P::see_performance}},
      {Role::business_support,
       {P::use_pathway, P::search_children, P::find_any_child, P::add_child, P::read_child_record,
        P::correct_child_record, P::see_performance}},
      {Role::analyst, {P::use_pathway, P::search_children, P::find_any_child, P::read_child_record, P::see_performance}},
      {Role::data_protection_officer,
       {P::use_pathway, P::search_children, P::find_any_child, P::read_child_record, P::restrict_records,
        P::review_restricted_records, P::see_record_viewers, P::search_audit_trail, P::see_performance}},
      {Role::partner, {P::use_pathway, P::search_children, P::read_child_record}},
      {Role::manager,
       {P::use_pathway, P::search_children, P::find_any_child, P::add_child, P::read_child_record,
        P::correct_child_record, P::break_glass, P::hold_cases, P::allocate_cases, P::restrict_records,
        P::see_record_viewers, P::see_performance, P::set_measure_targets, P::record_practice,
        P::countersign_assessments}},
      {Role::administrator, {P::use_pathway, P::manage_accounts, P::manage_reference_data, P::see_performance}},
  };
  return grants;
}

}  // namespace

const std::vector<PermissionNames>& all_permissions() {
  static const std::vector<PermissionNames> names = {
      {P::use_pathway, "use_pathway", "Sign in, see their home page and manage their own account"},
      {P::search_children, "search_children", "Search the children list (showing only what need to know allows)"},
      {P::find_any_child, "find_any_child",
       "See an identity-only row (name, date of birth, district, who holds the case) for any child who is not "
       "restricted, so duplicates are caught and they know whom to ask"},
      {P::add_child, "add_child", "Add a child"},
      {P::read_child_record, "read_child_record", "Open a child's record, where need to know allows"},
      {P::correct_child_record, "correct_child_record", "Correct a child's details, where need to know allows"},
      {P::break_glass, "break_glass",
       "Open a record outside need to know after giving a reason, for a limited time (never a restricted record)"},
      {P::hold_cases, "hold_cases", "Be allocated children and see their own caseload"},
      {P::allocate_cases, "allocate_cases",
       "Allocate and reallocate cases, see the unallocated queue and their teams' caseloads"},
      {P::restrict_records, "restrict_records",
       "Restrict a record to named staff, and share a child with a partner by name"},
      {P::review_restricted_records, "review_restricted_records",
       "See the reference of every restricted record and who is named on it (not the child's name), to act on a "
       "possible duplicate of a restricted record"},
      {P::see_record_viewers, "see_record_viewers", "See who has seen a record they may open"},
      {P::search_audit_trail, "search_audit_trail", "Search the whole audit trail and export it"},
      {P::manage_accounts, "manage_accounts", "Create, change and disable accounts; reset two-factor sign-in"},
      {P::manage_reference_data, "manage_reference_data", "Edit teams, districts and service settings"},
      {P::set_measure_targets, "set_measure_targets",
       "Set the service's targets for its headline performance measures, for the service, an area, a district or a "
       "team"},
      {P::see_performance, "see_performance",
       "See the service's performance figures and charts (the reoffending tracker, the YJB indicators); the names "
       "behind a number only of the children they may list"},
      {P::record_practice, "record_practice",
       "Record assessments, plans, appointments and contacts, case notes, flags, circumstances and the child's "
       "network, for children whose record they may open"},
      {P::countersign_assessments, "countersign_assessments",
       "Countersign assessments and plans written by others, for children whose record they may open"},
  };
  return names;
}

std::string_view permission_code(Permission permission) {
  for (const auto& entry : all_permissions()) {
    if (entry.permission == permission) return entry.code;
  }
  return "";
}

std::string_view permission_description(Permission permission) {
  for (const auto& entry : all_permissions()) {
    if (entry.permission == permission) return entry.description;
  }
  return "";
}

const std::vector<Permission>& permissions_of(Role role) { return table().at(role); }

bool grants(const std::vector<Role>& roles, Permission permission) {
  return std::any_of(roles.begin(), roles.end(), [permission](Role role) {
    const auto& granted = permissions_of(role);
    return std::find(granted.begin(), granted.end(), permission) != granted.end();
  });
}

}  // namespace pathway::access
