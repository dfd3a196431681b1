// The demo county's access history: restricted records, emergency access and partner
// shares, so the pages about who may see a record have something to show.
#include <algorithm>

#include "access/audit.h"
#include "access/break_glass.h"
#include "access/break_glass_reason.h"
#include "access/child_shares.h"
#include "access/need_to_know.h"
#include "access/restricted_records.h"
#include "demo/demo_parts.h"

namespace pathway::demo {

namespace {

constexpr std::int64_t hour = 3600;
constexpr std::int64_t day = 24 * hour;

std::vector<access::StaffMember> active_staff(store::Connection& connection) {
  std::vector<access::StaffMember> staff;
  for (const auto& row : connection.query("SELECT " + std::string(access::staff_member_columns) +
                                          " FROM staff st WHERE st.active = 1 ORDER BY st.id")) {
    staff.push_back(access::staff_from_row(row));
  }
  return staff;
}

// Unrestricted children matching `condition` (over `children c`, with its parameters), by
// id. With `overseen`, only children a team holds or someone is allocated to: there are
// people to be told of what happens to the record.
std::vector<std::int64_t> children_where(store::Connection& connection, const access::SqlCondition& condition,
                                         bool overseen, int count, int skip) {
  std::vector<store::Value> params = condition.params;
  params.emplace_back(std::int64_t{count});
  params.emplace_back(std::int64_t{skip});
  std::string held = overseen ? " AND (c.holding_team_code IS NOT NULL OR c.id IN (SELECT w.child_id FROM"
                                " case_workers w WHERE w.ended_at IS NULL))"
                              : "";
  std::vector<std::int64_t> ids;
  for (const auto& row : connection.query("SELECT c.id FROM children c WHERE c.restricted = 0 AND (" + condition.sql +
                                              ")" + held + " ORDER BY c.id LIMIT ? OFFSET ?",
                                          params)) {
    ids.push_back(row.integer(0));
  }
  return ids;
}

// Who is named on a restricted record: the staff allocated to the child and the managers
// overseeing it.
std::vector<access::StaffMember> named_for(store::Connection& connection, std::int64_t child_id,
                                           const std::vector<access::StaffMember>& staff) {
  std::vector<access::StaffMember> named;
  for (const auto& member : staff) {
    if (member.may(access::Permission::read_child_record) && access::oversees_child(connection, member, child_id)) {
      named.push_back(member);
    }
  }
  return named;
}

// Restricted as a manager would restrict them, with the audit event the restriction page
// writes.
int add_restricted_records(store::Connection& connection, const std::vector<access::StaffMember>& staff) {
  static constexpr std::string_view reasons[] = {
      "Child of a member of staff",
      "High-profile case: reported in the local press; restricted to the case's own staff",
  };
  int restricted = 0;
  for (std::int64_t child_id : children_where(connection, {"1 = 1", {}}, true, 2, 7)) {
    auto named = named_for(connection, child_id, staff);
    if (named.empty()) continue;
    std::vector<access::StaffMember> others(named.begin() + 1, named.end());
    if (!access::restrict_record(connection, child_id, named.front(), others)) continue;
    auto public_id = connection.query_one("SELECT public_id FROM children WHERE id = ?", {child_id})->text(0);
    access::record_audit_event(connection, {named.front().username, "child.restrict", "child", public_id, "",
                                            "named: " + access::usernames_of(named) + "; reason: " +
                                                std::string(reasons[restricted % 2]) + " (demo)"});
    ++restricted;
  }
  return restricted;
}

struct PastGrant {
  std::int64_t days_ago;
  std::string_view reason_code;
  std::string_view details;
};

constexpr PastGrant past_grants[] = {
    {23, "court_duty", "Appearing at Maidstone Youth Court this morning; case manager on leave"},
    {12, "out_of_hours", "Police called overnight: arrested in Margate, appropriate adult needed"},
    {5, "safeguarding", "Missing from home; checking known addresses and contacts"},
};

std::string reason_text(std::string_view code, std::string_view details) {
  return access::check_break_glass_reason(code, details).reason.value_or(std::string(details));
}

// A few grants from the past weeks, long expired, and one opened two hours ago, in force
// (each lasts the service's break_glass_hours), each by someone who could not otherwise open the record.
int add_break_glass_history(store::Connection& connection, const std::vector<access::StaffMember>& staff,
                            std::int64_t now) {
  std::vector<access::StaffMember> breakers;
  for (const auto& member : staff) {
    if (member.may(access::Permission::break_glass) && !member.holds_role(access::Role::manager)) {
      breakers.push_back(member);
    }
  }
  if (breakers.empty()) return 0;
  int grants = 0;
  int turn = 0;
  for (const auto& past : past_grants) {
    const auto& member = breakers[turn++ % breakers.size()];
    access::SqlCondition outside = access::may_open_condition(member, now);
    outside.sql = "NOT (" + outside.sql + ")";
    for (std::int64_t child_id : children_where(connection, outside, true, 1, turn)) {
      std::int64_t opened = now - past.days_ago * day - 3 * hour;
      access::open_break_glass(connection, member, child_id, reason_text(past.reason_code, past.details), opened);
      ++grants;
    }
  }
  const auto& member = breakers.front();
  access::SqlCondition outside = access::may_open_condition(member, now);
  outside.sql = "NOT (" + outside.sql + ")";
  for (std::int64_t child_id : children_where(connection, outside, true, 1, 0)) {
    access::open_break_glass(connection, member, child_id,
                             reason_text("court_duty", "Remanded overnight, in the cells at Canterbury this morning"),
                             now - 2 * hour);
    ++grants;
  }
  return grants;
}

int add_partner_shares(store::Connection& connection, const std::vector<access::StaffMember>& staff,
                       std::int64_t now) {
  auto partner = std::find_if(staff.begin(), staff.end(), [](const auto& member) {
    return member.username == "partner" && member.holds_role(access::Role::partner);
  });
  if (partner == staff.end()) return 0;
  static constexpr std::string_view reasons[] = {
      "Joint safeguarding strategy meeting (police information sharing agreement)",
      "Integrated offender management review",
      "Missing episode: police need the current address and contacts",
  };
  int shares = 0;
  for (std::int64_t child_id : children_where(connection, {"1 = 1", {}}, false, 3, 20)) {
    if (access::share_child(connection, child_id, *partner, "demo", std::string(reasons[shares % 3]),
                            now - (shares + 1) * 4 * day)) {
      ++shares;
    }
  }
  return shares;
}

}  // namespace

DemoAccessHistory add_demo_access_history(store::Connection& connection, std::int64_t now) {
  auto staff = active_staff(connection);
  DemoAccessHistory history;
  history.restricted_records = add_restricted_records(connection, staff);
  history.break_glass_grants = add_break_glass_history(connection, staff, now);
  history.partner_shares = add_partner_shares(connection, staff, now);
  return history;
}

int add_break_glass_on_demo_caseload(store::Connection& connection, std::int64_t now) {
  auto staff = active_staff(connection);
  access::SqlCondition on_caseload{
      "EXISTS (SELECT 1 FROM case_workers w JOIN staff st ON st.id = w.staff_id WHERE w.child_id = c.id AND"
      " w.ended_at IS NULL AND w.case_role = 'case_manager' AND st.username = 'caseworker')",
      {}};
  auto children = children_where(connection, on_caseload, false, 1, 0);
  if (children.empty()) return 0;
  auto public_id = connection.query_one("SELECT public_id FROM children WHERE id = ?", {children.front()})->text(0);
  auto breaker = std::find_if(staff.begin(), staff.end(), [&](const auto& member) {
    return member.may(access::Permission::break_glass) && !member.holds_role(access::Role::manager) &&
           !access::may_open_child(connection, member, public_id, now);
  });
  if (breaker == staff.end()) return 0;
  access::open_break_glass(connection, *breaker, children.front(),
                           reason_text("out_of_hours", "Police called overnight: missing from home, found in Chatham"),
                           now - 3 * day - 5 * hour);
  return 1;
}

}  // namespace pathway::demo
