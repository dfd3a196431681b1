#pragma once
// The demo county's case formulations and intervention plans (demo_plans.cpp).
#include <cstdint>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

// Gives most children with a case manager a case formulation (some with an earlier
// version) and an intervention plan of two or three objectives, each with the child's own
// words, an owner, actions and a review date; some plans reviewed, some with the review
// overdue, some just agreed. Written by the child's case manager. Returns how many plans.
int add_demo_plans(store::Connection& connection, std::uint64_t seed, Date today);

}  // namespace pathway::demo
