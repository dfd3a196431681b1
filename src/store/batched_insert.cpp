#include "store/batched_insert.h"

namespace pathway::store {

BatchedInsert::BatchedInsert(std::string_view table, std::string_view columns, std::size_t column_count)
    : column_count_(column_count) {
  std::string row = "(?";
  for (std::size_t i = 1; i < column_count; ++i) row += ", ?";
  row += ")";
  one_row_ = "INSERT INTO " + std::string(table) + " (" + std::string(columns) + ") VALUES " + row;
  many_rows_ = one_row_;
  for (std::size_t i = 1; i < rows_per_statement; ++i) many_rows_ += ", " + row;
  values_.reserve(rows_per_statement * column_count);
}

void BatchedInsert::add(std::span<const Value> row) { values_.insert(values_.end(), row.begin(), row.end()); }

void BatchedInsert::write_full(Connection& connection) {
  std::size_t statement = rows_per_statement * column_count_;
  std::size_t written = 0;
  for (; written + statement <= values_.size(); written += statement) {
    connection.execute(many_rows_, std::span<const Value>(values_).subspan(written, statement));
  }
  values_.erase(values_.begin(), values_.begin() + static_cast<std::ptrdiff_t>(written));
}

void BatchedInsert::flush(Connection& connection) {
  write_full(connection);
  for (std::size_t start = 0; start < values_.size(); start += column_count_) {
    connection.execute(one_row_, std::span<const Value>(values_).subspan(start, column_count_));
  }
  values_.clear();
}

}  // namespace pathway::store
