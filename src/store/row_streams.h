#pragma once
// The store's two doors for volume, beside Connection's one statement at a time: reading a
// query's rows one by one (an export of a national data set, never held whole) and adding
// many rows to a table at once (PostgreSQL's COPY, SQLite's many-row INSERTs). Both
// backends' connections offer them; nothing above the store sees SQLite or libpq.
#include <cstddef>
#include <functional>
#include <span>
#include <string_view>

#include "store/database.h"

namespace pathway::store {

// What a backend's connection does for these (each backend's Connection also is one).
class RowStreams {
 public:
  virtual ~RowStreams() = default;
  virtual void for_each_row(std::string_view sql, std::span<const Value> params,
                            const std::function<void(const Row&)>& visit) = 0;
  virtual void insert_rows(std::string_view table, std::string_view columns, std::size_t column_count,
                           std::span<const Value> values) = 0;
};

// Runs one query and gives each row to `visit` as it is read: SQLite steps the statement,
// PostgreSQL sends the rows one at a time (single-row mode). `visit` must not use the
// connection. Throws StoreError, or what `visit` throws (the query is ended first and the
// connection stays usable).
void for_each_row(Connection& connection, std::string_view sql, std::span<const Value> params,
                  const std::function<void(const Row&)>& visit);

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
