#pragma once
// Copies a whole Pathway database to another, on the same or another backend (SQLite to
// PostgreSQL and back): for moving a service to a managed database, or back to one file.
#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"

namespace pathway::store {

struct CopiedTable {
  std::string table;
  std::int64_t rows = 0;
};

// The tables copied, parents before children. Sessions and failed sign-ins are not
// copied: they belong to the running service, and everyone signs in again on the copy.
const std::vector<std::string>& copied_tables();

// After rows were inserted with explicit ids into `table` (whose `id` the database numbers
// itself): moves PostgreSQL's identity past the largest, so the next row the database
// numbers does not collide. SQLite numbers from the largest rowid anyway: nothing to do.
void advance_identity(Connection& target, const std::string& table);
// The tables the migrations' triggers keep in step with the children table (the name index
// and the count, schema version 17): not copied, because copying the children fills them.
std::vector<std::string> derived_tables(Backend backend);

// Copies every row of copied_tables() from `from` into `to`, keeping ids, in one
// transaction on the target. Both must be migrated to the same schema version. Throws
// StoreError if the versions differ or the target already holds data (nothing is copied).
std::vector<CopiedTable> copy_database(Database& from, Database& to);

}  // namespace pathway::store
