// Benchmarks of the audit trail's hash chain on SQLite: a group commit's batch appended
// with and without the chain, linking a trail of a million events when a service upgrades
// (migration 8), and `pathway audit verify` over it (store::verify_audit_chain, which the
// command runs). Run with `make bench`, or alone with
// `build/pathway_bench --benchmark_filter=Audit`; results go to docs/performance.md.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "core/random.h"
#include "store/audit_chain.h"
#include "store/migrations.h"
#include "store/transaction.h"

namespace {

using namespace pathway;

constexpr int million = 1'000'000;

// A temporary SQLite file, removed afterwards.
struct BenchDatabase {
  explicit BenchDatabase(int up_to_version) {
    initialise_crypto();
    directory = std::filesystem::temp_directory_path() / ("pathway-bench-" + random_token(8));
    std::filesystem::create_directories(directory);
    database = store::open_database((directory / "bench.db").string(), 2);
    store::migrate(*database, up_to_version);
  }
  ~BenchDatabase() {
    database.reset();
    std::filesystem::remove_all(directory);
  }
  std::filesystem::path directory;
  std::unique_ptr<store::Database> database;
};

store::AuditRecord viewing(int i) {
  return {"2026-11-30T10:00:00Z", "caseworker" + std::to_string(i % 40), "child.view", "child",
          "K7M2P9QX" + std::to_string(i % 5000), "10.0.0." + std::to_string(i % 250), std::nullopt};
}

// An event as written before the chain: no links.
void insert_unchained(store::Connection& connection, const store::AuditRecord& event) {
  connection.execute(
      "INSERT INTO audit_events (occurred_at, actor, action, record_type, record_id, address) VALUES (?, ?, ?, ?, ?, ?)",
      {event.occurred_at, event.actor, event.action, *event.record_type, *event.record_id, *event.address});
}

// A service's trail of a million events as written before the chain (schema version 7).
void fill_million_events(BenchDatabase& made) {
    auto connection = made.database->acquire();
    for (int batch = 0; batch < million / 10000; ++batch) {
      store::Transaction transaction(*connection);
      for (int i = batch * 10000; i < (batch + 1) * 10000; ++i) {
        insert_unchained(*connection, viewing(i));
      }
      transaction.commit();
    }
}

BenchDatabase& million_event_trail() {
  static BenchDatabase trail(7);
  static bool filled = (fill_million_events(trail), true);
  (void)filled;
  return trail;
}

// The upgrade: migration 8 links the million events already there (once: it is one run).
void AuditLinkMillionEventsOnUpgrade(benchmark::State& state) {
  auto& trail = million_event_trail();
  for (auto _ : state) store::migrate(*trail.database);
  state.counters["events"] = million;
}
BENCHMARK(AuditLinkMillionEventsOnUpgrade)->Unit(benchmark::kMillisecond)->Iterations(1);

void AuditVerifyMillionEvents(benchmark::State& state) {
  auto& trail = million_event_trail();
  store::migrate(*trail.database);
  auto connection = trail.database->acquire();
  for (auto _ : state) {
    auto report = store::verify_audit_chain(*connection);
    if (report.fault || report.events != million) state.SkipWithError("the chain is not intact");
  }
  state.SetItemsProcessed(state.iterations() * million);
}
BENCHMARK(AuditVerifyMillionEvents)->Unit(benchmark::kMillisecond)->Iterations(3);

// One group commit of 64 page views, as the audit writer commits them: linked into the chain
// (the lock, the head read and moved, a hash per event) or inserted as before the chain.
void AuditBatchOf64(benchmark::State& state) {
  bool chained = state.range(0) == 1;
  BenchDatabase bench(store::migrations().back().version);
  auto connection = bench.database->acquire();
  std::vector<store::AuditRecord> batch;
  for (int i = 0; i < 64; ++i) batch.push_back(viewing(i));
  for (auto _ : state) {
    store::Transaction transaction(*connection);
    if (chained) {
      store::append_audit_events(*connection, batch);
    } else {
      for (const auto& event : batch) {
        insert_unchained(*connection, event);
      }
    }
    transaction.commit();
  }
  state.SetItemsProcessed(state.iterations() * 64);
}
BENCHMARK(AuditBatchOf64)->ArgName("chained")->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

}  // namespace
