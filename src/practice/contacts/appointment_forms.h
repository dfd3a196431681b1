#pragma once
// Checks what a member of staff typed into the appointment forms: scheduling or
// rescheduling, cancelling, and recording what happened. Each field's own check, then the
// rules: an appointment is scheduled for a time still to come (an appointment in the past
// is recorded as what happened, not as scheduled); what happened is recorded once the
// appointment's time has come; an absence says why; a contact that took place says how the
// child engaged; a programme session names its programme; a warning is given only for an
// unacceptable absence, on one of the child's orders, while it runs. Pure: the caller
// passes the time and the choices.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "practice/contacts/appointments.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::practice {

// The most characters of a place, who else is there, a reason or a programme's name; and
// of a note.
inline constexpr std::size_t max_appointment_words = 120;
inline constexpr std::size_t max_contact_note = 4000;

struct AppointmentForm {
  std::string kind;
  web::DateInput date;
  std::string time;     // "14:30" or "9:05"
  std::string length;   // minutes, as typed
  std::string place;
  std::string with_whom;
  std::string practitioner;  // a staff id, as posted
};

struct AppointmentFormCheck {
  std::optional<AppointmentPlan> plan;  // set when there are no errors
  std::vector<web::FieldError> errors;  // in form order
};

// `practitioners` are the staff ids the form offers; `starts_at` turns a day and minute of
// UK local time into unix seconds, compared with `now`.
AppointmentFormCheck check_appointment_form(const AppointmentForm& form, const std::vector<std::int64_t>& practitioners,
                                            std::int64_t now);

// Minutes after midnight of "H:MM" or "HH:MM" on a 24-hour clock, or nullopt.
std::optional<int> parse_clock_time(std::string_view text);
// When a day and minute of UK local time happens, in unix seconds.
std::int64_t uk_local_instant(Date day, int minute);

// A reason typed for cancelling: required, short text.
std::optional<std::string> checked_cancel_reason(const std::string& typed, std::vector<web::FieldError>& errors);

// One of the child's orders a warning may be given on: running on the appointment's day.
struct WarnableOrder {
  std::int64_t outcome_id = 0;
  std::string label;  // e.g. "Referral order made 1 September 2025"
};

struct OutcomeForm {
  std::string status;
  std::string reason;
  std::string present;
  std::string held_at;
  std::string minutes;
  std::string engagement;
  std::string note;
  std::string intervention;
  std::string programme;
  std::string need_area;
  std::string warning_order;  // "" or an outcome id among the warnable orders
};

struct OutcomeFormCheck {
  std::optional<AppointmentOutcome> outcome;
  std::optional<std::int64_t> warning_order;  // the order to give a warning on
  std::vector<web::FieldError> errors;
};

OutcomeFormCheck check_outcome_form(const OutcomeForm& form, const Appointment& appointment,
                                    const std::vector<WarnableOrder>& orders, std::int64_t now);

}  // namespace pathway::practice
