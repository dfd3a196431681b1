#include "access/audit.h"

#include "core/clock.h"
#include "core/dates.h"

namespace pathway::access {

namespace {
std::optional<std::string> optional_text(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}
}  // namespace

store::AuditRecord audit_record(const AuditEvent& event) {
  return {to_iso_instant(now_unix_seconds()), event.actor,
          event.action,                       optional_text(event.record_type),
          optional_text(event.record_id),     optional_text(event.address),
          optional_text(event.detail)};
}

void record_audit_event(store::Connection& connection, const AuditEvent& event) {
  store::AuditRecord record = audit_record(event);
  store::append_audit_events(connection, std::span(&record, 1));
}

std::vector<RecordedAuditEvent> audit_events_for_record(store::Connection& connection,
                                                        const std::string& record_type,
                                                        const std::string& record_id) {
  auto rows = connection.query(
      "SELECT id, occurred_at, actor, action, address, detail FROM audit_events"
      " WHERE record_type = ? AND record_id = ? ORDER BY id DESC",
      {record_type, record_id});
  std::vector<RecordedAuditEvent> events;
  events.reserve(rows.size());
  for (const auto& row : rows) {
    events.push_back({row.integer(0), row.text(1),
                      AuditEvent{row.text(2), row.text(3), record_type, record_id,
                                 row.optional_text(4).value_or(""), row.optional_text(5).value_or("")}});
  }
  return events;
}

}  // namespace pathway::access
