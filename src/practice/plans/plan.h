#pragma once
// A plan agreed with a child: objectives, each answering a need area (practice/need_areas.h)
// and perhaps the assessment that found it, with the worker's words and the child's own
// words side by side, an owner, actions and a review date; and the plan's reviews. One shape
// for every kind of plan: the intervention plan (issue 11) and the resettlement plan across
// the pathways (issue 13), which is the same record with its own kind.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"

namespace pathway::practice {

enum class PlanKind { intervention, resettlement };

// "intervention", "resettlement": as stored.
std::string_view plan_kind_code(PlanKind kind);
// "Intervention plan", "Resettlement plan".
std::string_view plan_kind_label(PlanKind kind);

// Who answers for an objective: a member of staff, the child, a parent or carer, or a
// named partner agency.
enum class OwnerKind { staff, child, parent, agency };

struct ObjectiveOwner {
  OwnerKind kind = OwnerKind::staff;
  std::optional<std::int64_t> staff_id;  // for staff
  std::string name;  // the member of staff's name as read back; the parent's (optional) or agency's (required)
};

// "staff", "child", "parent", "agency": as stored; nullopt for anything else.
std::string_view owner_kind_code(OwnerKind kind);
std::optional<OwnerKind> owner_kind_from_code(std::string_view code);

// How the owner reads on the full plan: "Sam Jones (youth justice)", "The child",
// "Parent or carer: Ann Smith", "Partner agency: CAMHS".
std::string owner_text(const ObjectiveOwner& owner);

// What is to be done, by whom, by when.
struct PlanAction {
  std::int64_t id = 0;
  std::string description;
  std::string who;  // optional
  std::optional<Date> by_when;
};

struct Objective {
  std::int64_t id = 0;
  std::string need_area;  // a need area's code
  std::optional<std::int64_t> assessment_id;  // the assessment that identified the need, when known
  std::string worker_words;
  std::string child_words;  // optional: the child may not have said
  ObjectiveOwner owner;
  Date review_on;
  std::vector<PlanAction> actions;
};

struct PlanReview {
  std::int64_t id = 0;
  Date reviewed_on;
  std::string took_part;
  std::string what_changed;
  Date next_review_on;
  std::string recorded_by;  // display name
};

struct Plan {
  std::int64_t id = 0;
  PlanKind kind = PlanKind::intervention;
  std::vector<Objective> objectives;  // in the order they were added
  std::vector<PlanReview> reviews;    // oldest first
};

// When the plan is next reviewed: the last review's next review date, or before any review
// the earliest objective's review date; nullopt for a plan with neither.
std::optional<Date> next_plan_review(const Plan& plan);

}  // namespace pathway::practice
