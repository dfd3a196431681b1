#include "access/restricted_records.h"

namespace pathway::access {

namespace {

bool is_restricted(store::Connection& connection, std::int64_t child_id) {
  auto row = connection.query_one("SELECT restricted FROM children WHERE id = ?", {child_id});
  return row && row->integer(0) == 1;
}

void add_named(store::Connection& connection, std::int64_t child_id, std::int64_t staff_id) {
  connection.execute("INSERT INTO restricted_record_staff (child_id, staff_id) VALUES (?, ?)", {child_id, staff_id});
}

bool is_named(store::Connection& connection, std::int64_t child_id, std::int64_t staff_id) {
  return connection
      .query_one("SELECT 1 FROM restricted_record_staff WHERE child_id = ? AND staff_id = ?", {child_id, staff_id})
      .has_value();
}

std::vector<StaffMember> staff_from(const std::vector<store::Row>& rows) {
  std::vector<StaffMember> staff;
  staff.reserve(rows.size());
  for (const auto& row : rows) staff.push_back(staff_from_row(row));
  return staff;
}

}  // namespace

Result<Done> restrict_record(store::Connection& connection, std::int64_t child_id, const StaffMember& by,
                             const std::vector<StaffMember>& also_named) {
  if (is_restricted(connection, child_id)) return Error{ErrorKind::conflict, "The record is already restricted"};
  connection.execute("UPDATE children SET restricted = 1 WHERE id = ?", {child_id});
  add_named(connection, child_id, by.id);
  for (const auto& member : also_named) {
    if (!is_named(connection, child_id, member.id)) add_named(connection, child_id, member.id);
  }
  return Done{};
}

Result<Done> name_on_record(store::Connection& connection, std::int64_t child_id, const StaffMember& member) {
  if (!is_restricted(connection, child_id)) return Error{ErrorKind::conflict, "The record is not restricted"};
  if (is_named(connection, child_id, member.id)) {
    return Error{ErrorKind::conflict, member.display_name + " is already named on this record"};
  }
  add_named(connection, child_id, member.id);
  return Done{};
}

Result<Done> unname_from_record(store::Connection& connection, std::int64_t child_id, std::int64_t staff_id) {
  if (!is_named(connection, child_id, staff_id)) {
    return Error{ErrorKind::not_found, "That person is not named on this record"};
  }
  auto named = connection.query_one("SELECT COUNT(*) FROM restricted_record_staff WHERE child_id = ?", {child_id});
  if (named->integer(0) <= 1) {
    return Error{ErrorKind::conflict,
                 "A restricted record must name at least one person: name someone else first, or lift the "
                 "restriction"};
  }
  connection.execute("DELETE FROM restricted_record_staff WHERE child_id = ? AND staff_id = ?", {child_id, staff_id});
  return Done{};
}

Result<Done> unrestrict_record(store::Connection& connection, std::int64_t child_id) {
  if (!is_restricted(connection, child_id)) return Error{ErrorKind::conflict, "The record is not restricted"};
  connection.execute("DELETE FROM restricted_record_staff WHERE child_id = ?", {child_id});
  connection.execute("UPDATE children SET restricted = 0 WHERE id = ?", {child_id});
  return Done{};
}

std::string usernames_of(const std::vector<StaffMember>& staff) {
  std::string names;
  for (const auto& member : staff) names += (names.empty() ? "" : ", ") + member.username;
  return names;
}

std::vector<StaffMember> staff_named_on(store::Connection& connection, std::int64_t child_id) {
  return staff_from(connection.query("SELECT " + std::string(staff_member_columns) +
                                         " FROM restricted_record_staff r JOIN staff st ON st.id = r.staff_id"
                                         " WHERE r.child_id = ? ORDER BY st.display_name, st.username",
                                     {child_id}));
}

std::vector<std::string> restricted_records_naming(store::Connection& connection, const StaffMember& staff) {
  std::vector<std::string> ids;
  for (const auto& row : connection.query("SELECT c.public_id FROM restricted_record_staff r JOIN children c ON"
                                          " c.id = r.child_id WHERE r.staff_id = ? AND c.restricted = 1"
                                          " ORDER BY c.id",
                                          {staff.id})) {
    ids.push_back(row.text(0));
  }
  return ids;
}

std::vector<RestrictedRecordReference> all_restricted_records(store::Connection& connection) {
  std::vector<RestrictedRecordReference> records;
  for (const auto& row : connection.query("SELECT id, public_id FROM children WHERE restricted = 1 ORDER BY id")) {
    records.push_back({row.text(1), staff_named_on(connection, row.integer(0))});
  }
  return records;
}

}  // namespace pathway::access
