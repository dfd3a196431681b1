#pragma once
// A child's appointments in the store: scheduled, rescheduled, cancelled, and what happened
// at each (attended, or an acceptable or unacceptable absence, with who was there, where,
// how long, engagement, a note and any intervention delivered). The forms check everything
// first (practice/contacts/appointment_forms.h); the caller holds the transaction of every
// write and writes its audit event in it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::practice {

// When and where an appointment is, with whom, by whom and what for.
struct AppointmentPlan {
  std::int64_t practitioner_id = 0;
  std::string kind;  // one of appointment_kinds()
  Date starts_on;
  int start_minute = 0;  // minutes after midnight, UK local time
  int planned_minutes = 60;
  std::string place;
  std::string with_whom;
  bool operator==(const AppointmentPlan&) const = default;
};

// What happened: the status and, for a contact that took place, its record.
struct AppointmentOutcome {
  std::string status;         // attended, acceptable_absence or unacceptable_absence
  std::string reason;         // why the child was absent ("" when attended)
  std::string present;        // who was there
  std::string held_at;        // where it happened
  std::optional<int> minutes; // how long it took
  std::string engagement;     // one of engagement_levels(), or ""
  std::string note;
  std::string intervention;   // one of intervention_kinds(), or "" when none was delivered
  std::string programme;      // the programme's name, for a programme session
  std::string need_area;      // the need area it answered (practice/need_areas.h), or ""
};

struct Appointment {
  std::int64_t id = 0;
  std::int64_t child_id = 0;
  AppointmentPlan plan;
  std::string practitioner_name;  // who the practitioner is now
  std::string status;             // one of appointment_statuses()
  std::string status_reason;      // why cancelled, or why absent
  std::optional<AppointmentOutcome> outcome;  // once recorded
  std::optional<std::int64_t> warning_id;     // the order warning it led to
  std::optional<std::int64_t> outcome_at;     // when the outcome was recorded (unix seconds)
};

// "HH:MM" of a minute of the day.
std::string clock_time(int start_minute);

// Adds a scheduled appointment for child `child_id`; returns its id. Throws StoreError.
std::int64_t schedule_appointment(store::Connection& connection, std::int64_t child_id, const AppointmentPlan& plan,
                                  const std::string& by);
// Moves a scheduled appointment to `plan`. Throws StoreError.
void reschedule_appointment(store::Connection& connection, std::int64_t id, const AppointmentPlan& plan);
// Cancels a scheduled appointment, saying why. Throws StoreError.
void cancel_appointment(store::Connection& connection, std::int64_t id, const std::string& reason);
// Records what happened at a scheduled appointment, by `by`, now, and the order warning it
// led to, if any. Throws StoreError.
void record_appointment_outcome(store::Connection& connection, std::int64_t id, const AppointmentOutcome& outcome,
                                std::optional<std::int64_t> warning_id, const std::string& by);

// Child `child_id`'s appointment `id`, or nullopt when it is not theirs. Throws StoreError.
std::optional<Appointment> find_appointment(store::Connection& connection, std::int64_t child_id, std::int64_t id);
// Every appointment of child `child_id`, latest first. Throws StoreError.
std::vector<Appointment> appointments_of_child(store::Connection& connection, std::int64_t child_id);

// An appointment as a practitioner's own list or calendar shows it: with the child's
// public id and initials, not their record.
struct PractitionerAppointment {
  Appointment appointment;
  std::string child_public_id;
  std::string child_initials;  // e.g. "J.S."
  std::string child_name;      // for the signed-in list only; never in the calendar feed
};
// Staff member `staff_id`'s scheduled appointments on `from` or later, soonest first, at
// most `limit`. Throws StoreError.
std::vector<PractitionerAppointment> coming_appointments(store::Connection& connection, std::int64_t staff_id,
                                                         Date from, int limit);

// A member of staff an appointment may be with.
struct Practitioner {
  std::int64_t staff_id = 0;
  std::string name;
};
// The practitioners currently allocated to child `child_id` (any case role), by name.
// Throws StoreError.
std::vector<Practitioner> practitioners_of_child(store::Connection& connection, std::int64_t child_id);

// The days child `child_id` was seen (attended appointments) from `from` to `to`, oldest
// first, one entry per contact. Throws StoreError.
std::vector<Date> days_seen(store::Connection& connection, std::int64_t child_id, Date from, Date to);

}  // namespace pathway::practice
