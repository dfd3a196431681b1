#include "store/row_streams.h"

namespace pathway::store {

void insert_rows(Connection& connection, std::string_view table, std::string_view columns, std::size_t column_count,
                 std::span<const Value> values) {
  if (column_count == 0 || values.size() % column_count != 0) {
    throw StoreError("insert_rows: the values are not whole rows of " + std::string(table));
  }
  if (values.empty()) return;
  connection.insert_rows(table, columns, column_count, values);
}

std::string_view byte_order(Backend backend) { return backend == Backend::postgresql ? " COLLATE \"C\"" : ""; }

}  // namespace pathway::store
