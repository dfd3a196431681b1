#include "demo/demo_contacts.h"

#include <array>
#include <string_view>

#include "justice/order_progress.h"
#include "justice/periods.h"
#include "practice/contacts/appointments.h"
#include "practice/contacts/calendar_addresses.h"

namespace pathway::demo {

namespace {

using justice::add_days;

struct DemoCase {
  std::int64_t child_id = 0;
  std::int64_t staff_id = 0;
  std::string username;
  std::string worker_name;
  std::string intensity;
  Date allocated;
};

std::vector<DemoCase> demo_cases(store::Connection& connection) {
  std::vector<DemoCase> cases;
  for (const auto& row : connection.query(
           "SELECT w.child_id, s.id, s.username, s.display_name, w.intensity, w.started_at FROM case_workers w"
           " JOIN staff s ON s.id = w.staff_id WHERE w.case_role = 'case_manager' AND w.ended_at IS NULL"
           " ORDER BY w.child_id")) {
    cases.push_back({row.integer(0), row.integer(1), row.text(2), row.text(3), row.text(4),
                     parse_iso_date(std::string_view(row.text(5)).substr(0, 10)).value_or(Date{})});
  }
  return cases;
}

constexpr std::array<std::string_view, 4> places = {"Youth justice office", "Home visit address on file",
                                                    "School", "Community centre"};
constexpr std::array<std::string_view, 3> engagement = {"good", "some", "poor"};
constexpr std::array<std::string_view, 3> acceptable = {"Ill, with a note from the GP", "Family funeral",
                                                        "College exam that morning"};
constexpr std::array<std::string_view, 3> unacceptable = {"No reason given", "Said he forgot",
                                                          "Not at home when we called"};
constexpr std::array<std::string_view, 3> contact_notes = {
    "Talked about college applications and what gets in the way.",
    "Went through the reparation plan; wants to work outdoors.",
    "Discussed the people he spends time with and staying safe in town."};

// The needs the demo's intervention sessions answer, so that the YJB's mental health and
// substance misuse indicators (docs/kpi.md) find interventions attended.
constexpr std::array<std::string_view, 4> intervention_needs = {
    "education_training_employment", "offending_behaviour", "emotional_mental_health", "substance_misuse"};

// The child's order running on `day`, for a warning, if any.
std::optional<std::int64_t> order_on(store::Connection& connection, std::int64_t child_id, Date day) {
  auto row = connection.query_one(
      "SELECT id FROM outcomes WHERE child_id = ? AND outcome_type IN ('referral_order', 'youth_rehabilitation_order',"
      " 'youth_rehabilitation_order_iss') AND outcome_date <= ? AND (end_date IS NULL OR end_date >= ?)"
      " ORDER BY outcome_date DESC, id DESC LIMIT 1",
      {child_id, to_iso(day), to_iso(day)});
  if (!row) return std::nullopt;
  return row->integer(0);
}

}  // namespace

int days_between_contacts(std::string_view intensity) {
  if (intensity == "intensive") return 3;
  if (intensity == "enhanced") return 6;
  return 12;
}

DemoAppointment demo_appointment(std::int64_t child_id, int n) {
  // A number from 0 to 999 that stays the same for a child's nth appointment.
  auto x = static_cast<std::uint64_t>(child_id) * 2654435761u + static_cast<std::uint64_t>(n) * 40503u + 12345u;
  x ^= x >> 13;
  x *= 0x9E3779B97F4A7C15ull;
  x ^= x >> 29;
  auto dice = static_cast<std::uint32_t>(x % 1000);

  DemoAppointment drawn;
  drawn.kind = dice % 5 == 0 ? "home_visit" : (dice % 7 == 0 ? "intervention_session" : "supervision");
  drawn.start_minute = static_cast<int>((9 + dice % 8) * 60 + (dice % 2) * 30);
  drawn.place = places[dice % places.size()];
  if (dice < 820) {
    drawn.status = "attended";
    drawn.engagement = engagement[dice % engagement.size()];
    drawn.minutes = 40 + static_cast<int>(dice % 30);
    drawn.note = contact_notes[dice % contact_notes.size()];
    if (drawn.kind == "intervention_session") {
      drawn.intervention = dice % 2 ? "one_to_one" : "programme_session";
      if (drawn.intervention == "programme_session") drawn.programme = "Choices and consequences";
      drawn.need_area = intervention_needs[(dice / 7) % intervention_needs.size()];
    }
  } else if (dice < 900) {
    drawn.status = "acceptable_absence";
    drawn.reason = acceptable[dice % acceptable.size()];
  } else {
    drawn.status = "unacceptable_absence";
    drawn.reason = unacceptable[dice % unacceptable.size()];
    drawn.may_warn = dice % 2 == 1;
  }
  return drawn;
}

DemoContactCounts add_demo_contacts(store::Connection& connection, Date today) {
  DemoContactCounts counts;
  for (const auto& demo : demo_cases(connection)) {
    Date first = std::max(add_days(today, -365), demo.allocated);
    int step = days_between_contacts(demo.intensity);
    int n = 0;
    for (Date day = add_days(first, 1); day < today; day = add_days(day, step), ++n) {
      auto drawn = demo_appointment(demo.child_id, n);
      practice::AppointmentPlan plan{demo.staff_id, std::string(drawn.kind), day, drawn.start_minute, 60,
                                     std::string(drawn.place), ""};
      auto id = practice::schedule_appointment(connection, demo.child_id, plan, demo.username);
      ++counts.appointments;
      practice::AppointmentOutcome outcome;
      outcome.status = std::string(drawn.status);
      outcome.reason = std::string(drawn.reason);
      std::optional<std::int64_t> warning;
      if (drawn.status == "attended") {
        outcome.engagement = std::string(drawn.engagement);
        outcome.minutes = drawn.minutes;
        outcome.present = "The child and " + demo.worker_name;
        outcome.note = std::string(drawn.note);
        outcome.intervention = std::string(drawn.intervention);
        outcome.programme = std::string(drawn.programme);
        outcome.need_area = std::string(drawn.need_area);
      } else if (drawn.may_warn) {
        if (auto order = order_on(connection, demo.child_id, day)) {
          warning = justice::add_warning(connection, *order,
                                         {day, "Unacceptable absence: " + outcome.reason, demo.worker_name});
          ++counts.warnings;
        }
      }
      practice::record_appointment_outcome(connection, id, outcome, warning, demo.username);
    }
    for (int ahead : coming_appointment_days) {
      practice::schedule_appointment(connection, demo.child_id,
                                     {demo.staff_id, "supervision", add_days(today, ahead), 10 * 60, 60,
                                      "Youth justice office", ""},
                                     demo.username);
      ++counts.appointments;
    }
  }
  // The demo's own case manager has an address; its secret, shown once, is not kept.
  if (auto row = connection.query_one("SELECT id FROM staff WHERE username = 'caseworker'")) {
    practice::issue_calendar_secret(connection, row->integer(0));
  }
  return counts;
}

}  // namespace pathway::demo
