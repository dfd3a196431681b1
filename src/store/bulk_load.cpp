#include "store/bulk_load.h"

namespace pathway::store {

namespace {

// The name and CREATE statement of each secondary index of `table` (none behind a constraint).
std::vector<Row> secondary_indexes(Connection& connection, std::string_view table) {
  if (connection.backend() == Backend::sqlite) {
    // An index SQLite made for a constraint has no SQL of its own.
    return connection.query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                            " AND sql IS NOT NULL",
                            {std::string(table)});
  }
  return connection.query(
      "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
      " JOIN pg_class t ON t.oid = x.indrelid WHERE t.relname = ? AND t.relnamespace = current_schema()::regnamespace"
      " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)",
      {std::string(table)});
}

bool is_empty(Connection& connection, std::string_view table) {
  return connection.query("SELECT EXISTS (SELECT 1 FROM " + std::string(table) + ")", {}).front().integer(0) == 0;
}

}  // namespace

BulkLoad::BulkLoad(Connection& connection, std::span<const std::string_view> tables) : connection_(connection) {
  if (connection_.backend() == Backend::sqlite) connection_.execute("PRAGMA cache_size = -262144");
  for (std::string_view table : tables) {
    if (!is_empty(connection_, table)) continue;  // a table with rows keeps its indexes: they are not rebuilt
    for (const auto& index : secondary_indexes(connection_, table)) {
      deferred_.push_back(index.text(1));
      connection_.execute("DROP INDEX " + index.text(0));
    }
  }
}

BulkLoad::~BulkLoad() {
  if (connection_.backend() != Backend::sqlite) return;
  try {
    connection_.execute("PRAGMA cache_size = -2000");
  } catch (const StoreError&) {
    // The connection is failing already; the error that brought us here is the one to report.
  }
}

void BulkLoad::finish() {
  for (const std::string& create : deferred_) connection_.execute(create);
  deferred_.clear();
}

}  // namespace pathway::store
