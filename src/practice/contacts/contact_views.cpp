#include "practice/contacts/contact_views.h"

#include <chrono>

#include "practice/need_areas.h"

namespace pathway::practice {

namespace {

std::string_view weekday_name(Date date) {
  static constexpr std::string_view names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                               "Thursday", "Friday", "Saturday"};
  return names[std::chrono::weekday{std::chrono::sys_days{date}}.c_encoding()];
}

std::string_view status_class(std::string_view status) {
  if (status == "attended") return "govuk-tag--green";
  if (status == "unacceptable_absence") return "govuk-tag--red";
  if (status == "acceptable_absence") return "govuk-tag--yellow";
  if (status == "cancelled") return "govuk-tag--grey";
  return "govuk-tag--blue";
}

}  // namespace

web::ViewData choice(const std::string& value, const std::string& label, bool selected) {
  web::ViewData item;
  item.set("value", value);
  item.set("label", label);
  item.set("selected", selected);
  return item;
}

web::ViewList term_choices(const std::vector<ContactTerm>& terms, const std::string& chosen, const std::string& blank) {
  web::ViewList choices;
  if (!blank.empty()) choices.push_back(choice("", blank, chosen.empty()));
  for (const auto& term : terms) {
    choices.push_back(choice(std::string(term.code), std::string(term.label), term.code == chosen));
  }
  return choices;
}

std::string appointment_when(const AppointmentPlan& plan) {
  return std::string(weekday_name(plan.starts_on)) + " " + to_display(plan.starts_on) + " at " +
         clock_time(plan.start_minute);
}

web::ViewData appointment_row(const Appointment& appointment, const std::string& contacts_href, bool may_record,
                              bool due) {
  web::ViewData row;
  row.set("id", std::to_string(appointment.id));
  row.set("when", appointment_when(appointment.plan));
  row.set("kind", std::string(contact_label(appointment_kinds(), appointment.plan.kind)));
  row.set("place", appointment.plan.place);
  if (!appointment.plan.with_whom.empty()) row.set("with_whom", appointment.plan.with_whom);
  row.set("planned_minutes", std::to_string(appointment.plan.planned_minutes));
  row.set("practitioner", appointment.practitioner_name);
  row.set("status", std::string(contact_label(appointment_statuses(), appointment.status)));
  row.set("status_class", std::string(status_class(appointment.status)));
  if (!appointment.status_reason.empty()) row.set("reason", appointment.status_reason);
  if (appointment.outcome) {
    const auto& outcome = *appointment.outcome;
    if (!outcome.present.empty()) row.set("present", outcome.present);
    if (!outcome.held_at.empty()) row.set("held_at", outcome.held_at);
    if (outcome.minutes) row.set("minutes", std::to_string(*outcome.minutes) + " minutes");
    if (!outcome.engagement.empty()) {
      row.set("engagement", std::string(contact_label(engagement_levels(), outcome.engagement)));
    }
    if (!outcome.note.empty()) row.set("note", outcome.note);
    if (!outcome.intervention.empty()) {
      std::string intervention(contact_label(intervention_kinds(), outcome.intervention));
      if (!outcome.programme.empty()) intervention += ": " + outcome.programme;
      if (auto area = need_area(outcome.need_area)) intervention += " (" + std::string(area->label) + ")";
      row.set("intervention", intervention);
    }
  }
  if (appointment.warning_id) row.set("warning", true);
  if (may_record && appointment.status == "scheduled") {
    std::string href = contacts_href + "/" + std::to_string(appointment.id);
    row.set("reschedule_href", href + "/reschedule");
    row.set("cancel_href", href + "/cancel");
    if (due) row.set("outcome_href", href + "/outcome");
  }
  return row;
}

}  // namespace pathway::practice
