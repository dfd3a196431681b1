#pragma once
// The audit trail: who did what to which record, when and from where. Append-only: the
// database refuses every statement that would change or remove an event (UPDATE, DELETE,
// REPLACE, upsert, TRUNCATE; migrations 1 and 3), and every event is linked into a hash
// chain (store/audit_chain.h, migration 8) that `pathway audit verify` checks. An event is
// written in the same transaction as the change it records, so a change is never saved
// without its trace.
#include <cstdint>
#include <string>
#include <vector>

#include "store/audit_chain.h"
#include "store/database.h"

namespace pathway::access {

struct AuditEvent {
  std::string actor;        // username, or "anonymous" / "system"
  std::string action;       // e.g. "sign_in", "child.view", "child.update"
  std::string record_type;  // e.g. "child"; empty when not about a record
  std::string record_id;    // the record's public id
  std::string address;      // the client's IP address; empty for the command line
  std::string detail;       // short, no passwords; e.g. the fields that changed
};

struct RecordedAuditEvent {
  std::int64_t id;
  std::string occurred_at;  // ISO UTC instant
  AuditEvent event;
};

// The row to append for the event, stamped with the current time (empty fields as NULL).
store::AuditRecord audit_record(const AuditEvent& event);

// Appends the event with the current time, linked into the chain. Call inside the change's
// transaction, as its last write before commit (see store::append_audit_events: on
// PostgreSQL it holds the chain's lock until then). Throws StoreError.
void record_audit_event(store::Connection& connection, const AuditEvent& event);

// The events about one record, newest first.
std::vector<RecordedAuditEvent> audit_events_for_record(store::Connection& connection,
                                                        const std::string& record_type,
                                                        const std::string& record_id);

}  // namespace pathway::access
