#pragma once
// The national demo's practice records (demo_national_practice.cpp): for each child with an
// open case, a case manager of the team holding it and the work of the case so far; for
// each child whose order ended in the last two years, the assessments made while it ran
// and what followed the needs they found, as the demo county's ended orders have. The same
// proportions as the county demo's, drawn from its helpers, but generated in bulk: rows go
// in many to a statement, on a second thread, with no query per child.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/dates.h"
#include "demo/demo_national_cases.h"
#include "demo/demo_national_staff.h"
#include "store/database.h"

namespace pathway::demo {

// Rows written, by table.
using NationalPracticeCounts = std::map<std::string, std::int64_t, std::less<>>;

// Writes the allocations and practice records in the caller's transaction, ids numbered
// after each table's largest. For each open case, an allocation (from soon after what is in
// force began) to the team's case managers in turn, and by that case manager:
// - a youth justice assessment completed in the case's first weeks (most countersigned by
//   their line manager), and for some an emotional and mental health, a substance misuse or
//   a SEND screening;
// - for most, an intervention plan of two or three objectives, and for a need the
//   assessments found in mental health or substance misuse, an objective and sessions for
//   it (demo_ended_orders.h's need_follow_up);
// - the last six weeks of appointments at the case's intensity, and the next two;
// - two case notes, a flag for one child in four, where they live and what they do in the
//   day.
// For each order ended in the last two years, the case manager who held it (the current
// one, or one of the team's, allocated from the order's start to its end) completed a youth
// justice assessment and for some a SEND screening in its first weeks; sessions followed
// the mental health and substance misuse needs found, and for an open case an objective.
// And for about half of all these children, the wider services around their latest order.
// Deterministic for the seed. Throws StoreError.
NationalPracticeCounts add_national_practice(store::Connection& connection, const NationalCases& cases,
                                             const std::vector<NationalTeamStaff>& teams, std::uint64_t seed,
                                             Date today);

}  // namespace pathway::demo
