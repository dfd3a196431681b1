#include "access/break_glass.h"

#include "access/need_to_know.h"
#include "reference/service_settings.h"

namespace pathway::access {

namespace {

constexpr std::string_view grant_columns =
    "g.id, c.public_id, c.given_name || ' ' || c.family_name, st.username, st.display_name, g.reason, g.opened_at, "
    "g.expires_at FROM break_glass_grants g JOIN children c ON c.id = g.child_id JOIN staff st ON st.id = g.staff_id";

BreakGlassGrant grant_from_row(const store::Row& row) {
  return {row.integer(0), row.text(1), row.text(2), row.text(3),
          row.text(4),    row.text(5), row.integer(6), row.integer(7)};
}

std::vector<BreakGlassGrant> grants_from(const std::vector<store::Row>& rows) {
  std::vector<BreakGlassGrant> grants;
  grants.reserve(rows.size());
  for (const auto& row : rows) grants.push_back(grant_from_row(row));
  return grants;
}

}  // namespace

int break_glass_hours(store::Connection& connection) {
  return reference::setting_value(connection, reference::break_glass_hours);
}

BreakGlassGrant open_break_glass(store::Connection& connection, const StaffMember& staff, std::int64_t child_id,
                                 const std::string& reason, std::int64_t now) {
  std::int64_t expires_at = now + std::int64_t{break_glass_hours(connection)} * 3600;
  auto row = connection.query_one(
      "INSERT INTO break_glass_grants (child_id, staff_id, reason, opened_at, expires_at) VALUES (?, ?, ?, ?, ?) "
      "RETURNING id",
      {child_id, staff.id, reason, now, expires_at});
  return grant_from_row(
      *connection.query_one("SELECT " + std::string(grant_columns) + " WHERE g.id = ?", {row->integer(0)}));
}

std::optional<std::int64_t> break_glass_until(store::Connection& connection, const StaffMember& staff,
                                              std::int64_t child_id, std::int64_t now) {
  auto row = connection.query_one(
      "SELECT MAX(expires_at) FROM break_glass_grants WHERE staff_id = ? AND child_id = ? AND expires_at > ?",
      {staff.id, child_id, now});
  return row->optional_integer(0);
}

std::vector<BreakGlassGrant> break_glass_grants_on(store::Connection& connection, std::int64_t child_id) {
  return grants_from(connection.query(
      "SELECT " + std::string(grant_columns) + " WHERE g.child_id = ? ORDER BY g.opened_at DESC, g.id DESC",
      {child_id}));
}

bool oversees_child(store::Connection& connection, const StaffMember& viewer, std::int64_t child_id) {
  SqlCondition oversight = oversight_condition(viewer);
  oversight.params.emplace_back(child_id);
  return !connection.query("SELECT 1 FROM children c WHERE " + oversight.sql + " AND c.id = ?", oversight.params)
              .empty();
}

std::vector<BreakGlassGrant> recent_break_glass_overseen_by(store::Connection& connection, const StaffMember& viewer,
                                                            std::int64_t since, std::int64_t now, int limit) {
  SqlCondition oversight = oversight_condition(viewer);
  SqlCondition opens = may_open_condition(viewer, now);
  std::vector<store::Value> params = oversight.params;
  params.insert(params.end(), opens.params.begin(), opens.params.end());
  params.emplace_back(since);
  params.emplace_back(std::int64_t{limit});
  return grants_from(connection.query("SELECT " + std::string(grant_columns) + " WHERE " + oversight.sql + " AND (" +
                                          opens.sql + ") AND g.opened_at >= ? ORDER BY g.opened_at DESC, g.id DESC "
                                          "LIMIT ?",
                                      params));
}

}  // namespace pathway::access
