#include "store/migrations.h"

#include "core/clock.h"
#include "core/dates.h"
#include "store/transaction.h"

namespace pathway::store {

namespace {

// Version 1: reference geography, staff and sessions, children with their history, and the
// append-only audit trail. Times of day are UTC instants as ISO text except session times,
// which are Unix seconds because every request compares them.
constexpr std::string_view v1_foundation = R"SQL(
CREATE TABLE areas (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE districts (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  area_code TEXT NOT NULL REFERENCES areas(code)
);
CREATE TABLE district_populations (
  district_code TEXT NOT NULL REFERENCES districts(code),
  year INTEGER NOT NULL,
  population_10_17 INTEGER NOT NULL CHECK (population_10_17 > 0),
  PRIMARY KEY (district_code, year)
);
CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_staff ON sessions(staff_id);
CREATE TABLE sign_in_failures (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL,
  address TEXT NOT NULL,
  failed_at INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_by_username ON sign_in_failures(username, failed_at);
CREATE INDEX sign_in_failures_by_address ON sign_in_failures(address, failed_at);
CREATE TABLE children (
  id INTEGER PRIMARY KEY,
  public_id TEXT NOT NULL UNIQUE,
  exchange_id TEXT NOT NULL UNIQUE,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  search_name TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('male', 'female', 'unknown')),
  ethnicity TEXT,
  district_code TEXT NOT NULL REFERENCES districts(code),
  looked_after TEXT CHECK (looked_after IN ('yes', 'no')),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX children_by_sort_key ON children(sort_key, id);
CREATE INDEX children_by_date_of_birth ON children(date_of_birth);
CREATE TABLE child_changes (
  id INTEGER PRIMARY KEY,
  child_id INTEGER NOT NULL REFERENCES children(id),
  version INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX child_changes_by_child ON child_changes(child_id, version);
CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  occurred_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  record_type TEXT,
  record_id TEXT,
  address TEXT,
  detail TEXT
);
CREATE INDEX audit_events_by_record ON audit_events(record_type, record_id);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
)SQL";

void ensure_history_table(Connection& connection) {
  connection.execute_script(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
}

}  // namespace

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = {
      {1, "foundation", v1_foundation},
  };
  return all;
}

int schema_version(Connection& connection) {
  ensure_history_table(connection);
  auto row = connection.query_one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  return static_cast<int>(row->integer(0));
}

int migrate(Database& database) {
  auto connection = database.acquire();
  int current = schema_version(*connection);
  int newest = migrations().back().version;
  if (current > newest) {
    throw StoreError("the database is at schema version " + std::to_string(current) +
                     " but this program knows only up to " + std::to_string(newest) +
                     ": upgrade pathway");
  }
  int applied = 0;
  for (const Migration& migration : migrations()) {
    if (migration.version <= current) continue;
    Transaction transaction(*connection);
    connection->execute_script(migration.sqlite_sql);
    connection->execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                        {std::int64_t{migration.version}, std::string(migration.name),
                         to_iso_instant(now_unix_seconds())});
    transaction.commit();
    ++applied;
  }
  return applied;
}

}  // namespace pathway::store
