#include "store/sqlite_database.h"

#include <sqlite3.h>

#include <functional>
#include <unordered_map>

#include "store/pooled_database.h"

namespace pathway::store {

namespace {

[[noreturn]] void fail(sqlite3* db, int code, std::string_view doing) {
  std::string message = std::string(doing) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
  if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) {
    throw UniqueViolation(message);
  }
  throw StoreError(message);
}

class SqliteRowView final : public RowView {
 public:
  explicit SqliteRowView(sqlite3_stmt* statement) : statement_(statement) {}

  std::size_t size() const override { return static_cast<std::size_t>(sqlite3_column_count(statement_)); }
  bool is_null(std::size_t column) const override { return type(column) == SQLITE_NULL; }
  bool is_integer(std::size_t column) const override { return type(column) == SQLITE_INTEGER; }

  std::int64_t integer(std::size_t column) const override {
    if (!is_integer(column)) throw StoreError("column is not an integer");
    return sqlite3_column_int64(statement_, static_cast<int>(column));
  }

  std::string_view text(std::size_t column) const override {
    // As column_value reads it: whatever is neither NULL nor an integer is text.
    if (is_null(column) || is_integer(column)) throw StoreError("column is not text");
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, static_cast<int>(column)));
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(statement_, static_cast<int>(column)))};
  }

 private:
  int type(std::size_t column) const { return sqlite3_column_type(statement_, static_cast<int>(column)); }

  sqlite3_stmt* statement_;
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(const std::string& path) {
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    int code = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (code != SQLITE_OK) {
      std::string message = "cannot open database file '" + path + "': " + sqlite3_errstr(code);
      sqlite3_close(db_);
      throw StoreError(message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);
    // temp_store=MEMORY keeps statement journals in memory: a statement that writes many
    // rows inside a transaction (filing a list page's 25 named records) keeps the pages it
    // changes in one, and past 64 KiB SQLite otherwise spills it to a temporary file, a
    // write per page (about 25 writes a list page, measured with strace).
    execute_script(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;");
  }

  ~SqliteConnection() override {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close(db_);
  }

  Backend backend() const override { return Backend::sqlite; }

  void execute(std::string_view sql, std::span<const Value> params) override { run(sql, params, nullptr); }

  std::vector<Row> query(std::string_view sql, std::span<const Value> params) override {
    std::vector<Row> rows;
    run(sql, params, [&rows](std::vector<Value>&& values) { rows.emplace_back(std::move(values)); });
    return rows;
  }

  void each_row(std::string_view sql, std::span<const Value> params,
                const std::function<void(const RowView&)>& visit) override {
    sqlite3_stmt* statement = start(sql, params);
    StatementReset reset{statement};
    SqliteRowView view(statement);
    while (next_row(statement)) visit(view);
  }

  void insert_rows(std::string_view table, std::string_view columns, std::size_t column_count,
                   std::span<const Value> values) override {
    const InsertStatements& statements = insert_statements(table, columns, column_count);
    std::size_t whole = rows_per_insert * column_count;
    std::size_t done = 0;
    for (; done + whole <= values.size(); done += whole) run(statements.many_rows, values.subspan(done, whole), nullptr);
    for (; done < values.size(); done += column_count) {
      run(statements.one_row, values.subspan(done, column_count), nullptr);
    }
  }

  void execute_script(std::string_view sql) override {
    char* error = nullptr;
    std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "unknown error";
      sqlite3_free(error);
      throw StoreError("script failed: " + message);
    }
  }

  // A file is always there to talk to.
  bool still_connected() const { return true; }

  // A request that threw mid-transaction may leave it open: roll it back rather than lend
  // it to the next request.
  bool reset_for_reuse() {
    if (sqlite3_get_autocommit(db_)) return true;
    return sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK;
  }

 private:
  // Statements are prepared once per connection and reused: most requests run the same
  // handful of queries.
  sqlite3_stmt* prepared(std::string_view sql) {
    auto found = statements_.find(std::string(sql));
    if (found != statements_.end()) return found->second;
    sqlite3_stmt* statement = nullptr;
    int code = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                  SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) fail(db_, code, "prepare");
    statements_.emplace(std::string(sql), statement);
    return statement;
  }

  void bind(sqlite3_stmt* statement, std::span<const Value> params) {
    for (std::size_t i = 0; i < params.size(); ++i) {
      int index = static_cast<int>(i + 1);
      int code = std::visit(
          [&](const auto& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
              return sqlite3_bind_null(statement, index);
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
              return sqlite3_bind_int64(statement, index, value);
            } else {
              return sqlite3_bind_text(statement, index, value.data(),
                                       static_cast<int>(value.size()), SQLITE_STATIC);
            }
          },
          params[i]);
      if (code != SQLITE_OK) fail(db_, code, "bind");
    }
  }

  static Value column_value(sqlite3_stmt* statement, int column) {
    switch (sqlite3_column_type(statement, column)) {
      case SQLITE_NULL: return nullptr;
      case SQLITE_INTEGER: return static_cast<std::int64_t>(sqlite3_column_int64(statement, column));
      default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, column)));
      }
    }
  }

  // Rows per statement of insert_rows: enough that each statement's own work is small
  // against its rows, few enough to stay far inside SQLite's limit on parameters.
  static constexpr std::size_t rows_per_insert = 64;

  struct InsertStatements {
    std::string one_row;
    std::string many_rows;
  };

  const InsertStatements& insert_statements(std::string_view table, std::string_view columns,
                                            std::size_t column_count) {
    std::string key = std::string(table) + "(" + std::string(columns) + ")";
    auto found = inserts_.find(key);
    if (found != inserts_.end()) return found->second;
    std::string row = "(?";
    for (std::size_t i = 1; i < column_count; ++i) row += ", ?";
    row += ")";
    InsertStatements statements;
    statements.one_row = "INSERT INTO " + key + " VALUES " + row;
    statements.many_rows = statements.one_row;
    for (std::size_t i = 1; i < rows_per_insert; ++i) statements.many_rows += ", " + row;
    return inserts_.emplace(std::move(key), std::move(statements)).first->second;
  }

  struct StatementReset {
    sqlite3_stmt* statement;
    ~StatementReset() {
      sqlite3_reset(statement);
      sqlite3_clear_bindings(statement);
    }
  };

  // The statement prepared and bound, before its first step; reset it when done.
  sqlite3_stmt* start(std::string_view sql, std::span<const Value> params) {
    sqlite3_stmt* statement = prepared(sql);
    if (static_cast<std::size_t>(sqlite3_bind_parameter_count(statement)) != params.size()) {
      throw StoreError("wrong number of parameters for: " + std::string(sql));
    }
    bind(statement, params);
    return statement;
  }

  // Steps once: true with a row to read, false when done.
  bool next_row(sqlite3_stmt* statement) {
    int code = sqlite3_step(statement);
    if (code == SQLITE_DONE) return false;
    if (code != SQLITE_ROW) fail(db_, code, "step");
    return true;
  }

  // Runs one statement, giving each row's values to `take` (none: the rows are dropped).
  void run(std::string_view sql, std::span<const Value> params,
           const std::function<void(std::vector<Value>&&)>& take) {
    sqlite3_stmt* statement = start(sql, params);
    StatementReset reset{statement};
    int columns = sqlite3_column_count(statement);
    while (next_row(statement)) {
      if (!take) continue;
      std::vector<Value> values;
      values.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) values.push_back(column_value(statement, c));
      take(std::move(values));
    }
  }

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
  std::unordered_map<std::string, InsertStatements> inserts_;  // by "table(columns)"
};

}  // namespace

std::unique_ptr<Database> open_sqlite_database(const std::string& path, std::size_t pool_size) {
  return std::make_unique<PooledDatabase<SqliteConnection>>(
      Backend::sqlite, [path] { return std::make_unique<SqliteConnection>(path); }, pool_size);
}

}  // namespace pathway::store
