#pragma once
// Inserts rows into one table many at a time (Connection::insert_rows): a large load pays
// each statement's own work (preparing to write, the statement journal, a round trip to
// PostgreSQL) once for rows_per_statement rows or more instead of once a row.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace pathway::store {

class BatchedInsert {
 public:
  // Rows of `table`, each the values of `columns` (a comma-separated list of column_count).
  BatchedInsert(std::string_view table, std::string_view columns, std::size_t column_count);

  // Adds a row (column_count values, in the columns' order), to wait until written. The
  // caller decides when, so that a row is never written before the rows it names.
  void add(std::span<const Value> row);
  // Writes the waiting rows that fill whole batches of rows_per_statement; the rest wait.
  // Throws StoreError.
  void write_full(Connection& connection);
  // Writes every row still waiting. Throws StoreError.
  void flush(Connection& connection);
  std::size_t waiting() const { return values_.size() / column_count_; }

  // Enough that a PostgreSQL COPY (three round trips) carries many rows; SQLite writes them
  // 64 to a statement (store/row_streams.h).
  static constexpr std::size_t rows_per_statement = 1024;

 private:
  std::string table_;
  std::string columns_;
  std::size_t column_count_;
  std::vector<Value> values_;
};

}  // namespace pathway::store
