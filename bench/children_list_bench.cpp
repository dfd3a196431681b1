// Micro-benchmarks of the children list page's hot path on the demo county (the search
// query, the template render and the name folding), and of the duplicate check run before
// a child is saved, on the demo county and on a county of 200,000. Run with `make bench`; results go to
// docs/performance.md. A benchmark, never a timed test.
#include <benchmark/benchmark.h>

#include "app/resources.h"
#include "bench_county.h"
#include "children/child_repository.h"
#include "children/child_views.h"
#include "core/text.h"
#include "demo/demo_county.h"
#include "demo/demo_national.h"
#include "demo/demo_parts.h"
#include "web/views.h"

namespace {

using namespace pathway;
using bench::County;
using bench::county;
using bench::large_county;

void SearchFirstPage(benchmark::State& state) {
  auto connection = county().database->acquire();
  for (auto _ : state) benchmark::DoNotOptimize(children::search_children(*connection, {"", std::nullopt, 1, 25}));
}
BENCHMARK(SearchFirstPage);

void SearchByPartialName(benchmark::State& state) {
  auto connection = county().database->acquire();
  for (auto _ : state) benchmark::DoNotOptimize(children::search_children(*connection, {"mor", std::nullopt, 1, 25}));
}
BENCHMARK(SearchByPartialName);

void SearchByWholeName(benchmark::State& state) {
  auto connection = county().database->acquire();
  for (auto _ : state) {
    benchmark::DoNotOptimize(children::search_children(*connection, {"zoe obrien", std::nullopt, 1, 25}));
  }
}
BENCHMARK(SearchByWholeName);

// The check run before every new child is saved, for a child who is not in the county:
// every candidate born on the date or a slip of it is compared.
void PossibleDuplicates(benchmark::State& state, County& (*which)()) {
  auto connection = which().database->acquire();
  auto sample = children::search_children(*connection, {"", std::nullopt, 1, 1}).children.at(0).child.details;
  children::ChildDetails stranger = sample;
  stranger.given_name = "Marcus";
  stranger.family_name = "Quennell-Oyelaran";
  for (auto _ : state) benchmark::DoNotOptimize(children::possible_duplicates(*connection, stranger));
  // How often it warns about a child who is not there: 2,000 children of another seed's
  // county (the ctest DuplicateCheck measures what it catches, on the demo county).
  demo::DemoRandom other(2);
  auto districts = demo::demo_district_slots(other, 2000);
  int alarmed = 0;
  for (const auto& child : demo::demo_children(other, districts, today_utc())) {
    if (!children::possible_duplicates(*connection, child).empty()) ++alarmed;
  }
  state.counters["false_alarm_pct"] = alarmed / 20.0;
}
BENCHMARK_CAPTURE(PossibleDuplicates, demo_county_2000, county);
BENCHMARK_CAPTURE(PossibleDuplicates, county_200000, large_county);

void RenderListPage(benchmark::State& state) {
  auto connection = county().database->acquire();
  auto found = children::search_children(*connection, {"", std::nullopt, 1, 25});
  web::Views views(app::source_directory() / "templates");
  web::ViewList rows;
  for (const auto& summary : found.children) rows.push_back(children::child_summary_data(summary, today_utc()));
  web::ViewData data;
  data.set("page_title", "Children");
  data.set("children", rows);
  data.set("has_children", true);
  for (auto _ : state) benchmark::DoNotOptimize(views.render("children/list", data));
}
BENCHMARK(RenderListPage);

void FoldName(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(fold_for_search("Zoë Ó Súilleabháin-Wiśniewska"));
}
BENCHMARK(FoldName);

// The national demo (1,000,000 children, `pathway demo --scale national`): built only when
// a National benchmark runs (under two minutes), e.g.
// `build/pathway_bench --benchmark_filter=National`.
County& nation() {
  static County instance([](store::Database& database) {
    demo::build_national_demo(database, {1, 1'000'000, "benchmark pass phrase"});
  });
  return instance;
}

void NationalSearch(benchmark::State& state, const char* name, std::int64_t page = 1) {
  auto connection = nation().database->acquire();
  for (auto _ : state) benchmark::DoNotOptimize(children::search_children(*connection, {name, std::nullopt, page, 25}));
}
BENCHMARK_CAPTURE(NationalSearch, first_page, "")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(NationalSearch, partial_mor, "mor")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(NationalSearch, partial_obri, "o'bri")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(NationalSearch, whole_zoe_obrien, "zoë o'brien")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(NationalSearch, short_jo, "jo")->Unit(benchmark::kMillisecond);
// Tens of thousands of matches, most of them names that begin with the word: the first page
// and a deep one (docs/decisions/0022).
BENCHMARK_CAPTURE(NationalSearch, broad_son, "son")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(NationalSearch, partial_mor_page_40, "mor", 40)->Unit(benchmark::kMillisecond);

}  // namespace
