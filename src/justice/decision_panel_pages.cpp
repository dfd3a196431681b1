// The joint decision panel of an out-of-court decision
// (/children/{id}/outcomes/{outcome}/decision-panel): when it sat, who attended, what it
// recommended, and the police decision (the outcome itself) with whether it followed the
// recommendation and, if not, why. Read by those who open the child's record, recorded by
// those who may correct it; recording again replaces the record, with its audit event in
// the same transaction.
#include <algorithm>

#include "access/audit.h"
#include "children/child_record_guard.h"
#include "justice/court_rules.h"
#include "justice/court_views.h"
#include "justice/decision_panels.h"
#include "justice/justice_page_data.h"
#include "justice/offence_views.h"
#include "justice/outcomes.h"
#include "justice/panel_form.h"
#include "justice/record_labels.h"
#include "store/transaction.h"
#include "web/request_numbers.h"

namespace pathway::web {

namespace {

struct PanelPage {
  const children::ChildSummary& summary;
  const justice::Outcome& outcome;
  const std::vector<justice::Offence>& offences;
};

std::optional<justice::Outcome> addressed_outcome(PageContext& context, store::Connection& connection,
                                                  const children::ChildSummary& summary) {
  auto id = posted_version(context.params.at("outcome"));
  if (!id) return std::nullopt;
  for (auto& outcome : justice::outcomes_of_child(connection, summary.child.id)) {
    if (outcome.id == *id) return outcome;
  }
  return std::nullopt;
}

Response outcome_not_found(PageContext& context) {
  return message_page(context, 404, "Outcome not found",
                      "This child has no outcome with that reference. Go back to the child’s offences and outcomes.");
}

std::vector<Date> offence_dates(const PanelPage& page) {
  std::vector<Date> dates;
  for (const auto& offence : page.offences) {
    const auto& ids = page.outcome.details.offence_ids;
    if (std::find(ids.begin(), ids.end(), offence.id) != ids.end()) dates.push_back(offence.details.offence_date);
  }
  return dates;
}

justice::PanelForm posted_panel(const PageContext& context) {
  justice::PanelForm form{posted_date(context, "panel-date"), {}, context.form_value("recommendation"),
                          context.form_value("police-reason")};
  for (int n = 1; n <= justice::panel_attendee_rows; ++n) {
    std::string prefix = "attendee-" + std::to_string(n);
    form.attendees.push_back({context.form_value(prefix + "-agency"), context.form_value(prefix + "-name")});
  }
  return form;
}

ViewData error_beside(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& error : errors) {
    if (error.field == field) return error.text;
  }
  return false;
}

Response panel_page(PageContext& context, store::Connection& connection, const PanelPage& page,
                    const std::optional<justice::DecisionPanel>& recorded, const justice::PanelForm& form,
                    const std::vector<FieldError>& errors, int status) {
  const auto& outcome = page.outcome.details;
  ViewData data = justice_page_data(context, connection, page.summary, "Joint decision panel");
  std::string outcome_href =
      "/children/" + page.summary.child.public_id + "/outcomes/" + std::to_string(page.outcome.id);
  ViewData back;
  back.set("href", outcome_href);
  back.set("text", "Back to the outcome");
  data.set("back_link", back);
  data.set("action", outcome_href + "/decision-panel");
  data.set("outcome", justice::outcome_type_label(outcome.outcome_type) + ", " + to_display(outcome.outcome_date));
  bool takes_panel = justice::takes_decision_panel(outcome.outcome_type);
  data.set("takes_panel", takes_panel);
  if (recorded) {
    ViewData shown;
    shown.set("date", to_display(recorded->panel_date));
    ViewList attendees;
    for (const auto& attendee : recorded->attendees) {
      attendees.emplace_back(attendee.name + " (" + justice::words_for(justice::panel_agencies(), attendee.agency) + ")");
    }
    shown.set("attendees", attendees);
    shown.set("recommendation", justice::words_for(justice::panel_recommendations(), recorded->recommendation));
    shown.set("decision", justice::outcome_type_label(outcome.outcome_type));
    bool followed = justice::panel_followed(recorded->recommendation, outcome.outcome_type);
    shown.set("followed", followed ? "Yes" : "No");
    if (!recorded->police_reason.empty()) shown.set("police_reason", recorded->police_reason);
    data.set("recorded", shown);
  }
  bool may_change = takes_panel && context.may(access::Permission::correct_child_record);
  data.set("may_change", may_change);
  if (may_change) {
    data.set("panel_date", ViewList{date_input_data("panel-date", "Date of the panel", "For example, 27 3 2026",
                                                    form.panel_date, errors)});
    ViewList rows;
    int n = 0;
    for (const auto& row : form.attendees) {
      std::string prefix = "attendee-" + std::to_string(++n);
      ViewData item;
      item.set("number", std::to_string(n));
      item.set("prefix", prefix);
      item.set("agencies", justice::code_choices(justice::panel_agencies(), row.agency, "Choose the agency"));
      item.set("name", row.name);
      item.set("agency_error", error_beside(errors, prefix + "-agency"));
      item.set("name_error", error_beside(errors, prefix + "-name"));
      rows.push_back(std::move(item));
    }
    data.set("attendee_rows", rows);
    data.set("attendees_error", error_beside(errors, "attendees"));
    data.set("recommendations",
             justice::code_choices(justice::panel_recommendations(), form.recommendation, "Choose the recommendation"));
    data.set("police_decision", justice::outcome_type_label(outcome.outcome_type));
    data.set("police_reason", form.police_reason);
  }
  if (context.query_value("saved") == "panel") {
    ViewData banner;
    banner.set("heading", "Joint decision panel recorded");
    data.set("notification", banner);
  }
  add_errors(data, errors);
  return render_page(context, pages::decision_panel, data, status);
}

justice::PanelForm blank_form() {
  justice::PanelForm form;
  form.attendees.resize(justice::panel_attendee_rows);
  return form;
}

Response decision_panel_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto outcome = addressed_outcome(context, *connection, *summary);
  if (!outcome) return outcome_not_found(context);
  auto offences = justice::offences_of_child(*connection, summary->child.id, justice_viewer(context));
  auto recorded = justice::decision_panel_of(*connection, outcome->id);
  context.record_view("child.decision_panel", "child", summary->child.public_id, "outcome " + std::to_string(outcome->id));
  return panel_page(context, *connection, {*summary, *outcome, offences}, recorded,
                    recorded ? justice::panel_form_from(*recorded) : blank_form(), {}, 200);
}

