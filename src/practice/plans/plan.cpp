#include "practice/plans/plan.h"

#include <algorithm>

namespace pathway::practice {

std::string_view plan_kind_code(PlanKind kind) {
  return kind == PlanKind::resettlement ? "resettlement" : "intervention";
}

std::string_view plan_kind_label(PlanKind kind) {
  return kind == PlanKind::resettlement ? "Resettlement plan" : "Intervention plan";
}

namespace {

struct OwnerKindCode {
  OwnerKind kind;
  std::string_view code;
};
constexpr OwnerKindCode owner_kinds[] = {
    {OwnerKind::staff, "staff"}, {OwnerKind::child, "child"}, {OwnerKind::parent, "parent"}, {OwnerKind::agency, "agency"}};

}  // namespace

std::string_view owner_kind_code(OwnerKind kind) {
  for (const auto& entry : owner_kinds) {
    if (entry.kind == kind) return entry.code;
  }
  return "staff";
}

std::optional<OwnerKind> owner_kind_from_code(std::string_view code) {
  for (const auto& entry : owner_kinds) {
    if (entry.code == code) return entry.kind;
  }
  return std::nullopt;
}

std::string owner_text(const ObjectiveOwner& owner) {
  switch (owner.kind) {
    case OwnerKind::staff:
      return owner.name + " (youth justice)";
    case OwnerKind::child:
      return "The child";
    case OwnerKind::parent:
      return owner.name.empty() ? "Parent or carer" : "Parent or carer: " + owner.name;
    case OwnerKind::agency:
      return "Partner agency: " + owner.name;
  }
  return owner.name;
}

std::optional<Date> next_plan_review(const Plan& plan) {
  if (!plan.reviews.empty()) return plan.reviews.back().next_review_on;
  if (plan.objectives.empty()) return std::nullopt;
  return std::min_element(plan.objectives.begin(), plan.objectives.end(),
                          [](const Objective& a, const Objective& b) { return a.review_on < b.review_on; })
      ->review_on;
}

}  // namespace pathway::practice
