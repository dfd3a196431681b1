// The performance dashboard's own work on the demo county (2,000 children): its model for
// the whole service and for one district (three quarters of every headline measure, the
// counts behind them and the targets), what each request pays once the server holds the
// snapshot; the check that the held snapshot is current (one query); and the list of the
// children behind the widest count. A benchmark, never a timed test.
#include <benchmark/benchmark.h>

#include "bench_county.h"
#include "measures/counted_figures.h"
#include "measures/snapshot_cache.h"
#include "measures/snapshot_loading.h"
#include "performance/dashboard_model.h"

namespace {

using namespace pathway;

const measures::RecordSnapshot& county_snapshot() {
  static const measures::RecordSnapshot snapshot = measures::load_snapshot(*bench::county().database->acquire());
  return snapshot;
}

void BuildDashboard(benchmark::State& state, bool one_district) {
  const auto& snapshot = county_snapshot();
  auto targets = measures::load_targets(*bench::county().database->acquire());
  performance::PerformanceScope scope{measures::ScopeKind::service, "", "the whole service",
                                      measures::whole_service(snapshot)};
  if (one_district) scope = {measures::ScopeKind::district, snapshot.district_codes[0], "one", {{0}}};
  auto quarter = *performance::parse_quarter("2025-Q2");
  auto today = measures::day_of(*parse_iso_date("2026-11-30"));
  // A server counts each quarter once per snapshot; the first request pays for the counts.
  measures::CountedPeriods periods(snapshot);
  for (auto _ : state) {
    auto model = performance::dashboard_model(snapshot, periods, targets, quarter, scope, today);
    benchmark::DoNotOptimize(model.rows.data());
  }
}
BENCHMARK_CAPTURE(BuildDashboard, WholeService, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BuildDashboard, OneDistrict, true)->Unit(benchmark::kMicrosecond);

// The first request for a quarter after the record changed: the three quarters counted.
void BuildDashboardFirstRequest(benchmark::State& state) {
  const auto& snapshot = county_snapshot();
  auto targets = measures::load_targets(*bench::county().database->acquire());
  performance::PerformanceScope scope{measures::ScopeKind::service, "", "the whole service",
                                      measures::whole_service(snapshot)};
  auto quarter = *performance::parse_quarter("2025-Q2");
  auto today = measures::day_of(*parse_iso_date("2026-11-30"));
  for (auto _ : state) {
    measures::CountedPeriods periods(snapshot);
    auto model = performance::dashboard_model(snapshot, periods, targets, quarter, scope, today);
    benchmark::DoNotOptimize(model.rows.data());
  }
}
BENCHMARK(BuildDashboardFirstRequest)->Unit(benchmark::kMicrosecond);

void HeldSnapshotIsCurrent(benchmark::State& state) {
  measures::SnapshotCache cache;
  auto& database = *bench::county().database;
  cache.current(database);
  for (auto _ : state) benchmark::DoNotOptimize(cache.current(database).get());
  state.counters["loads"] = static_cast<double>(cache.loads());
}
BENCHMARK(HeldSnapshotIsCurrent)->Unit(benchmark::kMicrosecond);

void ChildrenBehindCourtDisposals(benchmark::State& state) {
  const auto& snapshot = county_snapshot();
  const auto& figure = *measures::find_counted_figure("custody.court_disposals");
  auto period = measures::parse_period("2018-01-01", "2026-12-31").value();
  auto scope = measures::whole_service(snapshot);
  std::size_t listed = 0;
  for (auto _ : state) {
    auto records = measures::counted_records(snapshot, figure, period, scope);
    listed = records.size();
    benchmark::DoNotOptimize(records.data());
  }
  state.counters["records"] = static_cast<double>(listed);
}
BENCHMARK(ChildrenBehindCourtDisposals)->Unit(benchmark::kMicrosecond);

}  // namespace
