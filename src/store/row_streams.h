#pragma once
// Loading in volume: adding many rows to a table at once (PostgreSQL's COPY, SQLite's
// many-row INSERTs), checked before the backend's connection sends them. (Reading in
// volume is Connection::each_row.)
#include <cstddef>
#include <span>
#include <string_view>

#include "store/database.h"

namespace pathway::store {

// Adds rows to `table`, as one INSERT a row would (defaults, constraints and triggers
// apply): `values` holds whole rows of the comma-separated `columns` (column_count of
// them), one row after another. PostgreSQL streams them to the server with COPY; SQLite
// inserts them many to a prepared statement. Throws StoreError (UniqueViolation for a
// duplicate key; StoreError if `values` is not whole rows).
void insert_rows(Connection& connection, std::string_view table, std::string_view columns, std::size_t column_count,
                 std::span<const Value> values);

// The clause that makes ORDER BY compare text byte by byte, as SQLite does by default and
// std::string does: " COLLATE \"C\"" on PostgreSQL (whose default follows the locale),
// empty on SQLite.
std::string_view byte_order(Backend backend);

}  // namespace pathway::store
