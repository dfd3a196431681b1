#include "access/audit_search.h"

#include <algorithm>

#include "access/audit_records.h"
#include "access/roles.h"
#include "core/dates.h"

namespace pathway::access {

namespace {

// The tables and conditions of a search, with its parameters. A search by record walks
// the index of named records; any other walks the trail (by person: its actor index).
struct Query {
  std::string from;
  std::string where;
  std::vector<store::Value> params;
  std::string id_column;  // the event id, as the walked index orders it
};

Query build(store::Connection& connection, const AuditSearch& search) {
  Query query;
  if (!search.record_id.empty()) {
    // The index is filed behind the trail: bring it up to the newest event first.
    file_all_records_behind_trail(connection);
    query.from = " FROM audit_event_records r JOIN audit_events e ON e.id = r.event_id";
    query.where = " WHERE r.record_type = ? AND r.record_id = ?";
    query.params = {search.record_type, search.record_id};
    query.id_column = "r.event_id";
  } else {
    query.from = " FROM audit_events e";
    query.where = " WHERE 1 = 1";
    query.id_column = "e.id";
  }
  auto add = [&](std::string condition, store::Value value) {
    query.where += std::move(condition);
    query.params.push_back(std::move(value));
  };
  if (!search.actor.empty()) add(" AND e.actor = ?", search.actor);
  if (!search.action.empty()) add(" AND e.action = ?", search.action);
  // Instants are ISO UTC text, which sorts as time does.
  if (search.from) add(" AND e.occurred_at >= ?", to_iso_instant(*search.from));
  if (search.until) add(" AND e.occurred_at < ?", to_iso_instant(*search.until));
  return query;
}

std::string first_role_label(const std::string& roles) {
  auto parsed = roles_from_code(roles);
  return parsed.empty() ? "" : std::string(role_label(parsed.front()));
}

AuditEntry entry_from(const store::Row& row) {
  return {RecordedAuditEvent{row.integer(0), row.text(1),
                             AuditEvent{row.text(2), row.text(3), row.optional_text(4).value_or(""),
                                        row.optional_text(5).value_or(""), row.optional_text(6).value_or(""),
                                        row.optional_text(7).value_or("")}},
          row.optional_text(8).value_or(""), first_role_label(row.optional_text(9).value_or(""))};
}

}  // namespace

AuditPage find_audit_events(store::Connection& connection, const AuditSearch& search, AuditPosition position,
                            int page_size) {
  Query query = build(connection, search);
  // Newer than `after` is read oldest first from `after`, then turned round.
  bool newer = position.after > 0;
  if (newer || position.before > 0) {
    query.where += " AND " + query.id_column + (newer ? " > ?" : " < ?");
    query.params.push_back(newer ? position.after : position.before);
  }
  query.params.push_back(std::int64_t{page_size} + 1);
  auto rows = connection.query(
      "SELECT e.id, e.occurred_at, e.actor, e.action, e.record_type, e.record_id, e.address, e.detail,"
      " st.display_name, st.roles" +
          query.from + " LEFT JOIN staff st ON st.username = e.actor" + query.where + " ORDER BY " +
          query.id_column + (newer ? " ASC" : " DESC") + " LIMIT ?",
      query.params);
  AuditPage page;
  bool more = static_cast<int>(rows.size()) > page_size;
  if (more) rows.pop_back();
  for (const auto& row : rows) page.entries.push_back(entry_from(row));
  if (newer) std::reverse(page.entries.begin(), page.entries.end());
  // The trail is append-only: the events a page was reached from are still there.
  page.has_newer = newer ? more : position.before > 0;
  page.has_older = newer ? true : more;
  return page;
}

std::int64_t count_audit_events(store::Connection& connection, const AuditSearch& search, std::int64_t up_to) {
  Query query = build(connection, search);
  query.params.push_back(up_to);
  return connection.query("SELECT COUNT(*) FROM (SELECT 1" + query.from + query.where + " LIMIT ?) counted",
                          query.params)
      .front()
      .integer(0);
}

}  // namespace pathway::access
