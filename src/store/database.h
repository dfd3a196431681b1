#pragma once
// The only door to the database. Repositories speak SQL through this interface, with '?'
// placeholders and bound values; nothing above the store sees a SQLite or libpq type,
// so PostgreSQL can stand behind the same interface.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pathway::store {

using Value = std::variant<std::nullptr_t, std::int64_t, std::string>;

// Convenience for optional text parameters.
inline Value nullable(const std::optional<std::string>& text) {
  return text ? Value{*text} : Value{nullptr};
}

enum class Backend { sqlite, postgresql };

// A failure that aborts the whole operation (the file is unreadable, the server went away,
// a constraint the code should have checked first). Carries no personal data.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Thrown when a unique constraint is violated, so callers can turn it into a conflict.
class UniqueViolation : public StoreError {
 public:
  using StoreError::StoreError;
};

class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  bool is_null(std::size_t column) const;
  // Throws StoreError if the column is NULL or of another type.
  const std::string& text(std::size_t column) const;
  std::int64_t integer(std::size_t column) const;
  std::optional<std::string> optional_text(std::size_t column) const;
  std::optional<std::int64_t> optional_integer(std::size_t column) const;
  std::size_t size() const { return values_.size(); }
  const Value& value(std::size_t column) const { return values_.at(column); }

 private:
  std::vector<Value> values_;
};

// One row of a result as it is read, copying nothing: valid only inside the visit that
// receives it (Connection::each_row). The same column rules as Row: integer() of an
// integer column, text() of a text column, each throwing StoreError for NULL or the other
// type.
class RowView {
 public:
  virtual std::size_t size() const = 0;  // columns
  virtual bool is_null(std::size_t column) const = 0;
  virtual bool is_integer(std::size_t column) const = 0;
  virtual std::int64_t integer(std::size_t column) const = 0;
  virtual std::string_view text(std::size_t column) const = 0;

 protected:
  ~RowView() = default;
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Backend backend() const = 0;
  // Runs one statement. Throws StoreError (UniqueViolation for duplicate keys).
  virtual void execute(std::string_view sql, std::span<const Value> params = {}) = 0;
  // Runs one statement and returns its rows.
  virtual std::vector<Row> query(std::string_view sql, std::span<const Value> params = {}) = 0;
  // Runs one statement and calls `visit` for each row as it is read, keeping none: for
  // reading many rows (the measures' snapshot of every record) without a Row, a vector and
  // a string for each. The statement must not use the connection again from inside `visit`.
  virtual void each_row(std::string_view sql, std::span<const Value> params,
                        const std::function<void(const RowView&)>& visit) = 0;
  // Adds whole rows to `table` many at a time; call store::insert_rows (store/row_streams.h),
  // which checks the values are whole rows first.
  virtual void insert_rows(std::string_view table, std::string_view columns, std::size_t column_count,
                           std::span<const Value> values) = 0;
  // Runs several statements separated by ';' with no parameters (migrations).
  virtual void execute_script(std::string_view sql) = 0;

  void execute(std::string_view sql, std::initializer_list<Value> params) {
    execute(sql, std::span<const Value>(params.begin(), params.size()));
  }
  std::vector<Row> query(std::string_view sql, std::initializer_list<Value> params) {
    return query(sql, std::span<const Value>(params.begin(), params.size()));
  }
  void each_row(std::string_view sql, std::initializer_list<Value> params,
                const std::function<void(const RowView&)>& visit) {
    each_row(sql, std::span<const Value>(params.begin(), params.size()), visit);
  }
  // The first row, or nullopt.
  std::optional<Row> query_one(std::string_view sql, std::initializer_list<Value> params = {});
};

// A pool of connections to one database. Thread-safe.
class Database {
 public:
  virtual ~Database() = default;
  virtual Backend backend() const = 0;
  // Borrows a connection; it goes back to the pool when the handle is destroyed.
  // Blocks while all are in use.
  struct Releaser {
    Database* owner;
    void operator()(Connection* connection) const { owner->release(connection); }
  };
  using Handle = std::unique_ptr<Connection, Releaser>;
  virtual Handle acquire() = 0;

 protected:
  virtual void release(Connection* connection) = 0;
};

// Opens the database named by a --db argument: a file path (SQLite, created if missing) or
// a postgresql:// URL. Applies no migrations (see store/migrations.h). Throws StoreError.
std::unique_ptr<Database> open_database(const std::string& location, std::size_t pool_size = 4);

}  // namespace pathway::store
