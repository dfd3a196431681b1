// Micro-benchmarks of the demo's justice histories (src/demo/justice_histories.h and
// justice_history_writer.h): how fast the generator draws a child's history, and how fast
// the writer puts histories into SQLite. The national demo runs both for a million
// children. Run with `make bench`; results go to docs/performance.md.
#include <benchmark/benchmark.h>

#include <chrono>

#include "bench_county.h"
#include "../tests/support/plain_children.h"
#include "core/clock.h"
#include "demo/demo_parts.h"
#include "demo/justice_history_writer.h"
#include "store/transaction.h"

namespace {

using namespace pathway;

// A date of birth making the child 10 to 19 on `on`, so some have offended and some are
// past 18.
Date born_before(demo::DemoRandom& random, Date on) {
  return Date{std::chrono::sys_days{on} - std::chrono::days{3653 + random.below(9 * 365)}};
}

void GenerateJusticeHistory(benchmark::State& state) {
  Date today = today_utc();
  demo::DemoRandom births(4);
  demo::ChildHistory history;
  std::int64_t id = 0;
  for (auto _ : state) {
    demo::HistoryChild child;
    child.child_id = ++id;
    child.date_of_birth = born_before(births, today);
    child.district_code = "DARTFORD";
    auto random = demo::random_for_child(4, id);
    demo::generate_justice_history(child, today, random, history);
    benchmark::DoNotOptimize(history);
  }
  state.SetItemsProcessed(state.iterations());  // children
}
BENCHMARK(GenerateJusticeHistory);

// Writes the histories of 20,000 children of an empty demo database (its geography only)
// in one transaction, as the national demo does.
void WriteJusticeHistories(benchmark::State& state) {
  constexpr int children = 20000;
  for (auto _ : state) {
    state.PauseTiming();
    bench::County county([](store::Database& database) {
      auto connection = database.acquire();
      store::Transaction transaction(*connection);
      demo::add_demo_geography(*connection);
      transaction.commit();
    });
    auto connection = county.database->acquire();
    Date today = today_utc();
    std::vector<demo::HistoryChild> list;
    {
      store::Transaction transaction(*connection);
      list = testing::insert_plain_children(*connection, children, "DOVER", today, 3);
      transaction.commit();
    }
    state.ResumeTiming();
    store::Transaction transaction(*connection);
    auto counts = demo::write_justice_histories(*connection, list, 5, today, now_unix_seconds());
    transaction.commit();
    state.counters["offences"] = static_cast<double>(counts.offences);
  }
  state.SetItemsProcessed(state.iterations() * children);
}
BENCHMARK(WriteJusticeHistories)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
