#include "practice/contacts/appointment_forms.h"

#include <algorithm>
#include <charconv>

#include "core/free_text.h"
#include "core/text.h"
#include "practice/contacts/contact_vocabulary.h"
#include "practice/need_areas.h"

namespace pathway::practice {

namespace {

// Short text as typed, trimmed; an error beside `field` when required and blank, or not
// clean text.
std::string short_text(const std::string& typed, const std::string& field, const std::string& name, bool required,
                       std::vector<web::FieldError>& errors) {
  std::string text(trim(typed));
  if (text.empty()) {
    if (required) errors.push_back({field, "Enter " + ascii_lower(name)});
    return text;
  }
  if (auto problem = free_text_problem(text, max_appointment_words)) errors.push_back({field, name + " " + *problem});
  return text;
}

std::optional<int> whole_number(std::string_view text) {
  text = trim(text);
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<std::int64_t> posted_id(std::string_view text) {
  auto id = whole_number(text);
  if (!id || *id <= 0) return std::nullopt;
  return *id;
}

}  // namespace

std::optional<int> parse_clock_time(std::string_view text) {
  text = trim(text);
  auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || text.size() - colon != 3) return std::nullopt;
  auto hours = whole_number(text.substr(0, colon));
  auto minutes = whole_number(text.substr(colon + 1));
  if (!hours || !minutes || *hours < 0 || *hours > 23 || *minutes < 0 || *minutes > 59) return std::nullopt;
  return *hours * 60 + *minutes;
}

std::int64_t uk_local_instant(Date day, int minute) { return uk_local_day_start(day) + std::int64_t{minute} * 60; }

AppointmentFormCheck check_appointment_form(const AppointmentForm& form, const std::vector<std::int64_t>& practitioners,
                                            std::int64_t now) {
  AppointmentFormCheck checked;
  auto& errors = checked.errors;
  if (!contact_term(appointment_kinds(), form.kind)) errors.push_back({"kind", "Select the kind of appointment"});
  auto date = web::read_date_input(form.date, {"date", "Date of the appointment", "Enter the date of the appointment"},
                                   errors);
  auto minute = parse_clock_time(form.time);
  if (trim(form.time).empty()) {
    errors.push_back({"time", "Enter the time of the appointment"});
  } else if (!minute) {
    errors.push_back({"time", "Enter the time on a 24-hour clock, like 09:30 or 14:00"});
  }
  if (date && minute && uk_local_instant(*date, *minute) <= now) {
    errors.push_back({"date", "The appointment must be in the future: an appointment that has happened is recorded "
                              "with what happened",
                      "date-day"});
  }
  auto length = whole_number(form.length);
  if (!length || *length < 5 || *length > 600) {
    errors.push_back({"length", "Enter how long the appointment is, in minutes, from 5 to 600"});
  }
  std::string place = short_text(form.place, "place", "The place", true, errors);
  std::string with_whom = short_text(form.with_whom, "with_whom", "Who else is there", false, errors);
  auto practitioner = posted_id(form.practitioner);
  if (!practitioner ||
      std::find(practitioners.begin(), practitioners.end(), *practitioner) == practitioners.end()) {
    errors.push_back({"practitioner", "Select the practitioner"});
  }
  if (errors.empty()) {
    checked.plan = AppointmentPlan{*practitioner, form.kind, *date, *minute, *length, place, with_whom};
  }
  return checked;
}

std::optional<std::string> checked_cancel_reason(const std::string& typed, std::vector<web::FieldError>& errors) {
  std::size_t before = errors.size();
  std::string reason = short_text(typed, "reason", "Why it is cancelled", true, errors);
  if (errors.size() != before) return std::nullopt;
  return reason;
}

OutcomeFormCheck check_outcome_form(const OutcomeForm& form, const Appointment& appointment,
                                    const std::vector<WarnableOrder>& orders, std::int64_t now) {
  OutcomeFormCheck checked;
  auto& errors = checked.errors;
  if (uk_local_instant(appointment.plan.starts_on, appointment.plan.start_minute) > now) {
    errors.push_back({"status", "The appointment has not started yet: record what happened once it has"});
  }
  bool known = contact_term(attendance_outcomes(), form.status).has_value();
  if (!known) errors.push_back({"status", "Select whether the child attended"});
  bool attended = form.status == "attended";
  bool absent = known && !attended;
  AppointmentOutcome outcome;
  outcome.status = form.status;
  outcome.reason = short_text(form.reason, "reason", "Why the child did not attend", absent, errors);
  if (attended && !outcome.reason.empty()) errors.push_back({"reason", "Leave the reason for an absence blank when the child attended"});
  outcome.present = short_text(form.present, "present", "Who was there", false, errors);
  outcome.held_at = short_text(form.held_at, "held_at", "Where it happened", false, errors);
  if (!trim(form.minutes).empty()) {
    auto minutes = whole_number(form.minutes);
    if (!minutes || *minutes < 1 || *minutes > 600) {
      errors.push_back({"minutes", "Enter how long it took, in minutes, from 1 to 600"});
    } else {
      outcome.minutes = *minutes;
    }
  }
  outcome.engagement = form.engagement;
  if (attended && !contact_term(engagement_levels(), form.engagement)) {
    errors.push_back({"engagement", "Select how the child engaged"});
  }
  if (!attended && !form.engagement.empty()) outcome.engagement.clear();
  std::string note(trim(form.note));
  if (!is_clean_utf8(note) || utf8_length(note) > max_contact_note) {
    errors.push_back({"note", "The note must be at most " + std::to_string(max_contact_note) + " characters"});
  }
  outcome.note = note;
  outcome.intervention = form.intervention;
  if (!form.intervention.empty() && !contact_term(intervention_kinds(), form.intervention)) {
    errors.push_back({"intervention", "Select the intervention delivered, or none"});
  }
  if (!form.intervention.empty() && !attended) {
    errors.push_back({"intervention", "An intervention is delivered only when the child attended"});
  }
  outcome.programme = short_text(form.programme, "programme", "The programme’s name",
                                 form.intervention == "programme_session", errors);
  outcome.need_area = form.need_area;
  if (!form.need_area.empty() && !need_area(form.need_area)) {
    errors.push_back({"need_area", "Select the need area it answered, or none"});
  }
  if (!form.warning_order.empty()) {
    auto id = posted_id(form.warning_order);
    bool warnable = id && std::any_of(orders.begin(), orders.end(),
                                      [&](const WarnableOrder& order) { return order.outcome_id == *id; });
    if (form.status != "unacceptable_absence") {
      errors.push_back({"warning_order", "A warning is given only for an unacceptable absence"});
    } else if (!warnable) {
      errors.push_back({"warning_order", "Select one of the child’s orders running on the day, or no warning"});
    } else {
      checked.warning_order = *id;
    }
  }
  if (errors.empty()) checked.outcome = outcome;
  return checked;
}

}  // namespace pathway::practice
