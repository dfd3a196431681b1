#include "store/postgres_database.h"

#include <libpq-fe.h>
#include <poll.h>

#include <cctype>
#include <charconv>
#include <exception>
#include <functional>
#include <unordered_map>

#include "store/pooled_database.h"

namespace pathway::store {

namespace {

// Type OIDs from pg_type.h (stable across PostgreSQL versions).
constexpr Oid bool_oid = 16;
constexpr Oid int8_oid = 20;
constexpr Oid int2_oid = 21;
constexpr Oid int4_oid = 23;

constexpr std::string_view unique_violation_state = "23505";

bool is_identifier_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

// Index just past a quoted run starting at `open` (the opening quote). Doubled quotes stay
// inside; with `backslashes` (E'...' strings) a backslash escapes the next character.
std::size_t skip_quoted(std::string_view sql, std::size_t open, char quote, bool backslashes) {
  std::size_t i = open + 1;
  while (i < sql.size()) {
    if (backslashes && sql[i] == '\\') {
      i += 2;
      continue;
    }
    if (sql[i] == quote) {
      if (i + 1 < sql.size() && sql[i + 1] == quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    ++i;
  }
  return sql.size();
}

// Index just past a /* ... */ comment (PostgreSQL nests them).
std::size_t skip_block_comment(std::string_view sql, std::size_t open) {
  int depth = 0;
  std::size_t i = open;
  while (i + 1 < sql.size()) {
    if (sql[i] == '/' && sql[i + 1] == '*') {
      ++depth;
      i += 2;
    } else if (sql[i] == '*' && sql[i + 1] == '/') {
      i += 2;
      if (--depth == 0) return i;
    } else {
      ++i;
    }
  }
  return sql.size();
}

// If a dollar quote ($$ or $tag$) opens at `open`, the index just past its closing tag.
std::optional<std::size_t> skip_dollar_quoted(std::string_view sql, std::size_t open) {
  if (open > 0 && is_identifier_char(sql[open - 1])) return std::nullopt;
  std::size_t end = open + 1;
  if (end < sql.size() && std::isdigit(static_cast<unsigned char>(sql[end]))) return std::nullopt;
  while (end < sql.size() && is_identifier_char(sql[end])) ++end;
  if (end >= sql.size() || sql[end] != '$') return std::nullopt;
  std::string_view tag = sql.substr(open, end - open + 1);
  std::size_t close = sql.find(tag, end + 1);
  return close == std::string_view::npos ? sql.size() : close + tag.size();
}

void trim_trailing_space(std::string& text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
}

// What to name in a connection error: the database and host, never the password.
std::string describe_target(PGconn* connection) {
  if (!connection) return "PostgreSQL";
  const char* database = PQdb(connection);
  const char* host = PQhost(connection);
  return "PostgreSQL database '" + std::string(database ? database : "") + "' on '" +
         std::string(host ? host : "") + "'";
}

// Refuses a URL that carries a password: passwords belong in PGPASSWORD or a passfile, where
// they stay out of process listings and shell history.
void check_url(const std::string& url) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (!options) {
    std::string message = error ? error : "out of memory";
    PQfreemem(error);
    trim_trailing_space(message);
    throw StoreError("not a usable PostgreSQL URL: " + message);
  }
  bool has_password = false;
  for (PQconninfoOption* option = options; option->keyword; ++option) {
    if (std::string_view(option->keyword) == "password" && option->val && *option->val) has_password = true;
  }
  PQconninfoFree(options);
  if (has_password) {
    throw StoreError("the PostgreSQL URL must not contain a password: set PGPASSWORD or use a passfile (~/.pgpass)");
  }
}

// A row of a result, read in place: the same types as column_value gives.
class PostgresRowView final : public RowView {
 public:
  PostgresRowView(const PGresult* result, int row) : result_(result), row_(row) {}

  std::size_t size() const override { return static_cast<std::size_t>(PQnfields(result_)); }
  bool is_null(std::size_t column) const override { return PQgetisnull(result_, row_, index(column)); }
  bool is_integer(std::size_t column) const override {
    if (is_null(column)) return false;
    Oid type = PQftype(result_, index(column));
    return type == int2_oid || type == int4_oid || type == int8_oid || type == bool_oid;
  }

  std::int64_t integer(std::size_t column) const override {
    if (!is_integer(column)) throw StoreError("column is not an integer");
    const char* text = PQgetvalue(result_, row_, index(column));
    if (PQftype(result_, index(column)) == bool_oid) return text[0] == 't' ? 1 : 0;
    std::int64_t value = 0;
    std::from_chars(text, text + PQgetlength(result_, row_, index(column)), value);
    return value;
  }

  std::string_view text(std::size_t column) const override {
    if (is_null(column) || is_integer(column)) throw StoreError("column is not text");
    return {PQgetvalue(result_, row_, index(column)), static_cast<std::size_t>(PQgetlength(result_, row_, index(column)))};
  }

 private:
  static int index(std::size_t column) { return static_cast<int>(column); }

  const PGresult* result_;
  int row_;
};

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(const std::string& url) : connection_(PQconnectdb(url.c_str())) {
    if (!connection_ || PQstatus(connection_) != CONNECTION_OK) {
      std::string reason = connection_ ? PQerrorMessage(connection_) : "out of memory";
      trim_trailing_space(reason);
      std::string target = describe_target(connection_);
      PQfinish(connection_);
      throw StoreError("cannot connect to " + target + ": " + reason);
    }
    // Notices (such as "relation already exists, skipping") are not errors: keep them off
    // stderr. A FATAL message on an idle connection is the server saying it is closing it
    // (shutdown, restart, terminated by an administrator).
    PQsetNoticeReceiver(
        connection_,
        [](void* self, const PGresult* notice) {
          const char* severity = PQresultErrorField(notice, PG_DIAG_SEVERITY_NONLOCALIZED);
          if (severity && std::string_view(severity) == "FATAL") static_cast<PostgresConnection*>(self)->closing_ = true;
        },
        this);
  }

  ~PostgresConnection() override { PQfinish(connection_); }

  Backend backend() const override { return Backend::postgresql; }

  void execute(std::string_view sql, std::span<const Value> params) override { run(sql, params, nullptr); }

  std::vector<Row> query(std::string_view sql, std::span<const Value> params) override {
    std::vector<Row> rows;
    run(sql, params, &rows);
    return rows;
  }

  void execute_script(std::string_view sql) override {
    std::string text(sql);
    PQclear(check(PQexec(connection_, text.c_str()), "script failed"));
  }

  // Single-row mode: the rows arrive one at a time, so a whole table is never held.
  void each_row(std::string_view sql, std::span<const Value> params,
                const std::function<void(const RowView&)>& visit) override {
    const Prepared& statement = prepared(sql);
    Parameters texts(statement, sql, params);
    if (!PQsendQueryPrepared(connection_, statement.name.c_str(), static_cast<int>(params.size()),
                             texts.values.data(), nullptr, nullptr, 0)) {
      check(nullptr, "statement failed");
    }
    PQsetSingleRowMode(connection_);
    // Every result is read to the end whatever happens, so the connection is idle again
    // for its next statement; the first failure is thrown after.
    std::exception_ptr failure;
    while (PGresult* result = PQgetResult(connection_)) {
      std::unique_ptr<PGresult, decltype(&PQclear)> owned(result, &PQclear);
      if (failure) continue;
      if (PQresultStatus(result) == PGRES_SINGLE_TUPLE) {
        try {
          visit(PostgresRowView(result, 0));
        } catch (...) {
          failure = std::current_exception();
        }
      } else if (PQresultStatus(result) != PGRES_TUPLES_OK && PQresultStatus(result) != PGRES_COMMAND_OK) {
        try {
          check(owned.release(), "statement failed");
        } catch (...) {
          failure = std::current_exception();
        }
      }
    }
    if (failure) std::rethrow_exception(failure);
  }

  void insert_rows(std::string_view table, std::string_view columns, std::size_t column_count,
                   std::span<const Value> values) override {
    std::string copy = "COPY " + std::string(table) + " (" + std::string(columns) + ") FROM STDIN";
    PGresult* started = PQexec(connection_, copy.c_str());
    if (!started || PQresultStatus(started) != PGRES_COPY_IN) check(started, "copy failed");
    PQclear(started);
    // Sent a block at a time: the server checks each row as it arrives.
    constexpr std::size_t block = 1 << 20;
    std::string text;
    text.reserve(block + 4096);
    bool sent = true;
    for (std::size_t i = 0; i < values.size() && sent; ++i) {
      append_copy_text(text, values[i]);
      text += (i + 1) % column_count == 0 ? '\n' : '\t';
      if (text.size() >= block) {
        sent = PQputCopyData(connection_, text.data(), static_cast<int>(text.size())) == 1;
        text.clear();
      }
    }
    if (sent && !text.empty()) sent = PQputCopyData(connection_, text.data(), static_cast<int>(text.size())) == 1;
    PQputCopyEnd(connection_, sent ? nullptr : "the rows could not be sent");
    // The COPY's own result, then the end of the command.
    std::exception_ptr failure;
    while (PGresult* result = PQgetResult(connection_)) {
      if (failure) {
        PQclear(result);
        continue;
      }
      try {
        PQclear(check(result, "copy failed"));
      } catch (...) {
        failure = std::current_exception();
      }
    }
    if (failure) std::rethrow_exception(failure);
  }

  // False once the server has gone away: such a connection is never reused.
  bool healthy() const { return PQstatus(connection_) == CONNECTION_OK && !closing_; }

  // An idle connection whose server restarted or went away has the server's FATAL farewell
  // or end-of-file waiting on its socket. Reading it (without blocking) shows the connection
  // is finished, so the pool replaces it before a request uses it instead of failing that
  // request. Costs one poll() when nothing is waiting.
  bool still_connected() {
    for (int reads = 0; reads < 4 && healthy(); ++reads) {
      pollfd socket{PQsocket(connection_), POLLIN, 0};
      if (poll(&socket, 1, 0) <= 0) break;
      if (!PQconsumeInput(connection_)) break;
      PQisBusy(connection_);  // parses what arrived: a FATAL notice sets closing_
    }
    return healthy();
  }

  // Leaves no transaction open for the next borrower. Returns false if the connection
  // cannot be brought back to idle.
  bool reset_for_reuse() {
    if (!healthy()) return false;
    if (PQtransactionStatus(connection_) == PQTRANS_IDLE) return true;
    PQclear(PQexec(connection_, "ROLLBACK"));
    return healthy() && PQtransactionStatus(connection_) == PQTRANS_IDLE;
  }

 private:
  struct Prepared {
    std::string name;
    std::size_t parameters;
  };

  // Throws for a failed result (UniqueViolation for SQLSTATE 23505); frees it otherwise.
  // Only the server's primary message is kept: its detail line can quote personal data.
  PGresult* check(PGresult* result, std::string_view doing) {
    ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    std::string message = primary ? primary : PQerrorMessage(connection_);
    trim_trailing_space(message);
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    bool unique = state && std::string_view(state) == unique_violation_state;
    PQclear(result);
    message = std::string(doing) + ": " + message;
    if (unique) throw UniqueViolation(message);
    throw StoreError(message);
  }

  // Statements are prepared once per connection (PQprepare) and run by name afterwards.
  const Prepared& prepared(std::string_view sql) {
    auto found = statements_.find(std::string(sql));
    if (found != statements_.end()) return found->second;
    std::size_t parameters = 0;
    std::string text = number_placeholders(sql, parameters);
    std::string name = "pathway_" + std::to_string(statements_.size() + 1);
    PQclear(check(PQprepare(connection_, name.c_str(), text.c_str(), 0, nullptr), "prepare"));
    return statements_.emplace(std::string(sql), Prepared{name, parameters}).first->second;
  }

  static Value column_value(const PGresult* result, int row, int column) {
    if (PQgetisnull(result, row, column)) return nullptr;
    const char* text = PQgetvalue(result, row, column);
    switch (PQftype(result, column)) {
      case int2_oid:
      case int4_oid:
      case int8_oid: return static_cast<std::int64_t>(std::stoll(text));
      case bool_oid: return std::int64_t{text[0] == 't' ? 1 : 0};
      default: return std::string(text, static_cast<std::size_t>(PQgetlength(result, row, column)));
    }
  }

  // A statement's parameters as libpq takes them: text, or a null pointer for NULL.
  struct Parameters {
    Parameters(const Prepared& statement, std::string_view sql, std::span<const Value> params)
        : texts(params.size()), values(params.size(), nullptr) {
      if (statement.parameters != params.size()) {
        throw StoreError("wrong number of parameters for: " + std::string(sql));
      }
      for (std::size_t i = 0; i < params.size(); ++i) {
        if (const auto* number = std::get_if<std::int64_t>(&params[i])) {
          texts[i] = std::to_string(*number);
          values[i] = texts[i].c_str();
        } else if (const auto* text = std::get_if<std::string>(&params[i])) {
          values[i] = text->c_str();
        }
      }
    }
    std::vector<std::string> texts;
    std::vector<const char*> values;
  };

  // A value as COPY's text format writes it: \N for NULL, and the backslash, tab, newline
  // and carriage return that would otherwise end a value or a row escaped.
  static void append_copy_text(std::string& out, const Value& value) {
    if (std::holds_alternative<std::nullptr_t>(value)) {
      out += "\\N";
    } else if (const auto* number = std::get_if<std::int64_t>(&value)) {
      out += std::to_string(*number);
    } else {
      for (char c : std::get<std::string>(value)) {
        switch (c) {
          case '\\': out += "\\\\"; break;
          case '\t': out += "\\t"; break;
          case '\n': out += "\\n"; break;
          case '\r': out += "\\r"; break;
          default: out += c;
        }
      }
    }
  }

  static Row row_of(const PGresult* result, int row) {
    int columns = PQnfields(result);
    std::vector<Value> values;
    values.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) values.push_back(column_value(result, row, c));
    return Row(std::move(values));
  }

