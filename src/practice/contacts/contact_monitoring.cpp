#include "practice/contacts/contact_monitoring.h"

#include "core/clock.h"
#include "justice/periods.h"
#include "practice/contacts/appointments.h"
#include "practice/contacts/contact_vocabulary.h"

namespace pathway::practice {

namespace {

Date day_of_instant(const std::string& instant) {
  // Allocations are stamped "YYYY-MM-DDTHH:MM:SSZ": the day is its first ten characters.
  return parse_iso_date(std::string_view(instant).substr(0, 10)).value_or(Date{});
}

}  // namespace

ContactExpectation contact_expectation(store::Connection& connection, allocation::Intensity intensity) {
  auto row = connection.query_one("SELECT contacts, period_days FROM contact_expectations WHERE intensity = ?",
                                  {std::string(allocation::intensity_code(intensity))});
  if (!row) return default_contact_expectation(intensity);
  return {static_cast<int>(row->integer(0)), static_cast<int>(row->integer(1))};
}

void set_contact_expectation(store::Connection& connection, allocation::Intensity intensity,
                             const ContactExpectation& expectation, const std::string& by) {
  std::string code(allocation::intensity_code(intensity));
  connection.execute("DELETE FROM contact_expectations WHERE intensity = ?", std::vector<store::Value>{code});
  connection.execute("INSERT INTO contact_expectations (intensity, contacts, period_days, set_by, set_at)"
                     " VALUES (?, ?, ?, ?, ?)",
                     std::vector<store::Value>{code, std::int64_t{expectation.contacts},
                                               std::int64_t{expectation.period_days}, by,
                                               to_iso_instant(now_unix_seconds())});
}

std::optional<ContactCheck> contact_check(store::Connection& connection, std::int64_t child_id, Date today) {
  auto row = connection.query_one("SELECT intensity, started_at FROM case_workers WHERE child_id = ?"
                                  " AND case_role = 'case_manager' AND ended_at IS NULL",
                                  {child_id});
  if (!row) return std::nullopt;
  ContactCheck check;
  check.intensity = allocation::intensity_from_code(row->text(0)).value_or(allocation::Intensity::standard);
  check.expectation = contact_expectation(connection, check.intensity);
  Date counted_from = day_of_instant(row->text(1));
  auto seen = days_seen(connection, child_id, justice::add_days(today, 1 - check.expectation.period_days), today);
  auto days = planned_against_seen(check.expectation, seen, counted_from, today, today);
  check.seen = static_cast<int>(seen.size());
  check.judged = !days.empty();
  check.seen_as_planned = !check.judged || !days.back().short_of_plan();
  return check;
}

std::vector<std::string> children_not_seen_as_planned(store::Connection& connection, std::int64_t staff_id, Date today) {
  std::vector<std::string> unseen;
  for (const auto& row : connection.query("SELECT DISTINCT c.id, c.public_id FROM case_workers w"
                                          " JOIN children c ON c.id = w.child_id"
                                          " WHERE w.staff_id = ? AND w.ended_at IS NULL ORDER BY c.public_id",
                                          std::vector<store::Value>{staff_id})) {
    auto check = contact_check(connection, row.integer(0), today);
    if (check && !check->seen_as_planned) unseen.push_back(row.text(1));
  }
  return unseen;
}

std::vector<AttendanceChange> attendance_changes_since(store::Connection& connection, std::int64_t child_id,
                                                       std::int64_t since) {
  auto appointments = appointments_of_child(connection, child_id);  // latest first
  std::vector<AttendanceChange> changes;
  const Appointment* later = nullptr;  // the next appointment with an outcome, going back in time
  for (const auto& appointment : appointments) {
    if (!appointment.outcome) continue;
    if (later && is_absence(later->status) && is_absence(appointment.status) && later->outcome_at &&
        *later->outcome_at > since) {
      changes.insert(changes.begin(), {child_id, later->id, *later->outcome_at,
                                       "Missed two appointments in a row: " + to_display(appointment.plan.starts_on) +
                                           " and " + to_display(later->plan.starts_on)});
    }
    later = &appointment;
  }
  return changes;
}

}  // namespace pathway::practice
