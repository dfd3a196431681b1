#pragma once
// Inserts rows into one table many to a statement: a large load pays each statement's own
// work (preparing to write, the statement journal, a round trip to PostgreSQL) once for
// rows_per_statement rows instead of once a row.
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
  // Writes the waiting rows that fill whole statements; the rest wait. Throws StoreError.
  void write_full(Connection& connection);
  // Writes every row still waiting. Throws StoreError.
  void flush(Connection& connection);
  std::size_t waiting() const { return values_.size() / column_count_; }

  static constexpr std::size_t rows_per_statement = 64;

 private:
  std::size_t column_count_;
  std::string one_row_;
  std::string many_rows_;
  std::vector<Value> values_;
};

}  // namespace pathway::store
