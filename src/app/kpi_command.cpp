// pathway kpi: the measure set of shared/spec/kpi.md for one period and scope, from the
// measures engine (src/measures), as JSON (the spec's object), CSV or a table; or, asked
// with --definitions pathway-practice-2026-1, the practice indicators of docs/kpi.md.
#include <iostream>

#include "app/commands.h"
#include "measures/measure_output.h"
#include "measures/snapshot_loading.h"
#include "store/migrations.h"

namespace pathway::app {

namespace {

struct KpiOptions {
  std::string db;
  std::string from;
  std::string to;
  std::vector<std::string> districts;
  std::vector<std::string> areas;
  std::string format = "json";
  std::string today;  // empty: the real today (UTC)
  std::string definitions{measures::definition_set};
};

template <class T>
T or_fail(Result<T> result) {
  if (!result) throw std::runtime_error(result.error().message);
  return std::move(result.value());
}

measures::Day today_of(const KpiOptions& options) {
  if (options.today.empty()) return measures::day_of(today_utc());
  auto today = parse_iso_date(options.today);
  if (!today) throw std::runtime_error("--today is not a real date written YYYY-MM-DD: '" + options.today + "'");
  return measures::day_of(*today);
}

// Checks the typed input before the database is opened, so a typo costs nothing.
void run_kpi(const KpiOptions& options) {
  measures::Period period = or_fail(measures::parse_period(options.from, options.to));
  measures::Day today = today_of(options);
  auto which = measures::definitions_named(options.definitions);
  if (!which) throw std::runtime_error("--definitions is not a definition set Pathway knows: '" + options.definitions + "'");
  auto database = store::open_database(options.db, 1);
  store::migrate(*database);
  auto snapshot = measures::load_snapshot(*database->acquire());
  measures::Scope scope = or_fail(measures::resolve_scope(snapshot, options.districts, options.areas));
  auto set = measures::measure_sets(snapshot, period, {scope}, today).front();
  if (options.format == "csv") {
    std::cout << measures::measures_csv(set, *which);
  } else if (options.format == "table") {
    std::cout << measures::measures_table(set, *which);
  } else {
    std::cout << measures::measures_json(set, *which);
  }
}

}  // namespace

void add_kpi_command(CLI::App& app) {
  auto options = std::make_shared<KpiOptions>();
  auto* kpi = app.add_subcommand("kpi", "Count the performance measures (docs/kpi.md) for a period and scope");
  kpi->add_option("--db", options->db, "SQLite file or postgresql:// URL")->required();
  kpi->add_option("--from", options->from, "First day of the period, YYYY-MM-DD")->required();
  kpi->add_option("--to", options->to, "Last day of the period (included), YYYY-MM-DD")->required();
  kpi->add_option("--district", options->districts, "A district code; repeat for several (default: every district)");
  kpi->add_option("--area", options->areas, "An area code: all its districts; repeat for several");
  kpi->add_option("--format", options->format, "json (the definition's object), csv or table")
      ->check(CLI::IsMember({"json", "csv", "table"}))
      ->capture_default_str();
  kpi->add_option("--today", options->today,
                  "Count as if today were this date (decides whether the reoffending follow-up is complete)");
  kpi->add_option("--definitions", options->definitions,
                  "The definition set: pathway-2025-1 (kpi.md's measures) or pathway-practice-2026-1 (the practice "
                  "indicators, docs/kpi.md)")
      ->check(CLI::IsMember({std::string(measures::definition_set), std::string(measures::practice_definition_set)}))
      ->capture_default_str();
  kpi->callback([options] { run_kpi(*options); });
}

}  // namespace pathway::app
