// A child's contacts (/children/{id}/contacts): the check against their contact
// expectation, appointments to come and what happened at those past; and the forms that
// schedule, reschedule or cancel an appointment and record what happened, with the warning
// an unacceptable absence may lead to (the order's own warning, justice/order_progress.h).
// Each form posts back to itself: with errors, the form again with the GOV.UK error summary
// and nothing saved; without, the change and its audit event in one transaction.
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "core/text.h"
#include "deadlines/refresh.h"
#include "justice/justice_page_data.h"
#include "justice/order_progress.h"
#include "justice/order_progress_rules.h"
#include "justice/outcomes.h"
#include "practice/contacts/appointment_forms.h"
#include "practice/contacts/breach_decisions.h"
#include "practice/contacts/contact_monitoring.h"
#include "practice/contacts/contact_page_data.h"
#include "practice/contacts/contact_views.h"
#include "practice/contacts/running_orders.h"
#include "practice/contacts/contact_page_templates.h"
#include "practice/need_areas.h"
#include "store/transaction.h"
#include "web/request_numbers.h"
#include "web/saved_banner.h"

namespace pathway::web {

namespace {

using practice::Appointment;

bool is_due(const Appointment& appointment, std::int64_t now) {
  return practice::uk_local_instant(appointment.plan.starts_on, appointment.plan.start_minute) <= now;
}

// ---- the contacts page ----

ViewData expectation_data(const std::optional<practice::ContactCheck>& check) {
  ViewData data;
  if (!check) {
    data.set("unallocated", true);
    return data;
  }
  data.set("intensity", std::string(allocation::intensity_label(check->intensity)));
  data.set("contacts", std::to_string(check->expectation.contacts));
  data.set("period_days", std::to_string(check->expectation.period_days));
  data.set("seen", std::to_string(check->seen));
  data.set("judged", check->judged);
  data.set("not_seen", !check->seen_as_planned);
  return data;
}

// The breach decisions on the child's orders, with the link to decide those still
// proposed for a manager who may.
ViewList breach_rows(store::Connection& connection, const children::ChildSummary& summary, bool may_decide) {
  ViewList rows;
  for (const auto& decision : practice::breach_decisions_of_child(connection, summary.child.id)) {
    ViewData row;
    row.set("reason", decision.reason);
    row.set("proposed_by", decision.proposed_by);
    row.set("proposed_on", to_uk_local_display(parse_iso_instant(decision.proposed_at).value_or(0)));
    row.set("decision", decision.decision == "proposed" ? "Waiting for a manager"
                                                        : (decision.decision == "agreed" ? "Agreed by " : "Declined by ") +
                                                              decision.decided_by);
    row.set("outcome_href", "/children/" + summary.child.public_id + "/outcomes/" + std::to_string(decision.outcome_id));
    if (may_decide && decision.decision == "proposed") {
      row.set("decide_href", contacts_href(summary) + "/breaches/" + std::to_string(decision.id));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Response contacts_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto appointments = practice::appointments_of_child(*connection, summary->child.id);
  std::string shown;
  for (const auto& appointment : appointments) shown += (shown.empty() ? "" : ", ") + std::to_string(appointment.id);
  context.record_view("child.contacts", "child", summary->child.public_id, shown.empty() ? "no appointments" : "appointments " + shown);

  ViewData data = contacts_page_data(context, *connection, *summary,
                                     "Contacts: " + children::full_name(summary->child.details), true);
  bool may_record = context.may(access::Permission::record_practice);
  std::int64_t now = now_unix_seconds();
  data.set("may_record", may_record);
  data.set("expectation", expectation_data(practice::contact_check(*connection, summary->child.id, today_utc())));
  ViewList coming, past;
  // Latest first from the store: the coming ones are shown soonest first.
  for (const auto& appointment : appointments) {
    auto row = practice::appointment_row(appointment, contacts_href(*summary), may_record, is_due(appointment, now));
    if (appointment.status == "scheduled" && !is_due(appointment, now)) {
      coming.insert(coming.begin(), std::move(row));
    } else {
      past.push_back(std::move(row));
    }
  }
  data.set("has_coming", !coming.empty());
  data.set("coming", coming);
  data.set("has_past", !past.empty());
  data.set("past", past);
  auto breaches = breach_rows(*connection, *summary, context.may(access::Permission::countersign_assessments));
  data.set("has_breaches", !breaches.empty());
  data.set("breaches", breaches);
  static const SavedBanner banners[] = {
      {"scheduled", "Appointment scheduled"}, {"rescheduled", "Appointment rescheduled"},
      {"cancelled", "Appointment cancelled"}, {"recorded", "What happened is recorded"},
      {"warning", "What happened is recorded, and the warning is counted on the order"},
      {"proposed", "Breach proceedings proposed: a manager must agree"},
      {"agreed", "Breach proceedings agreed and begun on the order"},
      {"declined", "Proposed breach proceedings declined"}};
  add_saved_banner(context, data, banners);
  return render_page(context, pages::child_contacts, data);
}

// ---- scheduling and rescheduling ----

practice::AppointmentForm posted_appointment(const PageContext& context) {
  return {context.form_value("kind"),  posted_date(context, "date"),  context.form_value("time"),
          context.form_value("length"), context.form_value("place"), context.form_value("with_whom"),
          context.form_value("practitioner")};
}

practice::AppointmentForm form_of(const practice::AppointmentPlan& plan) {
  return {plan.kind,  date_input_showing(plan.starts_on), practice::clock_time(plan.start_minute),
          std::to_string(plan.planned_minutes), plan.place, plan.with_whom, std::to_string(plan.practitioner_id)};
}

// The practitioners the form offers: those allocated to the child, and the one signed in.
std::vector<practice::Practitioner> offered_practitioners(PageContext& context, store::Connection& connection,
                                                          std::int64_t child_id) {
  auto practitioners = practice::practitioners_of_child(connection, child_id);
  bool listed = false;
  for (const auto& practitioner : practitioners) listed = listed || practitioner.staff_id == context.staff().id;
  if (!listed) practitioners.push_back({context.staff().id, context.staff().display_name});
  return practitioners;
}

Response appointment_form_page(PageContext& context, store::Connection& connection,
                               const children::ChildSummary& summary, const std::optional<Appointment>& moving,
                               const practice::AppointmentForm& form, const std::vector<FieldError>& errors,
                               int status) {
  ViewData data = contacts_page_data(context, connection, summary,
                                     moving ? "Reschedule an appointment" : "Schedule an appointment");
  data.set("heading", moving ? "Reschedule an appointment" : "Schedule an appointment");
  data.set("action", contacts_href(summary) +
                         (moving ? "/" + std::to_string(moving->id) + "/reschedule" : std::string("/new")));
  data.set("button", moving ? "Save the new time" : "Schedule the appointment");
  data.set("kinds", practice::term_choices(practice::appointment_kinds(), form.kind, "Choose the kind"));
  data.set("date_input", ViewList{date_input_data("date", "Date of the appointment", "For example, 27 3 2027",
                                                  form.date, errors)});
  data.set("time", form.time);
  data.set("length", form.length.empty() ? "60" : form.length);
  data.set("place", form.place);
  data.set("with_whom", form.with_whom);
  ViewList practitioners;
  std::string chosen = form.practitioner.empty() ? std::to_string(context.staff().id) : form.practitioner;
  for (const auto& practitioner : offered_practitioners(context, connection, summary.child.id)) {
    std::string value = std::to_string(practitioner.staff_id);
    practitioners.push_back(practice::choice(value, practitioner.name, value == chosen));
  }
  data.set("practitioners", practitioners);
  add_errors(data, errors);
  return render_page(context, pages::appointment_form, data, status);
}

std::optional<Appointment> addressed_appointment(PageContext& context, store::Connection& connection,
                                                 std::int64_t child_id) {
  auto id = posted_version(context.params.at("appointment"));
  if (!id) return std::nullopt;
  return practice::find_appointment(connection, child_id, *id);
}

Response appointment_not_found(PageContext& context) {
  return message_page(context, 404, "Appointment not found",
                      "This child has no appointment with that reference. Go back to the child’s contacts.");
}

Response not_scheduled(PageContext& context, const Appointment& appointment) {
  return message_page(context, 409, "The appointment is no longer scheduled",
                      "This appointment is " +
                          ascii_lower(practice::contact_label(practice::appointment_statuses(), appointment.status)) +
                          ", so it cannot be changed. Go back to the child’s contacts.");
}

// The child and their appointment named in the address, while it is still scheduled; or
// the answer why not (no such child, no such appointment of theirs, no longer scheduled).
struct ScheduledAppointment {
  std::optional<children::ChildSummary> summary;
  std::optional<Appointment> appointment;
  std::optional<Response> refusal;
};

ScheduledAppointment find_scheduled(PageContext& context, store::Connection& connection) {
  ScheduledAppointment found;
  found.summary = justice_child(context, connection);
  if (!found.summary) {
    found.refusal = justice_child_not_found(context);
    return found;
  }
  found.appointment = addressed_appointment(context, connection, found.summary->child.id);
  if (!found.appointment) {
    found.refusal = appointment_not_found(context);
  } else if (found.appointment->status != "scheduled") {
    found.refusal = not_scheduled(context, *found.appointment);
  }
  return found;
}

Response new_appointment_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view("child.appointment_form", "child", summary->child.public_id);
  return appointment_form_page(context, *connection, *summary, std::nullopt, {}, {}, 200);
}

std::vector<std::int64_t> offered_ids(PageContext& context, store::Connection& connection, std::int64_t child_id) {
  std::vector<std::int64_t> ids;
  for (const auto& practitioner : offered_practitioners(context, connection, child_id)) ids.push_back(practitioner.staff_id);
  return ids;
}

std::string plan_detail(const practice::AppointmentPlan& plan) {
  return plan.kind + " on " + to_iso(plan.starts_on) + " at " + practice::clock_time(plan.start_minute) +
         ", practitioner " + std::to_string(plan.practitioner_id);
}

Response create_appointment(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto form = posted_appointment(context);
  auto checked = practice::check_appointment_form(form, offered_ids(context, *connection, summary->child.id),
                                                  now_unix_seconds());
  if (!checked.plan) {
    context.record_view("child.appointment_form", "child", summary->child.public_id,
                        "nothing saved: the form had errors");
    return appointment_form_page(context, *connection, *summary, std::nullopt, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  auto id = practice::schedule_appointment(*connection, summary->child.id, *checked.plan, context.username());
  access::record_audit_event(*connection, context.audit("appointment.schedule", "child", summary->child.public_id,
                                                        "appointment " + std::to_string(id) + ", " +
                                                            plan_detail(*checked.plan)));
  transaction.commit();
  return Response::redirect(contacts_href(*summary) + "?saved=scheduled");
}

Response reschedule_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto found = find_scheduled(context, *connection);
  if (found.refusal) return *found.refusal;
  const auto& summary = found.summary;
  const auto& appointment = found.appointment;
  context.record_view("child.appointment_form", "child", summary->child.public_id,
                      "appointment " + std::to_string(appointment->id));
  return appointment_form_page(context, *connection, *summary, appointment, form_of(appointment->plan), {}, 200);
}

Response reschedule_appointment(PageContext& context) {
  auto connection = context.database.acquire();
  auto found = find_scheduled(context, *connection);
  if (found.refusal) return *found.refusal;
  const auto& summary = found.summary;
  const auto& appointment = found.appointment;
  auto form = posted_appointment(context);
  auto ids = offered_ids(context, *connection, summary->child.id);
  ids.push_back(appointment->plan.practitioner_id);  // whoever it is with now may keep it
  auto checked = practice::check_appointment_form(form, ids, now_unix_seconds());
  if (!checked.plan) {
    context.record_view("child.appointment_form", "child", summary->child.public_id,
                        "appointment " + std::to_string(appointment->id) + "; nothing saved: the form had errors");
    return appointment_form_page(context, *connection, *summary, appointment, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  practice::reschedule_appointment(*connection, appointment->id, *checked.plan);
  access::record_audit_event(*connection, context.audit("appointment.reschedule", "child", summary->child.public_id,
                                                        "appointment " + std::to_string(appointment->id) + ", was " +
                                                            plan_detail(appointment->plan) + ", now " +
                                                            plan_detail(*checked.plan)));
  transaction.commit();
  return Response::redirect(contacts_href(*summary) + "?saved=rescheduled");
}

// ---- cancelling ----

Response cancel_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                          const Appointment& appointment, const std::string& reason,
                          const std::vector<FieldError>& errors, int status) {
  ViewData data = contacts_page_data(context, connection, summary, "Cancel an appointment");
  data.set("action", contacts_href(summary) + "/" + std::to_string(appointment.id) + "/cancel");
  data.set("appointment", practice::appointment_row(appointment, contacts_href(summary), false, false));
  data.set("reason", reason);
  add_errors(data, errors);
  return render_page(context, pages::appointment_cancel_form, data, status);
}

Response cancel_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto found = find_scheduled(context, *connection);
  if (found.refusal) return *found.refusal;
  const auto& summary = found.summary;
  const auto& appointment = found.appointment;
  context.record_view("child.appointment_cancel_form", "child", summary->child.public_id,
                      "appointment " + std::to_string(appointment->id));
  return cancel_form_page(context, *connection, *summary, *appointment, "", {}, 200);
}

Response cancel_appointment(PageContext& context) {
  auto connection = context.database.acquire();
  auto found = find_scheduled(context, *connection);
  if (found.refusal) return *found.refusal;
  const auto& summary = found.summary;
  const auto& appointment = found.appointment;
  std::vector<FieldError> errors;
  auto reason = practice::checked_cancel_reason(context.form_value("reason"), errors);
  if (!reason) {
    context.record_view("child.appointment_cancel_form", "child", summary->child.public_id,
                        "appointment " + std::to_string(appointment->id) + "; nothing saved: the form had errors");
    return cancel_form_page(context, *connection, *summary, *appointment, context.form_value("reason"), errors, 422);
  }
  store::Transaction transaction(*connection);
  practice::cancel_appointment(*connection, appointment->id, *reason);
  access::record_audit_event(*connection, context.audit("appointment.cancel", "child", summary->child.public_id,
                                                        "appointment " + std::to_string(appointment->id)));
  transaction.commit();
  return Response::redirect(contacts_href(*summary) + "?saved=cancelled");
}

// ---- what happened ----

practice::OutcomeForm posted_outcome(const PageContext& context) {
  return {context.form_value("status"),       context.form_value("reason"),     context.form_value("present"),
          context.form_value("held_at"),      context.form_value("minutes"),    context.form_value("engagement"),
          context.form_value("note"),         context.form_value("intervention"), context.form_value("programme"),
          context.form_value("need_area"),    context.form_value("warning_order")};
}

Response outcome_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                           const Appointment& appointment, const practice::OutcomeForm& form,
                           const std::vector<FieldError>& errors, int status) {
  ViewData data = contacts_page_data(context, connection, summary, "Record what happened");
  data.set("action", contacts_href(summary) + "/" + std::to_string(appointment.id) + "/outcome");
  data.set("appointment", practice::appointment_row(appointment, contacts_href(summary), false, true));
  data.set("statuses", practice::term_choices(practice::attendance_outcomes(), form.status, "Choose what happened"));
  data.set("reason", form.reason);
  data.set("present", form.present);
  data.set("held_at", form.held_at.empty() && form.status.empty() ? appointment.plan.place : form.held_at);
  data.set("minutes", form.minutes);
  data.set("engagements", practice::term_choices(practice::engagement_levels(), form.engagement, "Choose how they engaged"));
  data.set("note", form.note);
  data.set("interventions", practice::term_choices(practice::intervention_kinds(), form.intervention, "None"));
  data.set("programme", form.programme);
  ViewList areas{practice::choice("", "None", form.need_area.empty())};
  for (const auto& area : practice::all_need_areas()) {
    areas.push_back(practice::choice(std::string(area.code), std::string(area.label), area.code == form.need_area));
  }
  data.set("need_areas", areas);
  auto orders = practice::orders_running_on(connection, summary.child.id, appointment.plan.starts_on);
  data.set("has_orders", !orders.empty());
  data.set("orders", practice::order_choices(orders, form.warning_order, "No warning"));
  add_errors(data, errors);
  return render_page(context, pages::appointment_outcome_form, data, status);
}

Response outcome_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto found = find_scheduled(context, *connection);
  if (found.refusal) return *found.refusal;
  const auto& summary = found.summary;
  const auto& appointment = found.appointment;
  context.record_view("child.appointment_outcome_form", "child", summary->child.public_id,
                      "appointment " + std::to_string(appointment->id));
  return outcome_form_page(context, *connection, *summary, *appointment, {}, {}, 200);
}

Response record_outcome(PageContext& context) {
  auto connection = context.database.acquire();
  auto found = find_scheduled(context, *connection);
  if (found.refusal) return *found.refusal;
  const auto& summary = found.summary;
  const auto& appointment = found.appointment;
  auto form = posted_outcome(context);
  auto orders = practice::orders_running_on(*connection, summary->child.id, appointment->plan.starts_on);
  auto checked = practice::check_outcome_form(form, *appointment, orders, now_unix_seconds());
  if (checked.warning_order) {
    // The order's own rule for a warning (given while it runs), as its page applies it.
    auto outcome = justice::find_outcome(*connection, summary->child.id, *checked.warning_order);
    if (!outcome || !justice::warning_breaches({outcome->details.outcome_date, outcome->details.start_date,
                                                outcome->details.end_date},
                                               appointment->plan.starts_on)
                         .empty()) {
      checked.errors.push_back({"warning_order", "A warning is given only on an order running on the day"});
      checked.outcome.reset();
    }
  }
  if (!checked.outcome) {
    context.record_view("child.appointment_outcome_form", "child", summary->child.public_id,
                        "appointment " + std::to_string(appointment->id) + "; nothing saved: the form had errors");
    return outcome_form_page(context, *connection, *summary, *appointment, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  std::optional<std::int64_t> warning;
  if (checked.warning_order) {
    warning = justice::add_warning(*connection, *checked.warning_order,
                                   {appointment->plan.starts_on, "Unacceptable absence: " + checked.outcome->reason,
                                    context.staff().display_name});
  }
  practice::record_appointment_outcome(*connection, appointment->id, *checked.outcome, warning, context.username());
  // An attended appointment closes the first appointment owed on a referral order (deadlines/rules.cpp).
  deadlines::refresh_child(*connection, summary->child.id);
  std::string detail = "appointment " + std::to_string(appointment->id) + ", " + checked.outcome->status;
  if (warning) detail += "; warning " + std::to_string(*warning) + " on outcome " + std::to_string(*checked.warning_order);
  access::record_audit_event(*connection,
                             context.audit("appointment.outcome", "child", summary->child.public_id, detail));
  transaction.commit();
  return Response::redirect(contacts_href(*summary) + (warning ? "?saved=warning" : "?saved=recorded"));
}

}  // namespace

void add_contacts_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/contacts", Permission::read_child_record, child, contacts_page);
  routes.record_page(Method::get, "/children/{id}/contacts/new", Permission::record_practice, child,
                     new_appointment_form);
  routes.record_page(Method::post, "/children/{id}/contacts/new", Permission::record_practice, child,
                     create_appointment);
  routes.record_page(Method::get, "/children/{id}/contacts/{appointment}/reschedule", Permission::record_practice,
                     child, reschedule_form);
  routes.record_page(Method::post, "/children/{id}/contacts/{appointment}/reschedule", Permission::record_practice,
                     child, reschedule_appointment);
  routes.record_page(Method::get, "/children/{id}/contacts/{appointment}/cancel", Permission::record_practice, child,
                     cancel_form);
  routes.record_page(Method::post, "/children/{id}/contacts/{appointment}/cancel", Permission::record_practice, child,
                     cancel_appointment);
  routes.record_page(Method::get, "/children/{id}/contacts/{appointment}/outcome", Permission::record_practice, child,
                     outcome_form);
  routes.record_page(Method::post, "/children/{id}/contacts/{appointment}/outcome", Permission::record_practice, child,
                     record_outcome);
}

}  // namespace pathway::web
