#pragma once
// The demo county: a realistic, repeatable data set for trying Pathway and for tests,
// shaped like the county in the background plan (4 areas, 12 districts).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace pathway::demo {

struct DemoOptions {
  std::uint64_t seed = 1;           // the same seed gives the same county
  int children = 2000;
  std::string password;             // for every demo account; must pass the password policy
};

struct DemoAccount {
  std::string username;
  std::string role_label;
};

struct DemoSummary {
  int areas = 0;
  int districts = 0;
  int children = 0;
  std::vector<DemoAccount> accounts;
};

// Fills an empty, migrated database. Throws std::runtime_error if it already holds
// children or accounts (a demo never mixes with real data), StoreError on failure.
DemoSummary build_demo_county(store::Database& database, const DemoOptions& options);

}  // namespace pathway::demo
