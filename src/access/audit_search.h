#pragma once
// Reading the audit trail back: the audit search (by person, record, action and time) and
// "who has seen this record", which is the same search by record. Newest first, a page at
// a time by position in the trail (not by page number, which would make the database count
// through every newer event: a county's trail holds millions).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/audit.h"
#include "store/database.h"

namespace pathway::access {

// Which events to find; an empty field matches every event.
struct AuditSearch {
  std::string actor = {};        // exact username, e.g. "jsmith"
  std::string record_type = {};  // with record_id: the events naming this record (access/audit_records.h)
  std::string record_id = {};
  std::string action = {};                 // e.g. "child.view"
  std::optional<std::int64_t> from = {};   // Unix seconds: events at or after
  std::optional<std::int64_t> until = {};  // Unix seconds: events before
};

// Where a page starts: the events older than `before`, or newer than `after` (event ids);
// neither (0) for the newest.
struct AuditPosition {
  std::int64_t before = 0;
  std::int64_t after = 0;
};

// One event with the name and job title of the account that did it (empty when the actor
// is not an account: "system", "anonymous", a username typed at a failed sign-in).
struct AuditEntry {
  RecordedAuditEvent recorded;
  std::string display_name;
  std::string role_label;
};

struct AuditPage {
  std::vector<AuditEntry> entries;  // newest first
  bool has_newer = false;           // there are matching events before entries.front()
  bool has_older = false;           // ... and after entries.back()
};

// Up to page_size matching events from `position`, newest first. Throws StoreError.
AuditPage find_audit_events(store::Connection& connection, const AuditSearch& search, AuditPosition position,
                            int page_size);

// How many events match, counting no further than `up_to` (so that asking whether a
// search is too big to export never counts the whole trail). Throws StoreError.
std::int64_t count_audit_events(store::Connection& connection, const AuditSearch& search, std::int64_t up_to);

}  // namespace pathway::access
