// The live reoffending tracker's work on the demo county (2,000 children), beyond loading the
// snapshot (measures_bench.cpp has that): the eight quarterly cohorts of the whole service
// with their progress and month-by-month development, and one cohort's breakdowns (reading
// its children's characteristics) and small group, as /performance/reoffending does for each
// request. Run with `make bench`. A benchmark, never a timed test.
#include <benchmark/benchmark.h>

#include "bench_county.h"
#include "measures/reoffending_cohort.h"
#include "measures/snapshot_loading.h"
#include "performance/performance_request.h"
#include "performance/reoffending_tracker.h"

namespace {

using namespace pathway;

const measures::RecordSnapshot& county_snapshot() {
  static const measures::RecordSnapshot snapshot = measures::load_snapshot(*bench::county().database->acquire());
  return snapshot;
}

void ReoffendingTrackerPageWork(benchmark::State& state) {
  const auto& snapshot = county_snapshot();
  auto connection = bench::county().database->acquire();
  auto scope = measures::whole_service(snapshot);
  auto today = measures::day_of(*parse_iso_date("2026-11-30"));
  performance::Quarter chosen{2026, 3};
  std::int64_t cohort_children = 0;
  for (auto _ : state) {
    cohort_children = 0;
    for (int back = 7; back >= 0; --back) {
      auto quarter = chosen.plus(-back);
      auto cohort =
          measures::in_scope(measures::reoffending_cohort(snapshot, quarter.period()), snapshot, scope);
      benchmark::DoNotOptimize(performance::cohort_progress(cohort, today));
      benchmark::DoNotOptimize(performance::follow_up_by_month(cohort, today));
      cohort_children += static_cast<std::int64_t>(cohort.members.size());
      if (back > 0) continue;
      std::vector<std::int64_t> ids;
      for (const auto& member : cohort.members) ids.push_back(snapshot.children.id[member.child]);
      auto characteristics = performance::read_characteristics(*connection, ids);
      benchmark::DoNotOptimize(performance::breakdowns(cohort, snapshot, characteristics, today));
      benchmark::DoNotOptimize(performance::small_group(cohort, snapshot));
    }
  }
  state.counters["cohort_children"] = static_cast<double>(cohort_children);
}
BENCHMARK(ReoffendingTrackerPageWork)->Unit(benchmark::kMillisecond);

}  // namespace