Response record_decision_panel(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto outcome = addressed_outcome(context, *connection, *summary);
  if (!outcome) return outcome_not_found(context);
  const std::string& public_id = summary->child.public_id;
  auto offences = justice::offences_of_child(*connection, summary->child.id, justice_viewer(context));
  PanelPage page{*summary, *outcome, offences};
  auto recorded = justice::decision_panel_of(*connection, outcome->id);
  if (!justice::takes_decision_panel(outcome->details.outcome_type)) {
    context.record_view("child.decision_panel", "child", public_id,
                        "outcome " + std::to_string(outcome->id) + "; nothing saved: not an out-of-court decision");
    return panel_page(context, *connection, page, recorded, blank_form(), {}, 422);
  }
  auto form = posted_panel(context);
  auto checked = justice::check_panel_form(form, outcome->details.outcome_type, outcome->details.outcome_date,
                                           offence_dates(page));
  if (!checked.panel) {
    context.record_view("child.decision_panel", "child", public_id,
                        "outcome " + std::to_string(outcome->id) + "; nothing saved: the form had errors");
    return panel_page(context, *connection, page, recorded, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  justice::record_decision_panel(*connection, outcome->id, *checked.panel);
  access::record_audit_event(
      *connection,
      context.audit("outcome.decision_panel", "child", public_id,
                    "outcome " + std::to_string(outcome->id) + ", recommended " + checked.panel->recommendation +
                        (justice::panel_followed(checked.panel->recommendation, outcome->details.outcome_type)
                             ? ", followed"
                             : ", not followed")));
  transaction.commit();
  return Response::redirect("/children/" + public_id + "/outcomes/" + std::to_string(outcome->id) +
                            "/decision-panel?saved=panel");
}

}  // namespace

void add_decision_panel_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/outcomes/{outcome}/decision-panel", Permission::read_child_record, child,
                     decision_panel_page);
  routes.record_page(Method::post, "/children/{id}/outcomes/{outcome}/decision-panel",
                     Permission::correct_child_record, child, record_decision_panel);
}

}  // namespace pathway::web
