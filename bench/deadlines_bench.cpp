// What the deadline engine's refresh costs: every child's tasks recomputed from the
// sources (one query per source for all children), on the demo county (2,000 children)
// and on 200,000, with nothing to change (the tasks are already in line) and from empty
// (every task written, as after an import). Results: docs/performance.md.
#include <benchmark/benchmark.h>

#include "bench_county.h"
#include "deadlines/refresh.h"
#include "store/transaction.h"

namespace pathway::bench {

namespace {

void refresh(benchmark::State& state, County& county, bool from_empty) {
  auto connection = county.database->acquire();
  std::size_t written = 0;
  for (auto _ : state) {
    store::Transaction transaction(*connection);
    if (from_empty) connection->execute("DELETE FROM deadline_tasks");
    written = deadlines::refresh_all(*connection);
    // Rolled back: each iteration starts from the same tasks.
  }
  state.counters["tasks_written"] = static_cast<double>(written);
}

void RefreshAllInLine(benchmark::State& state) { refresh(state, county(), false); }
void RefreshAllFromEmpty(benchmark::State& state) { refresh(state, county(), true); }
void RefreshAllInLineLarge(benchmark::State& state) { refresh(state, large_county(), false); }
void RefreshAllFromEmptyLarge(benchmark::State& state) { refresh(state, large_county(), true); }

}  // namespace

BENCHMARK(RefreshAllInLine)->Unit(benchmark::kMillisecond);
BENCHMARK(RefreshAllFromEmpty)->Unit(benchmark::kMillisecond);
BENCHMARK(RefreshAllInLineLarge)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(RefreshAllFromEmptyLarge)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace pathway::bench
