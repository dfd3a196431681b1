#include "store/measure_changes_migration.h"

#include <cctype>
#include <span>
#include <string_view>

namespace pathway::store {

namespace {

struct CountedTable {
  std::string_view table;
  // The columns whose change changes a measure ("" = any): a child's name or holding team
  // changes no figure, so correcting it leaves every server's snapshot in place.
  std::string_view columns;
};

// Version 25's tables: the justice record and the reference data the measures count.
constexpr CountedTable justice_tables[] = {
    {"areas", ""},           {"districts", ""}, {"district_populations", ""}, {"children", "date_of_birth, district_code"},
    {"offences", ""},        {"outcomes", ""},  {"outcome_offences", ""},     {"remands", ""},
    {"custody_episodes", ""},
};

// Version 34's: the practice records the practice indicators count (docs/kpi.md, definition
// set pathway-practice-2026-1): assessments and their answers, plan objectives, the
// interventions attended and the history of the wider services supporting a child.
constexpr CountedTable practice_tables[] = {
    {"assessments", ""}, {"assessment_answers", ""}, {"plan_objectives", ""}, {"appointments", ""},
    {"wider_services", ""},
};

std::string update_of(const CountedTable& counted) {
  return counted.columns.empty() ? "UPDATE" : "UPDATE OF " + std::string(counted.columns);
}

// SQLite has row triggers only: each changed row adds one, inside its own transaction.
std::string sqlite_triggers(std::span<const CountedTable> tables) {
  std::string sql;
  for (const auto& counted : tables) {
    std::string table(counted.table);
    for (std::string event : {std::string("INSERT"), update_of(counted), std::string("DELETE")}) {
      std::string name = "measure_changes_" + table + "_" + event.substr(0, 6);
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      sql += "CREATE TRIGGER " + name + " AFTER " + event + " ON " + table +
             " BEGIN UPDATE measure_record_changes SET changes = changes + 1; END;\n";
    }
  }
  return sql;
}

// PostgreSQL: once per statement, however many rows it changes (an import's batches).
std::string postgresql_triggers(std::span<const CountedTable> tables) {
  std::string sql;
  for (const auto& counted : tables) {
    std::string table(counted.table);
    sql += "CREATE TRIGGER measure_changes_" + table + " AFTER INSERT OR DELETE OR TRUNCATE OR " + update_of(counted) +
           " ON " + table + " FOR EACH STATEMENT EXECUTE FUNCTION measure_record_changed();\n";
  }
  return sql;
}

}  // namespace

std::string measure_record_changes_migration(Backend backend) {
  if (backend == Backend::sqlite) {
    return "CREATE TABLE measure_record_changes (only_row INTEGER PRIMARY KEY CHECK (only_row = 1), "
           "changes INTEGER NOT NULL);\n"
           "INSERT INTO measure_record_changes (only_row, changes) VALUES (1, 0);\n" +
           sqlite_triggers(justice_tables);
  }
  return "CREATE TABLE measure_record_changes (only_row BIGINT PRIMARY KEY CHECK (only_row = 1), "
         "changes BIGINT NOT NULL);\n"
         "INSERT INTO measure_record_changes (only_row, changes) VALUES (1, 0);\n"
         "CREATE FUNCTION measure_record_changed() RETURNS trigger LANGUAGE plpgsql AS $$\n"
         "BEGIN\n  UPDATE measure_record_changes SET changes = changes + 1;\n  RETURN NULL;\nEND;\n$$;\n" +
         postgresql_triggers(justice_tables);
}

std::string practice_record_changes_migration(Backend backend) {
  return backend == Backend::sqlite ? sqlite_triggers(practice_tables) : postgresql_triggers(practice_tables);
}

}  // namespace pathway::store
