#include "practice/contacts/appointments.h"

#include <cstdio>

#include "core/clock.h"

namespace pathway::practice {

namespace {

constexpr std::string_view appointment_columns =
    "a.id, a.child_id, a.practitioner_id, a.kind, a.starts_on, a.start_time, a.planned_minutes, a.place, a.with_whom,"
    " a.status, COALESCE(a.status_reason, ''), COALESCE(a.present, ''), COALESCE(a.held_at, ''), a.minutes_taken,"
    " COALESCE(a.engagement, ''), COALESCE(a.note, ''), COALESCE(a.intervention, ''), COALESCE(a.programme, ''),"
    " COALESCE(a.need_area, ''), a.warning_id, a.outcome_at, s.display_name";

// "HH:MM" back to minutes after midnight; 0 for text the store should never hold.
int minute_of(const std::string& clock) {
  int hours = 0, minutes = 0;
  if (std::sscanf(clock.c_str(), "%d:%d", &hours, &minutes) != 2) return 0;
  return hours * 60 + minutes;
}

store::Value text_or_null(const std::string& text) { return text.empty() ? store::Value{nullptr} : store::Value{text}; }

Appointment appointment_in(const store::Row& row) {
  Appointment appointment;
  appointment.id = row.integer(0);
  appointment.child_id = row.integer(1);
  appointment.plan = {row.integer(2),
                      row.text(3),
                      parse_iso_date(row.text(4)).value_or(Date{}),
                      minute_of(row.text(5)),
                      static_cast<int>(row.integer(6)),
                      row.text(7),
                      row.text(8)};
  appointment.status = row.text(9);
  appointment.status_reason = row.text(10);
  if (appointment.status != "scheduled" && appointment.status != "cancelled") {
    AppointmentOutcome outcome{appointment.status, appointment.status_reason, row.text(11), row.text(12),
                               std::nullopt,       row.text(14),              row.text(15), row.text(16),
                               row.text(17),       row.text(18)};
    if (auto minutes = row.optional_integer(13)) outcome.minutes = static_cast<int>(*minutes);
    appointment.outcome = outcome;
  }
  appointment.warning_id = row.optional_integer(19);
  if (auto at = row.optional_text(20)) appointment.outcome_at = parse_iso_instant(*at);
  appointment.practitioner_name = row.text(21);
  return appointment;
}

std::string initials_of(const std::string& given, const std::string& family) {
  std::string initials;
  for (const auto* name : {&given, &family}) {
    if (name->empty()) continue;
    // The first character, whole: a name may begin with a letter of more than one byte.
    std::size_t length = 1;
    while (length < name->size() && (static_cast<unsigned char>((*name)[length]) & 0xC0) == 0x80) ++length;
    initials += name->substr(0, length) + ".";
  }
  return initials;
}

}  // namespace

std::string clock_time(int start_minute) {
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", (start_minute / 60) % 24, start_minute % 60);
  return text;
}

std::int64_t schedule_appointment(store::Connection& connection, std::int64_t child_id, const AppointmentPlan& plan,
                                  const std::string& by) {
  return connection
      .query_one("INSERT INTO appointments (child_id, practitioner_id, kind, starts_on, start_time, planned_minutes,"
                 " place, with_whom, status, created_by, created_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?) RETURNING id",
                 {child_id, plan.practitioner_id, plan.kind, to_iso(plan.starts_on), clock_time(plan.start_minute),
                  std::int64_t{plan.planned_minutes}, plan.place, plan.with_whom, by,
                  to_iso_instant(now_unix_seconds())})
      ->integer(0);
}

void reschedule_appointment(store::Connection& connection, std::int64_t id, const AppointmentPlan& plan) {
  connection.execute("UPDATE appointments SET practitioner_id = ?, kind = ?, starts_on = ?, start_time = ?,"
                     " planned_minutes = ?, place = ?, with_whom = ? WHERE id = ? AND status = 'scheduled'",
                     std::vector<store::Value>{plan.practitioner_id, plan.kind, to_iso(plan.starts_on),
                                               clock_time(plan.start_minute), std::int64_t{plan.planned_minutes},
                                               plan.place, plan.with_whom, id});
}

void cancel_appointment(store::Connection& connection, std::int64_t id, const std::string& reason) {
  connection.execute("UPDATE appointments SET status = 'cancelled', status_reason = ? WHERE id = ? AND status = 'scheduled'",
                     std::vector<store::Value>{reason, id});
}

void record_appointment_outcome(store::Connection& connection, std::int64_t id, const AppointmentOutcome& outcome,
                                std::optional<std::int64_t> warning_id, const std::string& by) {
  connection.execute(
      "UPDATE appointments SET status = ?, status_reason = ?, present = ?, held_at = ?, minutes_taken = ?,"
      " engagement = ?, note = ?, intervention = ?, programme = ?, need_area = ?, warning_id = ?, outcome_by = ?,"
      " outcome_at = ? WHERE id = ? AND status = 'scheduled'",
      std::vector<store::Value>{outcome.status, text_or_null(outcome.reason), text_or_null(outcome.present),
                                text_or_null(outcome.held_at),
                                outcome.minutes ? store::Value{std::int64_t{*outcome.minutes}} : store::Value{nullptr},
                                text_or_null(outcome.engagement), text_or_null(outcome.note),
                                text_or_null(outcome.intervention), text_or_null(outcome.programme),
                                text_or_null(outcome.need_area),
                                warning_id ? store::Value{*warning_id} : store::Value{nullptr}, by,
                                to_iso_instant(now_unix_seconds()), id});
}

std::optional<Appointment> find_appointment(store::Connection& connection, std::int64_t child_id, std::int64_t id) {
  auto row = connection.query_one("SELECT " + std::string(appointment_columns) +
                                      " FROM appointments a JOIN staff s ON s.id = a.practitioner_id"
                                      " WHERE a.id = ? AND a.child_id = ?",
                                  {id, child_id});
  if (!row) return std::nullopt;
  return appointment_in(*row);
}

std::vector<Appointment> appointments_of_child(store::Connection& connection, std::int64_t child_id) {
  std::vector<Appointment> appointments;
  for (const auto& row : connection.query("SELECT " + std::string(appointment_columns) +
                                              " FROM appointments a JOIN staff s ON s.id = a.practitioner_id"
                                              " WHERE a.child_id = ? ORDER BY a.starts_on DESC, a.start_time DESC, a.id DESC",
                                          std::vector<store::Value>{child_id})) {
    appointments.push_back(appointment_in(row));
  }
  return appointments;
}

std::vector<PractitionerAppointment> coming_appointments(store::Connection& connection, std::int64_t staff_id,
                                                         Date from, int limit) {
  std::vector<PractitionerAppointment> coming;
  for (const auto& row : connection.query(
           "SELECT " + std::string(appointment_columns) +
               ", c.public_id, c.given_name, c.family_name"
               " FROM appointments a JOIN staff s ON s.id = a.practitioner_id JOIN children c ON c.id = a.child_id"
               " WHERE a.practitioner_id = ? AND a.status = 'scheduled' AND a.starts_on >= ?"
               " ORDER BY a.starts_on, a.start_time, a.id LIMIT ?",
           std::vector<store::Value>{staff_id, to_iso(from), std::int64_t{limit}})) {
    coming.push_back({appointment_in(row), row.text(22), initials_of(row.text(23), row.text(24)),
                      row.text(23) + " " + row.text(24)});
  }
  return coming;
}

std::vector<Practitioner> practitioners_of_child(store::Connection& connection, std::int64_t child_id) {
  std::vector<Practitioner> practitioners;
  for (const auto& row : connection.query("SELECT DISTINCT s.id, s.display_name FROM case_workers w"
                                          " JOIN staff s ON s.id = w.staff_id"
                                          " WHERE w.child_id = ? AND w.ended_at IS NULL ORDER BY s.display_name, s.id",
                                          std::vector<store::Value>{child_id})) {
    practitioners.push_back({row.integer(0), row.text(1)});
  }
  return practitioners;
}

std::vector<Date> days_seen(store::Connection& connection, std::int64_t child_id, Date from, Date to) {
  std::vector<Date> days;
  for (const auto& row : connection.query("SELECT starts_on FROM appointments WHERE child_id = ? AND status = 'attended'"
                                          " AND starts_on >= ? AND starts_on <= ? ORDER BY starts_on",
                                          std::vector<store::Value>{child_id, to_iso(from), to_iso(to)})) {
    if (auto day = parse_iso_date(row.text(0))) days.push_back(*day);
  }
  return days;
}

}  // namespace pathway::practice
