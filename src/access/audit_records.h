#pragma once
// Which records each audit event names, kept beside the trail (audit_event_records) so that
// "who has seen this record" and the audit search by record find every event about a
// record with one index lookup, the searches that showed it included.
//
// An event names its own record (record_type, record_id), and any records listed in its
// detail after "shown: " (a list or search page: "page 1; name 'ann'; shown: K7M2 P9QX
// (identity only)") or after "not shown to the user: " (a possible duplicate the user may
// not see), to the end of the detail: ids separated by spaces, each perhaps followed by a
// note in brackets. A listed id is of the kind the action's first word names ("child.list"
// lists children) unless it says its kind ("staff:alex"). A page that shows other records
// must name them in that form, last in its detail, and quote anything the user typed. The table is derived from the trail alone, so it can be rebuilt from
// it (migration 13 does, for the events written before it).
#include <cstdint>
#include <string>
#include <vector>

#include "access/audit.h"
#include "store/database.h"

namespace pathway::access {

struct NamedRecord {
  std::string record_type;  // e.g. "child"
  std::string record_id;    // the record's public id
  bool operator==(const NamedRecord&) const = default;
};

// The records the event names, each once: its own record first, then those its detail
// lists, sorted. Pure: no I/O.
std::vector<NamedRecord> records_named_by(const AuditEvent& event);

// "shown: " and the records, each as "kind:id", sorted and none twice, for the end of a
// detail.
std::string shown_records(const std::vector<NamedRecord>& records);

// Files the records that the event, just appended as `event_id`, names. Call it in the
// transaction that appended it. Throws StoreError.
void file_named_records(store::Connection& connection, std::int64_t event_id, const AuditEvent& event);

// Files the records named by every event already in the trail, into an empty
// audit_event_records (the upgrade to schema version 13). Throws StoreError.
void file_records_of_existing_events(store::Connection& connection);

}  // namespace pathway::access
