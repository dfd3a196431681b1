// Recording a remand (/children/{id}/remands/new: the bail or remand the court decided,
// its start and, if known, its end) and ending one (/children/{id}/remands/{remand}/end).
// The rules of the record (record_rules.h remand_breaches) refuse what the law does not
// allow; the change and its audit event are saved in one transaction, or nothing is.
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "deadlines/refresh.h"
#include "justice/custody_page_data.h"
#include "justice/form_checks.h"
#include "justice/record_labels.h"
#include "justice/remand_form.h"
#include "justice/remands.h"
#include "store/transaction.h"

namespace pathway::web {

namespace {

justice::RemandForm posted_remand(const PageContext& context) {
  return {context.form_value("remand-type"), posted_date(context, "start-date"), posted_date(context, "end-date")};
}

Response remand_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                          const justice::RemandForm& form, const std::vector<FieldError>& errors, int status) {
  ViewData data = custody_page_data(context, connection, summary, "Record bail or a remand");
  data.set("action", "/children/" + summary.child.public_id + "/remands/new");
  ViewList types;
  for (auto type : justice::remand_types()) {
    ViewData item;
    item.set("value", std::string(type));
    item.set("label", justice::remand_type_label(type));
    item.set("checked", form.remand_type == type);
    item.set("first", types.empty());
    item.set("looked_after", justice::remand_makes_looked_after(type));
    types.push_back(std::move(item));
  }
  data.set("types", std::move(types));
  data.set("start_date", ViewList{date_input_data("start-date", "Start date", "The day the court decided, for example 27 3 2025",
                                                  form.start_date, errors)});
  data.set("end_date", ViewList{date_input_data("end-date", "End date (optional)",
                                                "Leave it blank while the bail or remand continues", form.end_date,
                                                errors)});
  add_errors(data, errors);
  return render_page(context, pages::remand_form, data, status);
}

Response new_remand_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view("child.remand_form", "child", summary->child.public_id);
  return remand_form_page(context, *connection, *summary, {}, {}, 200);
}

Response create_remand(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  auto form = posted_remand(context);
  auto checked = justice::check_remand_form(form, summary->child.details.date_of_birth, today_utc());
  if (!checked.remand) {
    context.record_view("child.remand_form", "child", public_id, "nothing saved: the form had errors");
    return remand_form_page(context, *connection, *summary, form, checked.errors, 422);
  }
  const auto& remand = *checked.remand;
  store::Transaction transaction(*connection);
  std::int64_t id =
      justice::create_remand(*connection, summary->child.id, remand.remand_type, remand.start_date, remand.end_date);
  access::record_audit_event(
      *connection, context.audit("remand.create", "child", public_id,
                                 "remand " + std::to_string(id) + ", " + remand.remand_type + " from " +
                                     to_iso(remand.start_date) + (remand.end_date ? " to " + to_iso(*remand.end_date) : "")));
  deadlines::refresh_child(*connection, summary->child.id);
  transaction.commit();
  return Response::redirect(custody_href(*summary) + "?saved=remand");
}

// The remand named in the address, still running, of the child; nullopt otherwise.
std::optional<justice::Remand> running_remand(PageContext& context, store::Connection& connection,
                                              const children::ChildSummary& summary) {
  auto id = justice::whole_number(context.params.at("remand"), 18);
  if (!id) return std::nullopt;
  auto remand = justice::find_remand(connection, summary.child.id, *id);
  if (!remand || remand->end_date) return std::nullopt;
  return remand;
}

Response remand_not_found(PageContext& context, const children::ChildSummary& summary) {
  context.record_view("child.remand_form", "child", summary.child.public_id, "no such remand still running");
  return message_page(context, 404, "Remand not found", "This child has no such remand still running.");
}

Response end_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                       const justice::Remand& remand, const DateInput& typed, const std::vector<FieldError>& errors,
                       int status) {
  ViewData data = custody_page_data(context, connection, summary, "End the bail or remand");
  data.set("heading", "End the bail or remand");
  data.set("action", "/children/" + summary.child.public_id + "/remands/" + std::to_string(remand.id) + "/end");
  data.set("about", justice::remand_type_label(remand.remand_type) + " since " + to_display(remand.start_date));
  data.set("date", ViewList{date_input_data("end-date", "End date", "The day it ended, for example at sentence",
                                            typed, errors)});
  data.set("button", "Save end date");
  add_errors(data, errors);
  return render_page(context, pages::custody_date_form, data, status);
}

Response end_remand_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto remand = running_remand(context, *connection, *summary);
  if (!remand) return remand_not_found(context, *summary);
  context.record_view("child.remand_form", "child", summary->child.public_id);
  return end_form_page(context, *connection, *summary, *remand, {}, {}, 200);
}

Response end_remand(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto remand = running_remand(context, *connection, *summary);
  if (!remand) return remand_not_found(context, *summary);
  const std::string& public_id = summary->child.public_id;
  DateInput typed = posted_date(context, "end-date");
  auto checked = justice::check_remand_end(typed, {remand->start_date, std::nullopt, remand->remand_type},
                                           summary->child.details.date_of_birth, today_utc());
  if (!checked.end_date) {
    context.record_view("child.remand_form", "child", public_id, "nothing saved: the form had errors");
    return end_form_page(context, *connection, *summary, *remand, typed, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  justice::end_remand(*connection, remand->id, *checked.end_date);
  access::record_audit_event(*connection, context.audit("remand.end", "child", public_id,
                                                        "remand " + std::to_string(remand->id) + " ended " +
                                                            to_iso(*checked.end_date)));
  deadlines::refresh_child(*connection, summary->child.id);
  transaction.commit();
  return Response::redirect(custody_href(*summary) + "?saved=remand-ended");
}

}  // namespace

void add_remand_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/remands/new", Permission::correct_child_record, child, new_remand_form);
  routes.record_page(Method::post, "/children/{id}/remands/new", Permission::correct_child_record, child, create_remand);
  routes.record_page(Method::get, "/children/{id}/remands/{remand}/end", Permission::correct_child_record, child,
                     end_remand_form);
  routes.record_page(Method::post, "/children/{id}/remands/{remand}/end", Permission::correct_child_record, child,
                     end_remand);
}

}  // namespace pathway::web
