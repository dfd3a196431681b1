#include "access/child_shares.h"

#include "core/dates.h"

namespace pathway::access {

Result<Done> share_child(store::Connection& connection, std::int64_t child_id, const StaffMember& partner,
                         const std::string& shared_by, const std::string& reason, std::int64_t now) {
  if (!partner.active || !partner.holds_role(Role::partner)) {
    return Error{ErrorKind::invalid, "Choose an active partner account"};
  }
  if (connection.query_one("SELECT 1 FROM child_shares WHERE child_id = ? AND staff_id = ?", {child_id, partner.id})) {
    return Error{ErrorKind::conflict, "This child is already shared with " + partner.display_name};
  }
  connection.execute(
      "INSERT INTO child_shares (child_id, staff_id, shared_by, shared_at, reason) VALUES (?, ?, ?, ?, ?)",
      {child_id, partner.id, shared_by, to_iso_instant(now), reason});
  return Done{};
}

Result<Done> stop_sharing_child(store::Connection& connection, std::int64_t child_id, std::int64_t partner_id) {
  auto removed = connection.query("DELETE FROM child_shares WHERE child_id = ? AND staff_id = ? RETURNING child_id",
                                  {child_id, partner_id});
  if (removed.empty()) return Error{ErrorKind::not_found, "This child is not shared with that partner"};
  return Done{};
}

std::vector<ChildShare> shares_of_child(store::Connection& connection, std::int64_t child_id) {
  std::vector<ChildShare> shares;
  for (const auto& row : connection.query("SELECT " + std::string(staff_member_columns) +
                                              ", s.shared_by, s.shared_at, s.reason FROM child_shares s JOIN staff st"
                                              " ON st.id = s.staff_id WHERE s.child_id = ?"
                                              " ORDER BY st.display_name, st.username",
                                          {child_id})) {
    constexpr std::size_t next = staff_member_column_count;
    shares.push_back({staff_from_row(row), row.text(next), row.text(next + 1), row.text(next + 2)});
  }
  return shares;
}

std::vector<StaffMember> partner_accounts(store::Connection& connection) {
  std::vector<StaffMember> partners;
  // Roles are a comma-separated list; the staff table is small, so filter here.
  for (const auto& row : connection.query("SELECT " + std::string(staff_member_columns) +
                                          " FROM staff st WHERE st.active = 1 ORDER BY st.display_name, st.username")) {
    StaffMember member = staff_from_row(row);
    if (member.holds_role(Role::partner)) partners.push_back(std::move(member));
  }
  return partners;
}

}  // namespace pathway::access
