#include "store/database.h"

#include "store/location.h"
#include "store/postgres_database.h"
#include "store/sqlite_database.h"

namespace pathway::store {

namespace {
const char* type_name(const Value& value) {
  switch (value.index()) {
    case 0: return "null";
    case 1: return "integer";
    default: return "text";
  }
}
}  // namespace

bool Row::is_null(std::size_t column) const {
  return std::holds_alternative<std::nullptr_t>(values_.at(column));
}

const std::string& Row::text(std::size_t column) const {
  const Value& value = values_.at(column);
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  throw StoreError("column " + std::to_string(column) + " is " + type_name(value) + ", not text");
}

std::int64_t Row::integer(std::size_t column) const {
  const Value& value = values_.at(column);
  if (const auto* number = std::get_if<std::int64_t>(&value)) return *number;
  throw StoreError("column " + std::to_string(column) + " is " + type_name(value) + ", not integer");
}

std::optional<std::string> Row::optional_text(std::size_t column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

std::optional<std::int64_t> Row::optional_integer(std::size_t column) const {
  if (is_null(column)) return std::nullopt;
  return integer(column);
}

std::optional<Row> Connection::query_one(std::string_view sql, std::initializer_list<Value> params) {
  auto rows = query(sql, params);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

Backend backend_of(std::string_view location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://") ? Backend::postgresql
                                                                                       : Backend::sqlite;
}

std::unique_ptr<Database> open_database(const std::string& location, std::size_t pool_size) {
  if (backend_of(location) == Backend::postgresql) {
    return open_postgres_database(location, pool_size);
  }
  return open_sqlite_database(location, pool_size);
}

}  // namespace pathway::store
