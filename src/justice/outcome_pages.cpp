// Recording an outcome (/children/{id}/outcomes/new): its type, date, the offences it
// disposes of (the child's own, not yet disposed of), start and end, length, completion,
// and education and accommodation at the end. The outcome, the offences it names and the
// audit event are saved in one transaction, or nothing is.
#include <map>

#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "deadlines/refresh.h"
#include "justice/justice_page_data.h"
#include "justice/offence_views.h"
#include "justice/court_views.h"
#include "justice/outcome_form.h"
#include "justice/record_labels.h"
#include "store/transaction.h"

namespace pathway::web {

namespace {

justice::OutcomeForm posted_outcome(const PageContext& context) {
  return {context.form_value("outcome-type"),  posted_date(context, "outcome-date"),
          all_values(context.form, "offence"), posted_date(context, "start-date"),
          posted_date(context, "end-date"),    context.form_value("length-months"),
          context.form_value("completion"),    context.form_value("end-ete"),
          context.form_value("end-accommodation"), context.form_value("court"),
          posted_date(context, "hearing-date")};
}

Response outcome_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                           const std::vector<justice::Offence>& offences, const justice::OutcomeForm& form,
                           const std::vector<FieldError>& errors, int status) {
  ViewData data = justice_page_data(context, connection, summary, "Record an outcome");
  data.set("action", "/children/" + summary.child.public_id + "/outcomes/new");
  data.set("type_groups", justice::outcome_type_groups(form.outcome_type));
  data.set("outcome_date", ViewList{date_input_data("outcome-date", "Date of the outcome",
                                                    "The day the disposal was given or the sentence passed, for example 27 3 2024",
                                                    form.outcome_date, errors)});
  ViewList choices = justice::offence_choices(offences, form.offences);
  data.set("has_choices", !choices.empty());
  data.set("offence_choices", choices);
  data.set("court", form.court);
  data.set("court_names", justice::court_name_suggestions(connection));
  data.set("hearing_date", ViewList{date_input_data("hearing-date", "Date of conviction (court outcomes)",
                                                    "The hearing at which the child pleaded guilty or was found guilty: "
                                                    "the date of the outcome when sentence was passed that day",
                                                    form.hearing_date, errors)});
  data.set("start_date", ViewList{date_input_data("start-date", "Start date (optional)",
                                                  "When the programme or order starts (a referral order: the contract)",
                                                  form.start_date, errors)});
  data.set("end_date", ViewList{date_input_data("end-date", "End date (optional)",
                                                "When the programme or order actually ended (custody: the community part)",
                                                form.end_date, errors)});
  data.set("length_months", form.length_months);
  data.set("completions", justice::optional_choices(justice::completions(), justice::completion_label, form.completion));
  data.set("end_etes", justice::optional_choices(justice::end_statuses(), justice::end_status_label, form.end_ete));
  data.set("end_accommodations",
           justice::optional_choices(justice::end_statuses(), justice::end_status_label, form.end_accommodation));
  add_errors(data, errors);
  return render_page(context, pages::outcome_form, data, status);
}

// The offences the form offers: the child's own, not yet disposed of, by id with their dates.
std::map<std::int64_t, Date> offered(const std::vector<justice::Offence>& offences) {
  std::map<std::int64_t, Date> dates;
  for (const auto& offence : offences) {
    if (!offence.disposed) dates.emplace(offence.id, offence.details.offence_date);
  }
  return dates;
}

Response new_outcome_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto offences = justice::offences_of_child(*connection, summary->child.id, justice_viewer(context));
  context.record_view("child.outcome_form", "child", summary->child.public_id);
  return outcome_form_page(context, *connection, *summary, offences, {}, {}, 200);
}

Response create_outcome(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  auto offences = justice::offences_of_child(*connection, summary->child.id, justice_viewer(context));
  auto form = posted_outcome(context);
  auto checked =
      justice::check_outcome_form(form, summary->child.details.date_of_birth, today_utc(), offered(offences));
  if (!checked.details) {
    context.record_view("child.outcome_form", "child", public_id, "nothing saved: the form had errors");
    return outcome_form_page(context, *connection, *summary, offences, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  std::int64_t id = justice::create_outcome(*connection, summary->child.id, *checked.details);
  std::string disposed;
  for (std::int64_t offence : checked.details->offence_ids) {
    disposed += (disposed.empty() ? "" : " ") + std::to_string(offence);
  }
  access::record_audit_event(*connection, context.audit("outcome.create", "child", public_id,
                                                        "outcome " + std::to_string(id) + ", " +
                                                            checked.details->outcome_type + "; offences " + disposed));
  deadlines::refresh_child(*connection, summary->child.id);
  transaction.commit();
  return Response::redirect("/children/" + public_id + "/offences?saved=outcome");
}

}  // namespace

void add_outcome_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/outcomes/new", Permission::correct_child_record, child,
                     new_outcome_form);
  routes.record_page(Method::post, "/children/{id}/outcomes/new", Permission::correct_child_record, child,
                     create_outcome);
}

}  // namespace pathway::web
