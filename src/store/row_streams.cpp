#include "store/row_streams.h"

namespace pathway::store {

namespace {

RowStreams& streams_of(Connection& connection) {
  auto* streams = dynamic_cast<RowStreams*>(&connection);
  if (!streams) throw StoreError("this connection cannot stream rows");
  return *streams;
}

}  // namespace

void for_each_row(Connection& connection, std::string_view sql, std::span<const Value> params,
                  const std::function<void(const Row&)>& visit) {
  streams_of(connection).for_each_row(sql, params, visit);
}

void insert_rows(Connection& connection, std::string_view table, std::string_view columns, std::size_t column_count,
                 std::span<const Value> values) {
  if (column_count == 0 || values.size() % column_count != 0) {
    throw StoreError("insert_rows: the values are not whole rows of " + std::string(table));
  }
  if (values.empty()) return;
  streams_of(connection).insert_rows(table, columns, column_count, values);
}

std::string_view byte_order(Backend backend) { return backend == Backend::postgresql ? " COLLATE \"C\"" : ""; }

}  // namespace pathway::store