  void run(std::string_view sql, std::span<const Value> params, std::vector<Row>* rows) {
    const Prepared& statement = prepared(sql);
    Parameters texts(statement, sql, params);
    PGresult* result = check(PQexecPrepared(connection_, statement.name.c_str(), static_cast<int>(params.size()),
                                            texts.values.data(), nullptr, nullptr, 0),
                             "statement failed");
    std::unique_ptr<PGresult, decltype(&PQclear)> owned(result, &PQclear);
    if (!rows) return;
    int count = PQntuples(result);
    rows->reserve(static_cast<std::size_t>(count));
    for (int r = 0; r < count; ++r) rows->push_back(row_of(result, r));
  }

  PGconn* connection_;
  bool closing_ = false;  // the server said it is closing this connection
  std::unordered_map<std::string, Prepared> statements_;
};

}  // namespace

std::string number_placeholders(std::string_view sql, std::size_t& count) {
  std::string out;
  out.reserve(sql.size() + 16);
  count = 0;
  std::size_t i = 0;
  while (i < sql.size()) {
    char c = sql[i];
    std::size_t end = i + 1;
    if (c == '\'') {
      bool escaped = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') && (i < 2 || !is_identifier_char(sql[i - 2]));
      end = skip_quoted(sql, i, '\'', escaped);
    } else if (c == '"') {
      end = skip_quoted(sql, i, '"', false);
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      end = sql.find('\n', i);
      end = end == std::string_view::npos ? sql.size() : end;
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      end = skip_block_comment(sql, i);
    } else if (c == '$') {
      end = skip_dollar_quoted(sql, i).value_or(i + 1);
    } else if (c == '?') {
      out += '$';
      out += std::to_string(++count);
      i = end;
      continue;
    }
    out.append(sql.substr(i, end - i));
    i = end;
  }
  return out;
}

std::unique_ptr<Database> open_postgres_database(const std::string& url, std::size_t pool_size) {
  check_url(url);
  return std::make_unique<PooledDatabase<PostgresConnection>>(
      Backend::postgresql, [url] { return std::make_unique<PostgresConnection>(url); }, pool_size);
}

}  // namespace pathway::store
