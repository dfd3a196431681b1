// Emergency access ("break glass"): /children/{id}/break-glass asks why the record is
// needed, warns that the access is audited and seen by the child's allocated worker and
// their manager, then grants it for the service's set time (access/break_glass.h).
#include "access/audit.h"
#include "access/break_glass.h"
#include "access/break_glass_reason.h"
#include "access/need_to_know.h"
#include "children/child_record_guard.h"
#include "children/child_views.h"
#include "core/clock.h"
#include "core/dates.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

// The form is reached from an identity-only row of the children list, so it allows what
// the list shows: a child that appears to the viewer in search and is not restricted. A
// restricted record cannot be broken into, and answers exactly as a missing child.
std::shared_ptr<const RecordGuard> break_glass_guard() {
  static const auto guard = std::make_shared<const RecordGuard>(RecordGuard{
      .record_type = "child",
      .param = "id",
      .may_open =
          [](PageContext& context, const std::string& public_id) {
            auto connection = context.database.acquire();
            auto summary = children::find_child(*connection, public_id);
            return summary && !summary->restricted &&
                   access::may_list_child(*connection, context.staff(), public_id, now_unix_seconds());
          },
      .not_found = child_record_guard()->not_found,
  });
  return guard;
}

Response break_glass_form(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                          const std::vector<FieldError>& errors, int status) {
  ViewData data = layout_data(context, "Emergency access to " + children::full_name(summary.child.details) +
                                           "’s record",
                              "/children");
  data.set("child", children::child_summary_data(summary, today_utc()));
  std::string choice = context.form_value("reason-choice");
  ViewList choices;
  for (const auto& reason : access::break_glass_reason_choices()) {
    ViewData item;
    item.set("value", std::string(reason.code));
    item.set("label", std::string(reason.label));
    item.set("selected", reason.code == choice);
    choices.push_back(std::move(item));
  }
  data.set("choices", std::move(choices));
  data.set("details", context.form_value("reason-details"));
  data.set("hours", std::to_string(access::break_glass_hours(connection)));
  ViewData back;
  back.set("href", "/children");
  back.set("text", "Back to children");
  data.set("back_link", back);
  add_errors(data, errors);
  return render_page(context, pages::child_break_glass, data, status);
}

Response show_break_glass(PageContext& context) {
  const std::string& public_id = context.params.at("id");
  auto connection = context.database.acquire();
  // Someone who may already open the record (or whose grant is still in force) needs no
  // new grant.
  if (access::may_open_child(*connection, context.staff(), public_id, now_unix_seconds())) {
    return Response::redirect("/children/" + public_id);
  }
  auto summary = children::find_child(*connection, public_id);
  context.record_view("child.break_glass_form", "child", public_id);
  return break_glass_form(context, *connection, *summary, {}, 200);
}

Response open_with_break_glass(PageContext& context) {
  const std::string& public_id = context.params.at("id");
  auto connection = context.database.acquire();
  std::int64_t now = now_unix_seconds();
  if (access::may_open_child(*connection, context.staff(), public_id, now)) {
    return Response::redirect("/children/" + public_id);
  }
  auto summary = children::find_child(*connection, public_id);
  auto check = access::check_break_glass_reason(context.form_value("reason-choice"),
                                                context.form_value("reason-details"));
  if (!check.reason) {
    std::vector<FieldError> errors;
    if (!check.choice_error.empty()) {
      std::string first = std::string(access::break_glass_reason_choices().front().code);
      errors.push_back({"reason-choice", check.choice_error, "reason-choice-" + first});
    }
    if (!check.details_error.empty()) errors.push_back({"reason-details", check.details_error});
    context.record_view("child.break_glass_form", "child", public_id, "no grant: the reason had errors");
    return break_glass_form(context, *connection, *summary, errors, 422);
  }
  store::Transaction transaction(*connection);
  auto grant = access::open_break_glass(*connection, context.staff(), summary->child.id, *check.reason, now);
  access::record_audit_event(*connection, context.audit("child.break_glass", "child", public_id,
                                                        "until " + to_iso_instant(grant.expires_at) + "; reason: " +
                                                            grant.reason));
  transaction.commit();
  return Response::redirect("/children/" + public_id);
}

}  // namespace

void add_break_glass_pages(Routes& routes) {
  using access::Permission;
  auto guard = break_glass_guard();
  routes.record_page(Method::get, "/children/{id}/break-glass", Permission::break_glass, guard, show_break_glass);
  routes.record_page(Method::post, "/children/{id}/break-glass", Permission::break_glass, guard,
                     open_with_break_glass);
}

}  // namespace pathway::web
