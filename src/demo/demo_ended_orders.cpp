#include "demo/demo_ended_orders.h"

#include <algorithm>
#include <chrono>
#include <string_view>

#include "core/clock.h"
#include "demo/demo_parts.h"
#include "justice/row_dates.h"
#include "practice/assessments/assessment_findings.h"
#include "practice/contacts/appointments.h"
#include "practice/plans/plan_store.h"

namespace pathway::demo {

namespace {

// The needs the order's completed assessments found, each once.
std::vector<std::string> needs_found(store::Connection& connection, const EndedOrder& order) {
  std::vector<std::string> found;
  for (const auto& row : connection.query(
           "SELECT id FROM assessments WHERE child_id = ? AND state <> 'draft' AND completed_on >= ? AND "
           "completed_on <= ? ORDER BY id",
           {order.child_id, to_iso(order.start), to_iso(order.end)})) {
    for (auto& need : practice::needs_identified(connection, row.integer(0))) {
      if (std::find(found.begin(), found.end(), need) == found.end()) found.push_back(std::move(need));
    }
  }
  return found;
}

void add_objective(store::Connection& connection, const EndedOrder& order, const NeedWork& work, Date planned_on) {
  practice::Objective objective;
  objective.need_area = std::string(work.need_area);
  objective.worker_words = std::string(work.objective);
  objective.owner = {practice::OwnerKind::staff, order.case_manager, ""};
  objective.review_on = days_after(planned_on, 84);
  practice::add_objective(connection, order.child_id, practice::PlanKind::intervention, objective, order.case_manager,
                          instant_on(planned_on, 11));
}

// The objective (for an open case) and the sessions of the need's follow-up.
void follow_need(store::Connection& connection, DemoRandom& random, const EndedOrder& order, const NeedWork& work,
                 Date found_on) {
  auto follow_up = need_follow_up(random, found_on, order.end);
  if (!follow_up.planned_on) return;
  // An intervention plan's reviews go on until the plan is reviewed (a plan has no end yet):
  // only a child whose case is still open gets an objective, so that no closed case has a
  // review falling due. The sessions were delivered either way.
  if (order.case_open) {
    add_objective(connection, order, work, *follow_up.planned_on);
  }
  for (Date held : follow_up.sessions) {
    auto id = practice::schedule_appointment(
        connection, order.child_id,
        {order.case_manager, "intervention_session", held, 16 * 60, 60, "Youth justice office", ""},
        order.case_manager_username);
    practice::AppointmentOutcome outcome;
    outcome.status = "attended";
    outcome.present = "The child and their case manager";
    outcome.minutes = 50;
    outcome.engagement = random.chance(600) ? "good" : "some";
    outcome.note = std::string(need_session_note);
    outcome.intervention = "one_to_one";
    outcome.programme = std::string(work.programme);
    outcome.need_area = std::string(work.need_area);
    practice::record_appointment_outcome(connection, id, outcome, std::nullopt, order.case_manager_username);
  }
}

}  // namespace

std::span<const NeedWork> needs_followed() {
  static constexpr NeedWork all[] = {
      {"emotional_mental_health", "Be seen by CAMHS about low mood and keep to the sessions agreed.",
       "Emotional wellbeing sessions"},
      {"substance_misuse", "Work with the substance misuse service on cannabis use and what it does to mood.",
       "Substance misuse sessions"},
  };
  return all;
}

NeedFollowUp need_follow_up(DemoRandom& random, Date found_on, Date order_end) {
  NeedFollowUp follow_up;
  Date planned_on = days_after(found_on, 15 + static_cast<int>(random.below(10)));
  if (planned_on > order_end || !random.chance(750)) return follow_up;
  follow_up.planned_on = planned_on;
  if (!random.chance(650)) return follow_up;
  int sessions = 1 + static_cast<int>(random.below(4));
  for (int n = 0; n < sessions; ++n) {
    Date held = days_after(planned_on, 7 + 14 * n);
    if (held > order_end) break;
    follow_up.sessions.push_back(held);
  }
  return follow_up;
}

std::vector<EndedOrder> ended_orders(store::Connection& connection, Date today) {
  std::vector<EndedOrder> orders;
  for (const auto& row : connection.query(
           "SELECT o.child_id, COALESCE(o.start_date, o.outcome_date), o.end_date, w.staff_id, s.username, "
           "CASE WHEN w.ended_at IS NULL THEN 1 ELSE 0 END "
           "FROM outcomes o JOIN case_workers w ON w.id = (SELECT MAX(l.id) FROM case_workers l "
           "WHERE l.child_id = o.child_id AND l.case_role = 'case_manager') JOIN staff s ON s.id = w.staff_id "
           "WHERE o.start_date IS NOT NULL AND o.end_date >= ? AND o.end_date <= ? AND o.completion IS NOT NULL "
           "AND o.completion <> 'ongoing' ORDER BY o.child_id, o.end_date DESC, o.id DESC",
           {to_iso(days_after(today, -730)), to_iso(today)})) {
    std::int64_t child = row.integer(0);
    if (!orders.empty() && orders.back().child_id == child) continue;
    orders.push_back(
        {child, justice::date_in(row, 1), justice::date_in(row, 2), row.integer(3), row.text(4), row.integer(5) == 1});
  }
  return orders;
}

void add_demo_ended_order_work(store::Connection& connection, std::uint64_t seed, Date today) {
  DemoRandom random(seed ^ 0x656e646564ULL);  // "ended"
  for (const auto& order : ended_orders(connection, today)) {
    auto found = needs_found(connection, order);
    for (const auto& work : needs_followed()) {
      if (std::find(found.begin(), found.end(), work.need_area) == found.end()) continue;
      follow_need(connection, random, order, work, order.start);
    }
  }
}

}  // namespace pathway::demo
