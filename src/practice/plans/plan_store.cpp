#include "practice/plans/plan_store.h"

#include <algorithm>

#include "core/dates.h"
#include "justice/row_dates.h"

namespace pathway::practice {

namespace {

using justice::date_in;
using justice::optional_date_in;
using justice::optional_date_value;

store::Value optional_id(const std::optional<std::int64_t>& id) { return id ? store::Value{*id} : store::Value{nullptr}; }

store::Value optional_text(const std::string& text) { return text.empty() ? store::Value{nullptr} : store::Value{text}; }

}  // namespace

std::optional<Plan> plan_of_child(store::Connection& connection, std::int64_t child_id, PlanKind kind) {
  auto found = connection.query_one("SELECT id FROM plans WHERE child_id = ? AND kind = ?",
                                    {child_id, std::string(plan_kind_code(kind))});
  if (!found) return std::nullopt;
  Plan plan;
  plan.id = found->integer(0);
  plan.kind = kind;
  for (const auto& row : connection.query(
           "SELECT o.id, o.need_area, o.assessment_id, o.worker_words, COALESCE(o.child_words, ''), o.owner_kind,"
           " o.owner_staff_id, COALESCE(s.display_name, o.owner_name, ''), o.review_on"
           " FROM plan_objectives o LEFT JOIN staff s ON s.id = o.owner_staff_id WHERE o.plan_id = ? ORDER BY o.id",
           {plan.id})) {
    Objective objective;
    objective.id = row.integer(0);
    objective.need_area = row.text(1);
    objective.assessment_id = row.optional_integer(2);
    objective.worker_words = row.text(3);
    objective.child_words = row.text(4);
    auto owner = owner_kind_from_code(row.text(5));
    if (!owner) throw store::StoreError("an objective owner of a kind Pathway does not know: " + row.text(5));
    objective.owner = {*owner, row.optional_integer(6), row.text(7)};
    objective.review_on = date_in(row, 8);
    plan.objectives.push_back(std::move(objective));
  }
  for (const auto& row : connection.query(
           "SELECT a.objective_id, a.id, a.description, COALESCE(a.who, ''), a.by_when FROM plan_actions a"
           " JOIN plan_objectives o ON o.id = a.objective_id WHERE o.plan_id = ? ORDER BY a.id",
           {plan.id})) {
    auto objective = std::find_if(plan.objectives.begin(), plan.objectives.end(),
                                  [&](const Objective& candidate) { return candidate.id == row.integer(0); });
    if (objective == plan.objectives.end()) continue;
    objective->actions.push_back({row.integer(1), row.text(2), row.text(3), optional_date_in(row, 4)});
  }
  for (const auto& row : connection.query(
           "SELECT r.id, r.reviewed_on, r.took_part, r.what_changed, r.next_review_on, s.display_name"
           " FROM plan_reviews r JOIN staff s ON s.id = r.recorded_by WHERE r.plan_id = ?"
           " ORDER BY r.reviewed_on, r.id",
           {plan.id})) {
    plan.reviews.push_back(
        {row.integer(0), date_in(row, 1), row.text(2), row.text(3), date_in(row, 4), row.text(5)});
  }
  return plan;
}

AddedObjective add_objective(store::Connection& connection, std::int64_t child_id, PlanKind kind,
                             const Objective& objective, std::int64_t staff_id, const std::string& at) {
  std::string kind_code(plan_kind_code(kind));
  auto found = connection.query_one("SELECT id FROM plans WHERE child_id = ? AND kind = ?", {child_id, kind_code});
  std::int64_t plan_id =
      found ? found->integer(0)
            : connection
                  .query_one("INSERT INTO plans (child_id, kind, created_by, created_at) VALUES (?, ?, ?, ?) RETURNING id",
                             {child_id, kind_code, staff_id, at})
                  ->integer(0);
  const auto& owner = objective.owner;
  std::int64_t objective_id =
      connection
          .query_one(
              "INSERT INTO plan_objectives (plan_id, need_area, assessment_id, worker_words, child_words, owner_kind,"
              " owner_staff_id, owner_name, review_on, created_by, created_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {plan_id, objective.need_area, optional_id(objective.assessment_id), objective.worker_words,
               optional_text(objective.child_words), std::string(owner_kind_code(owner.kind)), optional_id(owner.staff_id),
               owner.kind == OwnerKind::staff ? store::Value{nullptr} : optional_text(owner.name),
               to_iso(objective.review_on), staff_id, at})
          ->integer(0);
  for (const auto& action : objective.actions) add_action(connection, objective_id, action, at);
  return {plan_id, objective_id};
}

std::int64_t add_action(store::Connection& connection, std::int64_t objective_id, const PlanAction& action,
                        const std::string& at) {
  return connection
      .query_one("INSERT INTO plan_actions (objective_id, description, who, by_when, created_at) VALUES (?, ?, ?, ?, ?)"
                 " RETURNING id",
                 {objective_id, action.description, optional_text(action.who), optional_date_value(action.by_when), at})
      ->integer(0);
}

std::int64_t add_review(store::Connection& connection, std::int64_t plan_id, const PlanReview& review,
                        std::int64_t staff_id, const std::string& at) {
  return connection
      .query_one("INSERT INTO plan_reviews (plan_id, reviewed_on, took_part, what_changed, next_review_on, recorded_by,"
                 " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 {plan_id, to_iso(review.reviewed_on), review.took_part, review.what_changed,
                  to_iso(review.next_review_on), staff_id, at})
      ->integer(0);
}

std::vector<StaffChoice> objective_owners(store::Connection& connection, std::int64_t child_id, std::int64_t also) {
  std::vector<StaffChoice> owners;
  for (const auto& row : connection.query(
           "SELECT s.id, s.display_name FROM staff s WHERE s.active = 1 AND (s.id = ?"
           " OR s.id IN (SELECT w.staff_id FROM case_workers w WHERE w.child_id = ? AND w.ended_at IS NULL)"
           " OR s.team_code = (SELECT c.holding_team_code FROM children c WHERE c.id = ?))"
           " ORDER BY s.display_name, s.id",
           {also, child_id, child_id})) {
    owners.push_back({row.integer(0), row.text(1)});
  }
  return owners;
}

}  // namespace pathway::practice
