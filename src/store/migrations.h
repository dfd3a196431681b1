#pragma once
// Versioned schema migrations: one history for every backend. Each migration is applied
// once, in order, inside a transaction, and recorded in schema_migrations. Where the SQL
// differs per backend, both texts sit side by side in the same migration.
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace pathway::store {

struct Migration {
  int version;
  std::string_view name;
  std::string sqlite_sql;
  std::string postgresql_sql;
  // A step in C++ run after the SQL, in the same transaction, on both backends: for data
  // that only the program can compute (search keys fold text in C++). May be null.
  void (*then)(Connection& connection) = nullptr;
};

// All migrations, oldest first.
const std::vector<Migration>& migrations();

// Applies every migration not yet applied. Returns how many were applied. Throws
// StoreError if the database is newer than this program (it has a version we don't know).
int migrate(Database& database);

// Applies the migrations not yet applied up to and including `up_to_version`, as migrate()
// does: for tests that need a database as an earlier version left it.
int migrate(Database& database, int up_to_version);

// The highest applied version (0 for an empty database).
int schema_version(Connection& connection);

}  // namespace pathway::store
