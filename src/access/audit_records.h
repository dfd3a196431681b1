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

// The records each event names are filed behind the trail, many events to a transaction,
// not in the commit that makes the event durable: a list page names 25 children, and
// filing them there made every commit write some 25 scattered pages. audit_records_filed
// says up to which event filing has got. Anyone reading audit_event_records files
// everything up to the newest event first (file_all_records_behind_trail), so a reader
// never misses an event; the audit writer files behind as it goes (access/audit_writer.h).

// Files the records named by the next events not yet filed, at most `at_most` events, in
// a transaction of its own, and moves audit_records_filed on. Returns how many events it
// filed. Throws StoreError.
std::int64_t file_records_behind_trail(store::Connection& connection, std::int64_t at_most);

// Files every event not yet filed. Throws StoreError.
void file_all_records_behind_trail(store::Connection& connection);

// Files the records named by every event already in the trail, into an empty
// audit_event_records (the upgrade to schema version 13). Throws StoreError.
void file_records_of_existing_events(store::Connection& connection);

}  // namespace pathway::access
