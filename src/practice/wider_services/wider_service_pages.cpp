// The forms of a child's wider services (/children/{id}/wider-services/...): adding a
// service and ending a continuing one. The services are listed on the child's
// Circumstances page (wider_service_views.h), which these forms return to; they follow
// the circumstances' rules: those who record practice, for a child whose record they may
// open. A change and its audit event are saved in one transaction.
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "justice/form_checks.h"
#include "justice/justice_page_data.h"
#include "practice/practice_page.h"
#include "practice/wider_services/wider_service_form.h"
#include "practice/wider_services/wider_service_views.h"
#include "practice/wider_services/wider_service_vocabulary.h"
#include "store/transaction.h"

namespace pathway::web {

namespace {

// The page the services are listed on, and the tab the forms keep current.
constexpr std::string_view section = "circumstances";

// The audit action of opening either form, or of either coming back with errors.
const std::string form_view = "child.wider_service_form";

ViewData form_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                   const std::string& heading, const std::string& action) {
  ViewData data =
      practice_page_data(context, connection, summary, heading, section, "circumstances", "Back to circumstances");
  data.set("heading", heading);
  data.set("action", action);
  data.set("cancel_href", section_href(summary, section) + "#wider-services");
  return data;
}

Response saved(const children::ChildSummary& summary, std::string_view banner) {
  return Response::redirect(section_href(summary, section) + "?saved=" + std::string(banner) + "#wider-services");
}

// --- Adding a service -----------------------------------------------------------------

Response add_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                       const practice::WiderServiceForm& form, const std::vector<FieldError>& errors, int status) {
  ViewData data = form_data(context, connection, summary, "Add a wider service", wider_services_href(summary) + "/new");
  data.set("adding", true);
  data.set("services", choice_options(practice::wider_service_kinds(), form.service));
  data.set("dates",
           ViewList{date_input_data("from-date", "From", "The day the support began, for example 27 3 2026", form.from,
                                    errors),
                    date_input_data("to-date", "To (optional)",
                                    "The day it ended, if it has; leave blank while it continues", form.to, errors)});
  data.set("note", form.note);
  add_errors(data, errors);
  return render_page(context, pages::wider_service_form, data, status);
}

Response new_wider_service_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view(form_view, "child", summary->child.public_id, "add");
  practice::WiderServiceForm form;
  form.from = date_input_showing(today_utc());
  return add_form_page(context, *connection, *summary, form, {}, 200);
}

Response add_wider_service(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  practice::WiderServiceForm form{context.form_value("service"), posted_date(context, "from-date"),
                                  posted_date(context, "to-date"), context.form_value("note")};
  auto checked = practice::check_wider_service(form, summary->child.details.date_of_birth, today_utc(),
                                               practice::continuing_wider_services(*connection, summary->child.id));
  if (!checked.details) {
    context.record_view(form_view, "child", public_id, "add: nothing saved, the form had errors");
    return add_form_page(context, *connection, *summary, form, checked.errors, 422);
  }
  const auto& details = *checked.details;
  store::Transaction transaction(*connection);
  std::int64_t id = practice::add_wider_service(*connection, summary->child.id, details,
                                                {context.username(), context.staff().display_name});
  access::record_audit_event(
      *connection,
      context.audit("wider_service.add", "child", public_id,
                    "wider service " + std::to_string(id) + ", " + details.service + " from " + to_iso(details.from) +
                        (details.to ? " to " + to_iso(*details.to) : ", continuing")));
  transaction.commit();
  return saved(*summary, "wider_service");
}

// --- Ending a continuing service ------------------------------------------------------

// The continuing wider service of the child named in the address; nullopt for another
// child's, one already ended, or none.
std::optional<practice::WiderService> continuing_service(PageContext& context, store::Connection& connection,
                                                         const children::ChildSummary& summary) {
  auto id = justice::whole_number(context.params.at("sid"), 18);
  if (!id) return std::nullopt;
  auto service = practice::find_wider_service(connection, summary.child.id, *id);
  if (!service || !service->continuing()) return std::nullopt;
  return service;
}

Response service_not_found(PageContext& context, const children::ChildSummary& summary) {
  context.record_view(form_view, "child", summary.child.public_id, "end: no such continuing wider service");
  return message_page(context, 404, "Wider service not found", "This child has no such continuing wider service.");
}

Response end_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                       const practice::WiderService& service, const practice::EndWiderServiceForm& form,
                       const std::vector<FieldError>& errors, int status) {
  ViewData data = form_data(context, connection, summary, "End a wider service",
                            wider_services_href(summary) + "/" + std::to_string(service.id) + "/end");
  data.set("about",
           practice::wider_service_words(service.details.service) + " since " + to_display(service.details.from));
  data.set("dates", ViewList{date_input_data("to-date", "End date",
                                             "The last day of the support, for example 27 3 2026", form.to, errors)});
  add_errors(data, errors);
  return render_page(context, pages::wider_service_form, data, status);
}

std::string shown(const practice::WiderService& service) {
  return "end wider service " + std::to_string(service.id) + ", " + service.details.service;
}

Response end_wider_service_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto service = continuing_service(context, *connection, *summary);
  if (!service) return service_not_found(context, *summary);
  context.record_view(form_view, "child", summary->child.public_id, shown(*service));
  practice::EndWiderServiceForm form{date_input_showing(today_utc())};
  return end_form_page(context, *connection, *summary, *service, form, {}, 200);
}

Response end_wider_service(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto service = continuing_service(context, *connection, *summary);
  if (!service) return service_not_found(context, *summary);
  const std::string& public_id = summary->child.public_id;
  practice::EndWiderServiceForm form{posted_date(context, "to-date")};
  auto checked = practice::check_end_wider_service(form, *service, today_utc());
  if (!checked.to) {
    context.record_view(form_view, "child", public_id, shown(*service) + ": nothing saved, the form had errors");
    return end_form_page(context, *connection, *summary, *service, form, checked.errors, 422);
  }
  bool ended = false;
  {
    store::Transaction transaction(*connection);
    ended = practice::end_wider_service(*connection, *service, *checked.to,
                                        {context.username(), context.staff().display_name});
    if (ended) {
      access::record_audit_event(
          *connection, context.audit("wider_service.end", "child", public_id,
                                     "wider service " + std::to_string(service->id) + ", " + service->details.service +
                                         " ended " + to_iso(*checked.to)));
      transaction.commit();
    }
  }
  // Ended by someone else since the form was read: nothing to end (the transaction is
  // over before the refusal is audited).
  if (!ended) return service_not_found(context, *summary);
  return saved(*summary, "wider_service_ended");
}

}  // namespace

void add_wider_service_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/wider-services/new", Permission::record_practice, child,
                     new_wider_service_form);
  routes.record_page(Method::post, "/children/{id}/wider-services/new", Permission::record_practice, child,
                     add_wider_service);
  routes.record_page(Method::get, "/children/{id}/wider-services/{sid}/end", Permission::record_practice, child,
                     end_wider_service_form);
  routes.record_page(Method::post, "/children/{id}/wider-services/{sid}/end", Permission::record_practice, child,
                     end_wider_service);
}

}  // namespace pathway::web
