#include "web/page.h"

#include "access/roles.h"

namespace pathway::web {

std::string PageContext::query_value(std::string_view name) const {
  return first_value(query, name).value_or("");
}

std::string PageContext::form_value(std::string_view name) const {
  return first_value(form, name).value_or("");
}

access::AuditEvent PageContext::audit(std::string action, std::string record_type, std::string record_id,
                                      std::string detail) const {
  return {session ? session->staff.username : "anonymous", std::move(action), std::move(record_type),
          std::move(record_id), request.remote_address, std::move(detail)};
}

void PageContext::record_view(std::string action, std::string record_type, std::string record_id,
                              std::string detail) {
  audit_log.record(audit(std::move(action), std::move(record_type), std::move(record_id), std::move(detail)));
  ++recorded_views.count_;
}

ViewData layout_data(const PageContext& context, std::string title, std::string_view nav_current) {
  ViewData data;
  data.set("page_title", std::move(title));
  data.set("has_errors", false);
  if (!context.session) return data;
  const auto& staff = context.session->staff;
  ViewData user;
  user.set("display_name", staff.display_name);
  user.set("role_label", std::string(staff.main_role_label()));
  data.set("user", std::move(user));
  data.set("csrf_token", context.session->csrf_token);
  if (context.session->two_factor_pending) return data;  // no page but the second step opens yet
  ViewList nav;
  // Only what the account's roles may use: a link that would answer 403 is no help.
  struct NavItem {
    const char* href;
    const char* label;
    access::Permission permission;
  };
  for (auto [href, label, permission] : {NavItem{"/", "Home", access::Permission::use_pathway},
                                         NavItem{"/children", "Children", access::Permission::search_children},
                                         NavItem{"/my-work", "My work", access::Permission::hold_cases},
                                         NavItem{"/caseloads/mine", "My caseload", access::Permission::hold_cases},
                                         NavItem{"/appointments/mine", "My appointments", access::Permission::hold_cases},
                                         NavItem{"/caseloads/team", "Team caseloads", access::Permission::allocate_cases},
                                         NavItem{"/performance", "Performance", access::Permission::see_performance},
                                         NavItem{"/admin/accounts", "Accounts", access::Permission::manage_accounts},
                                         NavItem{"/admin/teams", "Teams", access::Permission::manage_reference_data},
                                         NavItem{"/admin/districts", "Areas and districts",
                                                 access::Permission::manage_reference_data},
                                         NavItem{"/admin/establishments", "Establishments",
                                                 access::Permission::manage_reference_data},
                                         NavItem{"/admin/bank-holidays", "Bank holidays",
                                                 access::Permission::manage_reference_data},
                                         NavItem{"/admin/deadline-rules", "Deadline rules",
                                                 access::Permission::manage_reference_data},
                                         NavItem{"/admin/assessment-templates", "Assessment templates",
                                                 access::Permission::manage_reference_data},
                                         NavItem{"/admin/settings", "Settings",
                                                 access::Permission::manage_reference_data},
                                         NavItem{"/admin/contact-expectations", "Contact expectations",
                                                 access::Permission::manage_reference_data},
                                         NavItem{"/restricted-records", "Restricted records",
                                                 access::Permission::restrict_records},
                                         NavItem{"/audit", "Audit trail", access::Permission::search_audit_trail}}) {
    if (!context.may(permission)) continue;
    ViewData item;
    item.set("href", href);
    item.set("label", label);
    item.set("current", href == nav_current);
    nav.push_back(std::move(item));
  }
  data.set("nav", std::move(nav));
  return data;
}

void add_errors(ViewData& data, const std::vector<FieldError>& errors) {
  if (errors.empty()) return;
  data.set("has_errors", true);
  ViewList list;
  for (const auto& error : errors) {
    ViewData item;
    item.set("href", "#" + (error.target.empty() ? error.field : error.target));
    item.set("text", error.text);
    list.push_back(std::move(item));
    // Only the first message for a field is shown beside it.
    std::string key = "error_" + error.field;
    if (!data.get(key)) data.set(key, error.text);
  }
  data.set("errors", std::move(list));
}

namespace {
Response render(const PageContext& context, std::string_view name, const ViewData& data, int status) {
  Response response;
  response.status = status;
  response.body = context.views.render(std::string(name), data);
  return response;
}
}  // namespace

Response render_page(const PageContext& context, PageTemplate page, const ViewData& data, int status) {
  return render(context, page.name, data, status);
}

Response render_page(const PageContext& context, PersonalDataTemplate page, const ViewData& data, int status) {
  if (context.recorded_views.count() == 0) {
    throw std::logic_error("the page " + std::string(page.name) + " shows personal data, but the request " +
                           context.request.correlation_id + " recorded no audit event for it");
  }
  return render(context, page.name, data, status);
}

Response message_page(const PageContext& context, int status, std::string heading, std::string text) {
  ViewData data = layout_data(context, heading, "");
  data.set("heading", std::move(heading));
  data.set("text", std::move(text));
  data.set("correlation_id", context.request.correlation_id);
  return render_page(context, pages::message, data, status);
}

}  // namespace pathway::web
