#include "store/bulk_load.h"

#include <algorithm>

namespace pathway::store {

namespace {

// "?, ?, ?" for `count` values.
std::string marks(std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) text += i == 0 ? "?" : ", ?";
  return text;
}

std::vector<Value> names_of(std::span<const std::string_view> tables) {
  std::vector<Value> names;
  for (auto table : tables) names.emplace_back(std::string(table));
  return names;
}

}  // namespace

BulkLoadSettings::BulkLoadSettings(Connection& connection, bool disposable)
    : connection_(connection), disposable_(disposable) {
  if (connection_.backend() == Backend::postgresql) {
    connection_.execute("SET maintenance_work_mem = '256MB'");
    return;
  }
  // The pages of a large load stay in memory rather than spilling early, and an index is
  // built by SQLite's sorter on a second thread.
  connection_.execute_script("PRAGMA cache_size = -262144; PRAGMA threads = 2;");
  if (disposable_) {
    // A CHECK constraint with an IN list costs SQLite about as much as the rest of the row
    // (it builds the list afresh for each row): measured, 4 of 6 microseconds an offence.
    connection_.execute_script(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;"
        " PRAGMA ignore_check_constraints = ON;");
  }
}

BulkLoadSettings::~BulkLoadSettings() {
  // Nothing may be thrown here; a connection that cannot be set back is one whose database
  // has gone, and the caller's failure says so.
  try {
    if (connection_.backend() == Backend::postgresql) {
      connection_.execute("RESET maintenance_work_mem");
      return;
    }
    if (disposable_) {
      connection_.execute_script(
          "PRAGMA ignore_check_constraints = OFF; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"
          " PRAGMA journal_mode = WAL;");
    }
    connection_.execute_script("PRAGMA cache_size = -2000; PRAGMA threads = 0;");
  } catch (const StoreError&) {
  }
}

std::vector<std::string_view> empty_tables(Connection& connection, std::span<const std::string_view> tables) {
  std::vector<std::string_view> empty;
  for (std::string_view table : tables) {
    if (connection.query_one("SELECT EXISTS (SELECT 1 FROM " + std::string(table) + ")")->integer(0) == 0) {
      empty.push_back(table);
    }
  }
  return empty;
}

DeferredIndexes::DeferredIndexes(Connection& connection, std::span<const std::string_view> tables,
                                 std::span<const std::string_view> kept)
    : connection_(connection) {
  if (tables.empty()) return;  // "IN ()" is not SQL to PostgreSQL; nothing to set aside anyway
  auto names = names_of(tables);
  std::vector<std::pair<std::string, std::string>> found;  // the DROP, and the SQL that made it
  if (connection_.backend() == Backend::sqlite) {
    // In the order they were made (the schema table's rowid); an index with no SQL is a
    // UNIQUE or PRIMARY KEY constraint's.
    for (const auto& row : connection_.query(
             "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
             " AND tbl_name IN (" + marks(names.size()) + ") ORDER BY rowid",
             names)) {
      if (std::ranges::find(kept, std::string_view(row.text(1))) != kept.end()) continue;
      found.emplace_back("DROP " + std::string(row.text(0) == "index" ? "INDEX " : "TRIGGER ") + row.text(1),
                         row.text(2));
    }
  } else {
    for (const auto& row : connection_.query(
             "SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname"
             " AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
             " WHERE i.schemaname = current_schema() AND i.tablename IN (" + marks(names.size()) + ")"
             " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid) ORDER BY c.oid",
             names)) {
      if (std::ranges::find(kept, std::string_view(row.text(0))) != kept.end()) continue;
      found.emplace_back("DROP INDEX " + row.text(0), row.text(1));
    }
  }
  children_triggers_dropped_ = connection_.backend() == Backend::sqlite &&
                               std::ranges::find(tables, std::string_view("children")) != tables.end();
  for (auto& [drop, made] : found) {
    connection_.execute(drop);
    dropped_.push_back(std::move(made));
  }
}

void DeferredIndexes::restore() {
  for (const auto& made : dropped_) connection_.execute(made);
  if (children_triggers_dropped_) {
    connection_.execute("INSERT INTO children_names(children_names) VALUES ('rebuild')");
    connection_.execute("UPDATE children_count SET total = (SELECT COUNT(*) FROM children)");
  }
  dropped_.clear();
  children_triggers_dropped_ = false;
}

}  // namespace pathway::store
