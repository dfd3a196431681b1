#include "store/batched_insert.h"

#include "store/row_streams.h"

namespace pathway::store {

BatchedInsert::BatchedInsert(std::string_view table, std::string_view columns, std::size_t column_count)
    : table_(table), columns_(columns), column_count_(column_count) {
  values_.reserve(rows_per_statement * column_count);
}

void BatchedInsert::add(std::span<const Value> row) { values_.insert(values_.end(), row.begin(), row.end()); }

void BatchedInsert::write_full(Connection& connection) {
  std::size_t whole = values_.size() / (rows_per_statement * column_count_) * (rows_per_statement * column_count_);
  if (whole == 0) return;
  insert_rows(connection, table_, columns_, column_count_, std::span<const Value>(values_).first(whole));
  values_.erase(values_.begin(), values_.begin() + static_cast<std::ptrdiff_t>(whole));
}

void BatchedInsert::flush(Connection& connection) {
  insert_rows(connection, table_, columns_, column_count_, values_);
  values_.clear();
}

}  // namespace pathway::store
