#pragma once
// Children for the tests and benchmarks of the demo's justice history writer, which needs
// only an id, a date of birth and a district of each: plain rows inserted straight into an
// empty children table, ids 1 to `count`, with nothing the writer does not read.
#include <chrono>
#include <string>
#include <vector>

#include "core/dates.h"
#include "demo/demo_parts.h"
#include "demo/justice_histories.h"
#include "store/copy.h"
#include "store/database.h"

namespace pathway::testing {

// Inserts `count` children living in `district` (a district already there), born 10 to 19
// years before `today` as drawn from `seed` (some have a history behind them past 18), in
// the caller's transaction; moves PostgreSQL's identity past them. Returns them as
// demo::write_justice_histories takes them.
inline std::vector<demo::HistoryChild> insert_plain_children(store::Connection& connection, int count,
                                                             std::string_view district, Date today,
                                                             std::uint64_t seed) {
  demo::DemoRandom random(seed);
  std::vector<demo::HistoryChild> children;
  children.reserve(static_cast<std::size_t>(count));
  for (int i = 1; i <= count; ++i) {
    Date born{std::chrono::sys_days{today} - std::chrono::days{3660 + random.below(9 * 365)}};
    connection.execute("INSERT INTO children (id, public_id, exchange_id, given_name, family_name, search_name,"
                       " sort_key, date_of_birth, sex, district_code, created_at, updated_at) VALUES"
                       " (?, ?, ?, 'A', 'B', 'a b', 'b a', ?, 'male', ?, '2026-01-01T00:00:00Z',"
                       " '2026-01-01T00:00:00Z')",
                       {std::int64_t{i}, "P" + std::to_string(i), "X" + std::to_string(i), to_iso(born),
                        std::string(district)});
    demo::HistoryChild child;
    child.child_id = i;
    child.date_of_birth = born;
    child.district_code = district;
    children.push_back(child);
  }
  store::advance_identity(connection, "children");
  return children;
}

}  // namespace pathway::testing
