#pragma once
// The national demo's cases, read back from the justice records once they are written: who
// has an open case today (an order or out-of-court programme in force, or a remand or bail
// while the case is in court), whose order ended in the last two years, and the team
// holding each. The practice records (demo_national_practice.h) are written for them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

// A child with practice records to write.
struct NationalCase {
  std::int64_t child_id = 0;
  Date born;
  std::string given_name;
  bool looked_after = false;
  std::uint32_t team = 0;  // index into NationalCases::teams
  // An open case: what is in force today began on this day (the latest start among them).
  std::optional<Date> open_since;
  // The programme or order that ended last in the two years before today: its first day
  // (its start date) and its end, as the county demo's ended_orders reads them.
  std::optional<Date> ended_start, ended_end;
  // The latest order (justice::is_order), from its first day to its end (today while it
  // runs): what the wider services are dated around, as the county's are.
  Date period_start, period_end;
};

struct NationalCases {
  std::vector<std::string> teams;  // holding teams' codes, in the order first met
  std::vector<NationalCase> cases;  // children with an open case or an order ended lately, in id order
  std::int64_t open = 0;
  std::int64_t ended = 0;
};

// Reads the children and their outcomes and remands in one pass each. Throws StoreError.
NationalCases read_national_cases(store::Connection& connection, Date today);

}  // namespace pathway::demo
