#include "store/audit_chain.h"

#include <algorithm>
#include <limits>

#include "store/transaction.h"

namespace pathway::store {

namespace {

// Appends are serialised so that each links to the one committed before it. On SQLite the
// write lock (BEGIN IMMEDIATE) already admits one writer at a time; on PostgreSQL several
// servers write at once, so a transaction-scoped advisory lock is taken before the head is
// read and held until the transaction that appends commits. ("pathway" in hex digits, then
// 01: the migration lock is the same number without the 01.)
constexpr std::string_view chain_lock_sql = "SELECT pg_advisory_xact_lock(706861746877617901)";

constexpr std::string_view insert_sql =
    "INSERT INTO audit_events (id, occurred_at, actor, action, record_type, record_id, address, detail,"
    " previous_hash, event_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

constexpr std::string_view move_head_sql = "UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE only_row = 1";

// The columns of ChainedAuditEvent, in its order.
constexpr std::string_view page_sql =
    "SELECT id, occurred_at, actor, action, record_type, record_id, address, detail, previous_hash, event_hash"
    " FROM audit_events WHERE id > ? ORDER BY id LIMIT 5000";

// The recorded head, or nullopt when its row was removed (behind the program's back: a
// trigger refuses it).
std::optional<AuditChainHead> read_head(Connection& connection) {
  auto row = connection.query_one("SELECT last_id, last_hash FROM audit_chain_head WHERE only_row = 1");
  if (!row) return std::nullopt;
  return AuditChainHead{row->integer(0), row->text(1)};
}

AuditChainHead head_to_extend(Connection& connection) {
  auto head = read_head(connection);
  if (!head) throw StoreError("the audit trail's chain head is missing: run pathway audit verify");
  return *head;
}

// The ids the next `count` events take, in order. SQLite numbers rows max(id) + 1; here the
// id is chosen first, as it is part of the hash (the recorded head counts too, so an id
// freed by removing the last event is not used again). PostgreSQL takes them from the
// identity's sequence, which the chain's lock makes rise in the order of the chain.
std::vector<std::int64_t> next_ids(Connection& connection, const AuditChainHead& head, std::size_t count) {
  std::vector<std::int64_t> ids;
  ids.reserve(count);
  if (connection.backend() == Backend::sqlite) {
    std::int64_t last = connection.query_one("SELECT COALESCE(MAX(id), 0) FROM audit_events")->integer(0);
    last = std::max(last, head.last_id);
    for (std::size_t i = 1; i <= count; ++i) ids.push_back(last + static_cast<std::int64_t>(i));
    return ids;
  }
  for (const auto& row : connection.query(
           "SELECT nextval(pg_get_serial_sequence('audit_events', 'id')) FROM generate_series(1, ?) ORDER BY 1",
           {static_cast<std::int64_t>(count)})) {
    ids.push_back(row.integer(0));
  }
  return ids;
}

ChainedAuditEvent event_from(const Row& row) {
  return ChainedAuditEvent{row.integer(0),       row.text(1),          row.text(2),          row.text(3),
                           row.optional_text(4), row.optional_text(5), row.optional_text(6), row.optional_text(7),
                           row.optional_text(8), row.optional_text(9)};
}

// Calls `each` with every event in id order, a page at a time; stops early when it returns false.
template <class Each>
void for_each_event(Connection& connection, Each each) {
  std::int64_t after_id = std::numeric_limits<std::int64_t>::min();
  for (;;) {
    auto rows = connection.query(page_sql, {after_id});
    for (const auto& row : rows) {
      ChainedAuditEvent event = event_from(row);
      after_id = event.id;
      if (!each(event)) return;
    }
    if (rows.size() < 5000) return;
  }
}

}  // namespace

std::vector<std::int64_t> append_audit_events(Connection& connection, std::span<const AuditRecord> records) {
  if (records.empty()) return {};
  if (connection.backend() == Backend::postgresql) connection.query(chain_lock_sql);
  AuditChainHead head = head_to_extend(connection);
  auto ids = next_ids(connection, head, records.size());
  std::string previous = std::move(head.last_hash);
  for (std::size_t i = 0; i < records.size(); ++i) {
    const AuditRecord& record = records[i];
    ChainedAuditEvent event{ids[i],           record.occurred_at, record.actor,   record.action, record.record_type,
                            record.record_id, record.address,     record.detail, std::nullopt,  std::nullopt};
    std::string hash = audit_event_hash(previous, event);
    connection.execute(insert_sql, {ids[i], record.occurred_at, record.actor, record.action,
                                    nullable(record.record_type), nullable(record.record_id), nullable(record.address),
                                    nullable(record.detail), previous, hash});
    previous = std::move(hash);
  }
  connection.execute(move_head_sql, {ids.back(), previous});
  return ids;
}

void link_existing_audit_events(Connection& connection) {
  AuditChainHead head = head_to_extend(connection);
  if (head.last_id != 0) throw StoreError("the audit trail is already chained");
  std::string previous = head.last_hash;
  std::int64_t last_id = head.last_id;
  for_each_event(connection, [&](const ChainedAuditEvent& event) {
    std::string hash = audit_event_hash(previous, event);
    connection.execute("UPDATE audit_events SET previous_hash = ?, event_hash = ? WHERE id = ?",
                       {previous, hash, event.id});
    previous = std::move(hash);
    last_id = event.id;
    return true;
  });
  if (last_id != head.last_id) connection.execute(move_head_sql, {last_id, previous});
}

AuditChainReport verify_audit_chain(Connection& connection, const std::optional<std::string>& anchor) {
  ReadSnapshot snapshot(connection);
  AuditChainReport report;
  auto head = read_head(connection);
  report.head = head.value_or(AuditChainHead{missing_head, ""});
  AuditChainCheck check(report.head, anchor);
  for_each_event(connection, [&](const ChainedAuditEvent& event) { return check.add(event); });
  report.fault = check.finish();
  report.events = check.events();
  return report;
}

}  // namespace pathway::store
