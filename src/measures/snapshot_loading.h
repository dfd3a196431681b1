#pragma once
// Reads every record the measures count from the database into a RecordSnapshot: the one
// place the measures speak SQL. The whole read is one consistent moment of the database
// (store::ReadSnapshot), taken in batches of rows so memory stays flat at national scale.
#include "measures/record_snapshot.h"
#include "store/database.h"

namespace pathway::measures {

// Throws store::StoreError if the database cannot be read or holds a date that is not one.
RecordSnapshot load_snapshot(store::Connection& connection);

// How many changes the records a snapshot holds have had (schema version 25): a snapshot
// loaded after this was read is current while it reads the same. Throws store::StoreError.
std::int64_t record_changes(store::Connection& connection);

}  // namespace pathway::measures
