// Partner sharing: /children/{id}/sharing shares a child with a partner account by name,
// with a reason, or stops sharing, each audited (access/child_shares.h). A partner reads
// only the children shared with them.
#include "access/access_reason.h"
#include "access/audit.h"
#include "access/child_shares.h"
#include "children/child_record_guard.h"
#include "children/child_views.h"
#include "core/clock.h"
#include "core/dates.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

ViewList share_rows(const std::vector<access::ChildShare>& shares) {
  ViewList rows;
  for (const auto& share : shares) {
    ViewData row;
    row.set("username", share.partner.username);
    row.set("display_name", share.partner.display_name);
    row.set("shared_by", share.shared_by);
    auto at = parse_iso_instant(share.shared_at);
    row.set("shared_at", at ? to_uk_local_display(*at) : share.shared_at);
    row.set("reason", share.reason);
    rows.push_back(std::move(row));
  }
  return rows;
}

ViewList partner_options(const std::vector<access::StaffMember>& partners, const std::string& chosen) {
  ViewList options;
  for (const auto& partner : partners) {
    ViewData option;
    option.set("value", partner.username);
    option.set("label", partner.display_name + " (" + partner.username + ")");
    option.set("selected", partner.username == chosen);
    options.push_back(std::move(option));
  }
  return options;
}

Response sharing_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                      const std::vector<FieldError>& errors, int status) {
  ViewData data = layout_data(context, "Share " + children::full_name(summary.child.details) + " with a partner",
                              "/children");
  data.set("child", children::child_summary_data(summary, today_utc()));
  data.set("restricted", summary.restricted);
  ViewList shares = share_rows(access::shares_of_child(connection, summary.child.id));
  data.set("has_shares", !shares.empty());
  data.set("shares", std::move(shares));
  ViewList partners = partner_options(access::partner_accounts(connection), context.form_value("partner"));
  data.set("has_partners", !partners.empty());
  data.set("partners", std::move(partners));
  data.set("reason", context.form_value("reason"));
  std::string saved = context.query_value("saved");
  if (saved == "shared" || saved == "stopped") {
    ViewData banner;
    banner.set("heading", saved == "shared" ? "The child is shared" : "The child is no longer shared");
    data.set("notification", banner);
  }
  ViewData back;
  back.set("href", "/children/" + summary.child.public_id);
  back.set("text", "Back to the record");
  data.set("back_link", back);
  add_errors(data, errors);
  return render_page(context, pages::child_sharing, data, status);
}

Response show_sharing(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = children::find_child(*connection, context.params.at("id"));
  context.record_view("child.sharing", "child", summary->child.public_id);
  return sharing_page(context, *connection, *summary, {}, 200);
}

// The partner account chosen on the form, if it is one.
std::optional<access::StaffMember> chosen_partner(const PageContext& context, store::Connection& connection) {
  std::string username = context.form_value("partner");
  if (username.empty()) return std::nullopt;
  auto found = access::find_staff_with_password_hash(connection, username);
  if (!found) return std::nullopt;
  return found->first;
}

Response change_sharing(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = children::find_child(*connection, context.params.at("id"));
  const std::string& public_id = summary->child.public_id;
  bool stop = context.form_value("action") == "stop";
  auto partner = chosen_partner(context, *connection);
  std::vector<FieldError> errors;
  if (!partner) errors.push_back({"partner", "Select the partner to share with"});
  auto reason = access::read_access_reason(context.form_value("reason"), "Enter why the partner needs this child’s record");
  if (!stop && !reason) errors.push_back({"reason", reason.error().message});
  if (!stop && summary->restricted) {
    errors.push_back({"partner", "A restricted record cannot be shared: name the person on the restriction instead"});
  }
  if (errors.empty()) {
    store::Transaction transaction(*connection);
    auto changed = stop ? access::stop_sharing_child(*connection, summary->child.id, partner->id)
                        : access::share_child(*connection, summary->child.id, *partner, context.username(),
                                              reason.value(), now_unix_seconds());
    if (changed) {
      access::record_audit_event(
          *connection, context.audit(stop ? "child.share_stopped" : "child.shared", "child", public_id,
                                     "partner " + partner->username + (stop ? "" : "; reason: " + reason.value())));
      transaction.commit();
      return Response::redirect("/children/" + public_id + "/sharing?saved=" + (stop ? "stopped" : "shared"));
    }
    errors.push_back({"partner", changed.error().message});
  }
  context.record_view("child.sharing", "child", public_id, "nothing changed: the form had errors");
  return sharing_page(context, *connection, *summary, errors, 422);
}

}  // namespace

void add_sharing_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/sharing", Permission::restrict_records, child, show_sharing);
  routes.record_page(Method::post, "/children/{id}/sharing", Permission::restrict_records, child, change_sharing);
}

}  // namespace pathway::web
