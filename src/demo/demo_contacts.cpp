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

// Days between contacts: a little more often than the default expectation asks, so most
// children are seen as planned and a few, whose absences pile up, are not.
int days_between(const std::string& intensity) {
  if (intensity == "intensive") return 3;
  if (intensity == "enhanced") return 6;
  return 12;
}

// A number from 0 to 999 that stays the same for a child's nth appointment.
std::uint32_t roll(std::int64_t child_id, int n) {
  auto x = static_cast<std::uint64_t>(child_id) * 2654435761u + static_cast<std::uint64_t>(n) * 40503u + 12345u;
  x ^= x >> 13;
  x *= 0x9E3779B97F4A7C15ull;
  x ^= x >> 29;
  return static_cast<std::uint32_t>(x % 1000);
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

// The needs the demo's intervention sessions answer, so that the YJB's mental health and
// substance misuse indicators (docs/kpi.md) find interventions attended.
constexpr std::array<std::string_view, 4> intervention_needs = {
    "education_training_employment", "offending_behaviour", "emotional_mental_health", "substance_misuse"};

DemoContactCounts add_demo_contacts(store::Connection& connection, Date today) {
  DemoContactCounts counts;
  for (const auto& demo : demo_cases(connection)) {
    Date first = std::max(add_days(today, -365), demo.allocated);
    int step = days_between(demo.intensity);
    int n = 0;
    for (Date day = add_days(first, 1); day < today; day = add_days(day, step), ++n) {
      std::uint32_t dice = roll(demo.child_id, n);
      practice::AppointmentPlan plan{demo.staff_id,
                                     dice % 5 == 0 ? "home_visit" : (dice % 7 == 0 ? "intervention_session" : "supervision"),
                                     day,
                                     static_cast<int>((9 + dice % 8) * 60 + (dice % 2) * 30),
                                     60,
                                     std::string(places[dice % places.size()]),
                                     ""};
      auto id = practice::schedule_appointment(connection, demo.child_id, plan, demo.username);
      ++counts.appointments;
      practice::AppointmentOutcome outcome;
      std::optional<std::int64_t> warning;
      if (dice < 820) {
        outcome.status = "attended";
        outcome.engagement = std::string(engagement[dice % engagement.size()]);
        outcome.minutes = 40 + static_cast<int>(dice % 30);
        outcome.present = "The child and " + demo.worker_name;
        outcome.note = std::string(contact_notes[dice % contact_notes.size()]);
        if (plan.kind == "intervention_session") {
          outcome.intervention = dice % 2 ? "one_to_one" : "programme_session";
          if (outcome.intervention == "programme_session") outcome.programme = "Choices and consequences";
          outcome.need_area = std::string(intervention_needs[(dice / 7) % intervention_needs.size()]);
        }
      } else if (dice < 900) {
        outcome.status = "acceptable_absence";
        outcome.reason = std::string(acceptable[dice % acceptable.size()]);
      } else {
        outcome.status = "unacceptable_absence";
        outcome.reason = std::string(unacceptable[dice % unacceptable.size()]);
        auto order = dice % 2 ? order_on(connection, demo.child_id, day) : std::nullopt;
        if (order) {
          warning = justice::add_warning(connection, *order,
                                         {day, "Unacceptable absence: " + outcome.reason, demo.worker_name});
          ++counts.warnings;
        }
      }
      practice::record_appointment_outcome(connection, id, outcome, warning, demo.username);
    }
    // What is coming: the next two, in the next fortnight.
    for (int ahead : {2, 9}) {
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
