#pragma once
// The national demo (`pathway demo --scale national`): about 150 youth justice services'
// worth of geography and a million children, for measuring Pathway at the size of England
// and Wales (docs/performance.md). The demo county is one of its services, with its teams
// and accounts, so the same accounts sign in.
#include <cstdint>
#include <string>

#include "demo/demo_county.h"
#include "store/database.h"

namespace pathway::demo {

struct NationalOptions {
  std::uint64_t seed = 1;             // the same seed gives the same children
  std::int64_t children = 1'000'000;
  std::string password;               // for every demo account; must pass the password policy
  // The database is a new SQLite file made for this demo, which the caller deletes if
  // building it throws: the load may then skip SQLite's rollback journal and per-row
  // checks (store/bulk_load.h, decision 0019).
  bool disposable_file = false;
};

// Fills an empty, migrated database in one transaction. Throws std::runtime_error if it
// already holds data, StoreError on failure (nothing is saved).
DemoSummary build_national_demo(store::Database& database, const NationalOptions& options);

}  // namespace pathway::demo
