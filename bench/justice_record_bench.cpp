// Micro-benchmarks of what every page of a child's record pays for the current status, and
// of the chronology page's queries, on the demo county with a justice history for every
// child (written here with SQL until the demo county has its own histories): four offences,
// three outcomes, two remands and a custody episode each. Run with `make bench`; results go
// to docs/performance.md. A benchmark, never a timed test.
#include <benchmark/benchmark.h>

#include "bench_county.h"
#include "core/dates.h"
#include "justice/chronology.h"
#include "justice/current_status.h"
#include "store/transaction.h"

namespace {

using namespace pathway;

// The demo county's children, each with a history; returns the id of one of them.
std::int64_t child_with_history() {
  static const std::int64_t child_id = [] {
    auto connection = bench::county().database->acquire();
    store::Transaction transaction(*connection);
    std::int64_t n = 0;
    for (const auto& row : connection->query("SELECT id FROM children ORDER BY id")) {
      std::int64_t child = row.integer(0);
      std::string key = std::to_string(child);
      auto day = [](int d) { return to_iso(Date{std::chrono::sys_days{Date{std::chrono::year{2024} / 1 / 1}} +
                                                std::chrono::days{d}}); };
      for (int i = 0; i < 4; ++i) {
        connection->execute("INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)"
                            " VALUES (?, ?, ?, 'theft_and_handling', 3, '2026-01-01T00:00:00Z')",
                            {"F" + key + "-" + std::to_string(i), child, day(i * 90)});
      }
      for (int i = 0; i < 3; ++i) {
        connection->execute("INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date,"
                            " length_months, created_at) VALUES (?, ?, ?, 'youth_rehabilitation_order', ?, 12,"
                            " '2026-01-01T00:00:00Z')",
                            {"U" + key + "-" + std::to_string(i), child, day(i * 90 + 30), day(i * 90 + 30)});
        connection->execute("INSERT INTO outcome_offences (outcome_id, offence_id) SELECT u.id, f.id"
                            " FROM outcomes u, offences f WHERE u.exchange_id = ? AND f.exchange_id = ?",
                            {"U" + key + "-" + std::to_string(i), "F" + key + "-" + std::to_string(i)});
      }
      connection->execute("INSERT INTO remands (exchange_id, child_id, start_date, end_date, remand_type, created_at)"
                          " VALUES (?, ?, ?, ?, 'conditional_bail', '2026-01-01T00:00:00Z'),"
                          " (?, ?, ?, NULL, 'remand_youth_detention', '2026-01-01T00:00:00Z')",
                          {"R" + key + "-0", child, day(5), day(40), "R" + key + "-1", child, day(300)});
      connection->execute("INSERT INTO custody_episodes (exchange_id, child_id, establishment, establishment_type,"
                          " start_date, created_at) VALUES (?, ?, 'Medway', 'stc', ?, '2026-01-01T00:00:00Z')",
                          {"C" + key, child, day(300)});
      if (++n == 1000) break;  // half the county: the other half has none
    }
    transaction.commit();
    return connection->query_one("SELECT MIN(child_id) FROM custody_episodes")->integer(0);
  }();
  return child_id;
}

// Three indexed queries, on every page of a child's record.
void CurrentStatus(benchmark::State& state) {
  std::int64_t child = child_with_history();
  auto connection = bench::county().database->acquire();
  Date today = today_utc();
  for (auto _ : state) benchmark::DoNotOptimize(justice::current_status(*connection, child, today));
}
BENCHMARK(CurrentStatus);

// The chronology page's five queries, unfiltered.
void Chronology(benchmark::State& state) {
  std::int64_t child = child_with_history();
  auto connection = bench::county().database->acquire();
  for (auto _ : state) benchmark::DoNotOptimize(justice::chronology(*connection, child, {}));
}
BENCHMARK(Chronology);

}  // namespace
