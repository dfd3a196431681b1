#pragma once
// The plans in the database: a child has at most one plan of each kind, made when its first
// objective is added. Every writer is called inside the change's transaction, with its audit
// event. Throws StoreError.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "practice/plans/plan.h"
#include "practice/plans/plan_forms.h"
#include "store/database.h"

namespace pathway::practice {

// The child's plan of `kind` with its objectives, actions and reviews; nullopt before its
// first objective.
std::optional<Plan> plan_of_child(store::Connection& connection, std::int64_t child_id, PlanKind kind);

// Adds the objective with its actions, making the plan first when the child has none of
// this kind. Returns the plan's id and the objective's.
struct AddedObjective {
  std::int64_t plan_id;
  std::int64_t objective_id;
};
AddedObjective add_objective(store::Connection& connection, std::int64_t child_id, PlanKind kind,
                             const Objective& objective, std::int64_t staff_id, const std::string& at);

// Adds an action to an objective of the plan. Returns its id.
std::int64_t add_action(store::Connection& connection, std::int64_t objective_id, const PlanAction& action,
                        const std::string& at);

// Records a review of the plan. Returns its id.
std::int64_t add_review(store::Connection& connection, std::int64_t plan_id, const PlanReview& review,
                        std::int64_t staff_id, const std::string& at);

// Who an objective may be given to on this child's plan: the staff allocated to the child,
// the staff of the child's holding team, and `also` (the one writing), by name, each once.
std::vector<StaffChoice> objective_owners(store::Connection& connection, std::int64_t child_id, std::int64_t also);

}  // namespace pathway::practice
