#pragma once
// Schema version 25: a count of the changes to the records the measures count (areas,
// districts, populations, children's dates of birth and districts, offences, outcomes and
// the offences they dispose of, remands, custody episodes), raised by triggers in the
// changing transaction. A server holding a snapshot of those records (measures/snapshot_cache.h)
// reads the count to know, with one cheap query, whether its snapshot is still the records'.
// See docs/decisions/0024-the-performance-dashboard.md.
#include <string>

#include "store/database.h"

namespace pathway::store {

// The migration's SQL for the backend.
std::string measure_record_changes_migration(Backend backend);

// Schema version 34: the same count raised by changes to the practice records the practice
// indicators count (assessments and their answers, plan objectives, appointments, wider
// services), whose tables must exist first.
std::string practice_record_changes_migration(Backend backend);

}  // namespace pathway::store
