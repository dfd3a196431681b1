// The measures engine on the demo county (2,000 children, each with a justice history):
// loading the snapshot from the database (what a cold start pays), and the whole measure set
// of one quarter for the service, each area and each district (what every later request
// pays). Run with `make bench`; the national-scale figures of issue 10 point 7 belong to
// bench/measure-national. A benchmark, never a timed test.
#include <benchmark/benchmark.h>

#include "bench_county.h"
#include "measures/measure_set.h"
#include "measures/snapshot_loading.h"

namespace {

using namespace pathway;

const measures::RecordSnapshot& county_snapshot() {
  static const measures::RecordSnapshot snapshot = measures::load_snapshot(*bench::county().database->acquire());
  return snapshot;
}

void LoadMeasuresSnapshot(benchmark::State& state) {
  auto connection = bench::county().database->acquire();
  for (auto _ : state) {
    auto snapshot = measures::load_snapshot(*connection);
    benchmark::DoNotOptimize(snapshot.outcomes.data());
  }
  state.counters["outcomes"] = static_cast<double>(county_snapshot().outcomes.size());
}
BENCHMARK(LoadMeasuresSnapshot)->Unit(benchmark::kMillisecond);

void QuarterForEveryScope(benchmark::State& state) {
  const auto& snapshot = county_snapshot();
  std::vector<measures::Scope> scopes = {measures::whole_service(snapshot)};
  for (auto& area : measures::every_area(snapshot)) scopes.push_back(std::move(area));
  for (measures::DistrictIndex d = 0; d < snapshot.district_codes.size(); ++d) scopes.push_back({{d}});
  auto quarter = measures::parse_period("2025-01-01", "2025-03-31").value();
  auto today = measures::day_of(*parse_iso_date("2026-11-30"));
  for (auto _ : state) {
    auto sets = measures::measure_sets(snapshot, quarter, scopes, today);
    benchmark::DoNotOptimize(sets.data());
  }
  state.counters["scopes"] = static_cast<double>(scopes.size());
}
BENCHMARK(QuarterForEveryScope)->Unit(benchmark::kMicrosecond);

}  // namespace
