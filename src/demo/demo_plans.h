#pragma once
// The demo county's case formulations and intervention plans (demo_plans.cpp).
#include <cstdint>
#include <span>

#include "core/dates.h"
#include "practice/plans/plan_store.h"
#include "store/database.h"

namespace pathway::demo {

// Gives most children with a case manager a case formulation (some with an earlier
// version) and an intervention plan of two or three objectives, each with the child's own
// words, an owner, actions and a review date; some plans reviewed, some with the review
// overdue, some just agreed. Written by the child's case manager. Returns how many plans.
// An objective of the demo's plans: the need it answers, the worker's and the child's
// words, its owner (a parent's or agency's name; a member of staff's is the case manager)
// and up to two actions ("" for none).
struct DemoObjective {
  const char* need_area;
  const char* worker_words;
  const char* child_words;
  practice::OwnerKind owner;
  const char* owner_name;
  const char* actions[2];
};
// One for each of eight need areas.
std::span<const DemoObjective> demo_objectives();

int add_demo_plans(store::Connection& connection, std::uint64_t seed, Date today);

}  // namespace pathway::demo
