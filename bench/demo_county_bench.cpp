// How long `pathway demo` takes to build the default county (2,000 children with their
// justice and practice records) into a new SQLite file: what `make run` costs a newcomer
// the first time. A benchmark rather than a timed test (a test's clock measures the machine
// it runs on, under the sanitizers too). Run with `make bench`; results go to
// docs/performance.md.
#include <benchmark/benchmark.h>

#include "bench_county.h"

namespace {

void BuildDemoCounty(benchmark::State& state) {
  for (auto _ : state) {
    pathway::bench::County county(2000);
    benchmark::DoNotOptimize(county.database);
  }
  state.SetItemsProcessed(state.iterations() * 2000);  // children
}
BENCHMARK(BuildDemoCounty)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace
