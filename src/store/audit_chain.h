#pragma once
// The audit trail as a hash chain (docs/decisions/0006): each event stores the hash of the
// event before it and a SHA-256 over its own content and that previous hash, and a one-row
// table, audit_chain_head, names the last event and its hash. Changing, removing or
// inserting an event behind the program's back breaks a link that verify_audit_chain finds.
// Every append goes through append_audit_events, which takes the chain's lock first, so
// several servers writing to one PostgreSQL database extend one chain, not several.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "store/audit_chain_check.h"
#include "store/database.h"

namespace pathway::store {

// An event to append: the columns of audit_events a writer fills (NULL where absent).
struct AuditRecord {
  std::string occurred_at;  // ISO UTC instant
  std::string actor;
  std::string action;
  std::optional<std::string> record_type;
  std::optional<std::string> record_id;
  std::optional<std::string> address;
  std::optional<std::string> detail;
};

// Appends the records, in order, to the end of the chain and moves its head to the last of
// them. Call inside the transaction that commits them (store::Transaction), as its last
// writes: on PostgreSQL the chain's lock is held until that transaction ends, so whatever
// the transaction does after this waits for nobody else's audit events but delays theirs.
// One call per batch takes the lock once, however many records. Throws StoreError.
// Returns the ids the events were given, in order.
std::vector<std::int64_t> append_audit_events(Connection& connection, std::span<const AuditRecord> records);

// Links the events written before there was a chain (migration 8), in id order, and moves
// the head to the last. The caller must have suspended the append-only triggers, which
// refuse the UPDATE this needs. Throws StoreError if the chain has begun already.
void link_existing_audit_events(Connection& connection);

// What audit verify found: how many events, the recorded head, and the first fault.
struct AuditChainReport {
  std::int64_t events = 0;
  AuditChainHead head;  // last_id is missing_head when the head's row was removed
  std::optional<AuditChainFault> fault;
};

// Walks the whole chain in id order, in pages, inside one read-only snapshot (so servers
// may go on writing meanwhile), and reports the first event altered, removed or inserted
// out of order. With `anchor`, a head hash recorded earlier, also reports a chain in which
// no event has that hash (the events up to it were rewritten). Throws StoreError.
AuditChainReport verify_audit_chain(Connection& connection, const std::optional<std::string>& anchor = std::nullopt);

}  // namespace pathway::store
