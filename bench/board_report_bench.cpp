// The quarterly board report on the demo county (2,000 children; the whole service, its 4
// areas and 12 districts): the model from a snapshot already read (three passes of the
// measures engine), each of its files, and the whole job a report runs in the background
// (read the records, count, draw, store). Run with `make bench`. A benchmark, never a timed test.
#include <benchmark/benchmark.h>

#include "access/accounts.h"
#include "bench_county.h"
#include "core/clock.h"
#include "measures/snapshot_loading.h"
#include "performance/board_report_files.h"
#include "performance/report_job_runner.h"
#include "performance/report_job_store.h"

namespace {

using namespace pathway;

const performance::BoardReportRequest whole_service{{2026, 2}, measures::ScopeKind::service, ""};

const performance::BoardReport& county_report() {
  static const performance::BoardReport report = [] {
    auto connection = bench::county().database->acquire();
    auto snapshot = measures::load_snapshot(*connection);
    return performance::build_board_report(snapshot, reference::list_districts(*connection),
                                           measures::load_targets(*connection), whole_service,
                                           *parse_iso_date("2026-11-30"), "30 November 2026")
        .value();
  }();
  return report;
}

void BoardReportModel(benchmark::State& state) {
  auto connection = bench::county().database->acquire();
  auto snapshot = measures::load_snapshot(*connection);
  auto districts = reference::list_districts(*connection);
  auto targets = measures::load_targets(*connection);
  for (auto _ : state) {
    auto report = performance::build_board_report(snapshot, districts, targets, whole_service,
                                                  *parse_iso_date("2026-11-30"), "30 November 2026");
    benchmark::DoNotOptimize(report.value().sections.data());
  }
  state.counters["sections"] = static_cast<double>(county_report().sections.size());
}
BENCHMARK(BoardReportModel)->Unit(benchmark::kMicrosecond);

void BoardReportPdf(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) bytes = performance::board_report_pdf(county_report()).size();
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BoardReportPdf)->Unit(benchmark::kMillisecond);

void BoardReportXlsx(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(performance::board_report_xlsx(county_report()).size());
}
BENCHMARK(BoardReportXlsx)->Unit(benchmark::kMillisecond);

// The whole job, as a request starts it: read, count, draw every file, store them.
void BoardReportJob(benchmark::State& state) {
  auto& database = *bench::county().database;
  for (auto _ : state) {
    std::string id;
    {
      auto connection = database.acquire();
      id = performance::add_report_job(*connection, whole_service, access::find_account(*connection, "manager")->staff.id,
                                       2, now_unix_seconds());
    }
    performance::make_board_report(database, id, whole_service);
  }
}
BENCHMARK(BoardReportJob)->Unit(benchmark::kMillisecond);

}  // namespace
