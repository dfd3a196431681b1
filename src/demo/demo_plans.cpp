// The demo county's formulations and plans: realistic, trauma-informed text in a practitioner's
// voice and the child's, drawn from a small set of objectives per need area, so every page
// and print of the plan has something to show, in every state of its review.
#include "demo/demo_plans.h"

#include <chrono>

#include "demo/demo_parts.h"
#include "practice/plans/formulation.h"
#include "practice/plans/plan_store.h"

namespace pathway::demo {

namespace {

using practice::OwnerKind;

constexpr DemoObjective objectives[] = {
    {"education_training_employment", "Return to full-time education with support for literacy.",
     "I want to go to college and do mechanics.", OwnerKind::staff, "",
     {"Visit the college open day together", "Ask the school for the education plan"}},
    {"emotional_mental_health", "Be seen by CAMHS about low mood and poor sleep.",
     "I can't sleep and my head is always busy.", OwnerKind::agency, "CAMHS",
     {"Referral letter to CAMHS", "Sleep diary for two weeks"}},
    {"substance_misuse", "Cut down cannabis use and understand its effect on mood.",
     "I smoke to calm down. I'll try to cut down.", OwnerKind::agency, "Young people's drug and alcohol service",
     {"First appointment with the drug worker", ""}},
    {"family_relationships", "Rebuild contact with dad through supervised visits.", "I miss my dad.",
     OwnerKind::parent, "Mum", {"Family meeting with mum", "Arrange the first visit"}},
    {"constructive_activities_identity", "Join a local sports club on Saturdays.", "I used to love boxing.",
     OwnerKind::child, "", {"Go to a trial session at the boxing club", ""}},
    {"accommodation", "Keep the supported lodgings placement stable.", "I like my room. I want to stay.",
     OwnerKind::agency, "Children's social care", {"Placement review with the social worker", ""}},
    {"offending_behaviour", "Understand what led to the offence and plan how to walk away next time.",
     "I don't want to get in trouble again.", OwnerKind::staff, "",
     {"Weekly one-to-one sessions on choices and consequences", "Victim awareness session"}},
    {"speech_language_communication", "Have a speech and language screening so sessions can be adapted.", "",
     OwnerKind::staff, "", {"Book the speech and language therapist", ""}},
};

struct CaseManaged {
  std::int64_t child_id;
  std::int64_t case_manager;
  std::string given_name;
};

std::vector<CaseManaged> case_managed_children(store::Connection& connection) {
  std::vector<CaseManaged> children;
  for (const auto& row : connection.query(
           "SELECT c.id, w.staff_id, c.given_name FROM children c JOIN case_workers w ON w.child_id = c.id"
           " WHERE w.case_role = 'case_manager' AND w.ended_at IS NULL ORDER BY c.id")) {
    children.push_back({row.integer(0), row.integer(1), row.text(2)});
  }
  return children;
}

void add_formulation(store::Connection& connection, DemoRandom& random, const CaseManaged& child, Date today) {
  std::string name = child.given_name;
  std::map<std::string, std::string> first = {
      {"what-happened", name + " grew up with domestic abuse at home and lost a grandparent they were close to."
                                " Excluded from school in Year 9."},
      {"what-it-means", name + " expects adults to let them down and reacts quickly when they feel disrespected."},
  };
  Date written = days_after(today, -120 - static_cast<int>(random.below(60)));
  practice::save_formulation(connection, child.child_id, first, child.case_manager, instant_on(written, 10));
  if (!random.chance(600)) return;
  auto second = first;
  second["keeps-safe"] = "A trusted aunt nearby; boxing; a youth worker " + name + " has known for years.";
  second["what-helps"] = "Short sessions, walking rather than sitting across a desk; being told what happens next.";
  second["child-view"] = "\"People only see what I did, not why.\"";
  practice::save_formulation(connection, child.child_id, second, child.case_manager,
                             instant_on(days_after(written, 45), 14));
}

}  // namespace

std::span<const DemoObjective> demo_objectives() { return objectives; }

int add_demo_plans(store::Connection& connection, std::uint64_t seed, Date today) {
  DemoRandom random(seed ^ 0x706c616e73ULL);  // "plans"
  int plans = 0;
  for (const auto& child : case_managed_children(connection)) {
    if (!random.chance(700)) continue;
    add_formulation(connection, random, child, today);
    // The plan's state: 0 just agreed, 1 reviewed with the next review ahead, 2 review overdue.
    int state = static_cast<int>(random.below(3));
    Date agreed = days_after(today, state == 0 ? -7 : -100 - static_cast<int>(random.below(40)));
    std::size_t count = 2 + random.below(2);
    std::size_t first = random.below(static_cast<std::uint32_t>(std::size(objectives)));
    for (std::size_t i = 0; i < count; ++i) {
      const auto& chosen = objectives[(first + i * 3) % std::size(objectives)];
      practice::Objective objective;
      objective.need_area = chosen.need_area;
      objective.worker_words = chosen.worker_words;
      objective.child_words = chosen.child_words;
      objective.owner = {chosen.owner, chosen.owner == OwnerKind::staff ? std::optional(child.case_manager) : std::nullopt,
                         chosen.owner_name};
      objective.review_on = days_after(agreed, 84 + static_cast<int>(i) * 7);
      for (const char* action : chosen.actions) {
        if (*action) objective.actions.push_back({0, action, "", days_after(agreed, 14 + static_cast<int>(random.below(30)))});
      }
      practice::add_objective(connection, child.child_id, practice::PlanKind::intervention, objective,
                              child.case_manager, instant_on(agreed, 11));
    }
    auto plan = practice::plan_of_child(connection, child.child_id, practice::PlanKind::intervention);
    if (state != 0 && plan) {
      Date reviewed = days_after(agreed, 84);
      Date next = state == 1 ? days_after(today, 30 + static_cast<int>(random.below(60)))
                             : days_after(today, -1 - static_cast<int>(random.below(10)));
      practice::add_review(connection, plan->id,
                           {0, reviewed, child.given_name + ", their parent or carer, case manager",
                            "Good progress on the first objective; the second carried forward with a new action.", next,
                            ""},
                           child.case_manager, instant_on(reviewed, 15));
    }
    ++plans;
  }
  return plans;
}

}  // namespace pathway::demo
