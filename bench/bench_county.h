#pragma once
// The demo county the micro-benchmarks run on, in a temporary SQLite file, built once per
// run: the default size (2,000 children) and, only for a benchmark that asks, 200,000.
#include <filesystem>
#include <functional>
#include <memory>

#include "core/random.h"
#include "demo/demo_county.h"
#include "store/database.h"
#include "store/migrations.h"

namespace pathway::bench {

// A demo database in a temporary SQLite file, filled by `build`: by default the demo
// county with `children` children.
struct County {
  explicit County(int children)
      : County([children](store::Database& database) {
          demo::build_demo_county(database, {1, children, "benchmark pass phrase"});
        }) {}
  explicit County(const std::function<void(store::Database&)>& build) {
    initialise_crypto();
    directory = std::filesystem::temp_directory_path() / ("pathway-bench-" + random_token(8));
    std::filesystem::create_directories(directory);
    database = store::open_database((directory / "bench.db").string(), 2);
    store::migrate(*database);
    build(*database);
  }
  ~County() {
    database.reset();
    std::filesystem::remove_all(directory);
  }
  std::filesystem::path directory;
  std::unique_ptr<store::Database> database;
};

// The demo county's default size, for every benchmark in the run.
inline County& county() {
  static County instance(2000);
  return instance;
}

// A county of national scale for the duplicate check: built only when a benchmark that
// needs it runs (about a minute).
inline County& large_county() {
  static County instance(200000);
  return instance;
}

}  // namespace pathway::bench
