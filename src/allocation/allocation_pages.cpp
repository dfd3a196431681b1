// A child's allocation page: who works with the child (the case manager and the other
// practitioners, each with their role on the case and how intensive the work is) and who
// worked with them before; for managers, the forms to allocate or reallocate the case
// manager, add a practitioner, change an intensity and end an involvement. Every route is
// guarded by need to know, so a manager allocates only the children their scope reaches.
#include <algorithm>
#include <cctype>

#include "access/audit.h"
#include "allocation/allocation_repository.h"
#include "allocation/allocation_views.h"
#include "allocation/caseloads.h"
#include "children/child_record_guard.h"
#include "children/child_record_header.h"
#include "children/child_repository.h"
#include "children/child_views.h"
#include "core/clock.h"
#include "core/dates.h"
#include "core/free_text.h"
#include "core/text.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

using allocation::CaseRole;
using allocation::Intensity;

constexpr std::size_t max_reason_length = 500;

// What a manager typed into one of the page's forms, shown back with its errors.
struct Typed {
  std::string worker = {};
  std::string intensity = {};
  std::string reason = {};
  std::string practitioner = {};  // "role:username"
  std::string practitioner_intensity = {};
};

ViewList intensity_options(const std::string& chosen) {
  ViewList options;
  for (Intensity intensity : allocation::all_intensities()) {
    ViewData option;
    option.set("value", std::string(allocation::intensity_code(intensity)));
    option.set("label", std::string(allocation::intensity_label(intensity)));
    option.set("weight", allocation::hundredths_text(allocation::intensity_weight_hundredths(intensity)));
    option.set("selected", allocation::intensity_code(intensity) == chosen);
    options.push_back(std::move(option));
  }
  return options;
}

// The error, if any, for a field of one allocation's own forms ("end-reason-12").
std::string error_for(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& error : errors) {
    if (error.field == field) return error.text;
  }
  return "";
}

ViewData case_worker_data(const allocation::CaseWorker& worker, const std::vector<FieldError>& errors) {
  ViewData item;
  item.set("id", std::to_string(worker.id));
  item.set("name", worker.display_name);
  // Mustache shows a section for any string, even an empty one: set only what is there.
  if (!worker.team_name.empty()) item.set("team", worker.team_name);
  item.set("role", std::string(allocation::case_role_label(worker.role)));
  item.set("is_case_manager", worker.role == CaseRole::case_manager);
  item.set("intensity", std::string(allocation::intensity_label(worker.intensity)));
  item.set("intensive", worker.intensity == Intensity::intensive);
  item.set("started_at", allocation::display_instant(worker.started_at));
  item.set("allocated_by", worker.allocated_by_name);
  // Named apart from the page's own "reason" (the form's), which a missing key would find.
  if (!worker.reason.empty()) item.set("allocation_reason", worker.reason);
  if (worker.ended_at) {
    item.set("ended_at", allocation::display_instant(*worker.ended_at));
    item.set("ended_by", worker.ended_by_name);
    if (!worker.end_reason.empty()) item.set("end_reason", worker.end_reason);
  }
  item.set("intensities", intensity_options(std::string(allocation::intensity_code(worker.intensity))));
  std::string end_error = error_for(errors, "end-reason-" + std::to_string(worker.id));
  std::string intensity_error = error_for(errors, "intensity-" + std::to_string(worker.id));
  if (!end_error.empty()) item.set("end_error", end_error);
  if (!intensity_error.empty()) item.set("intensity_error", intensity_error);
  // A form with an error is shown open, so the message and the field can be reached.
  item.set("open", !end_error.empty() || !intensity_error.empty());
  return item;
}

// A child gone since the guard let the request through answers as the guard would.
Response child_not_found(PageContext& context) { return child_record_guard()->not_found(context); }

// The page, with the forms' errors and what was typed when a change was refused.
Response allocation_page(PageContext& context, store::Connection& connection,
                         const children::ChildSummary& summary, const std::vector<FieldError>& errors,
                         const Typed& typed, int status) {
  const std::string& public_id = summary.child.public_id;
  ViewData data = layout_data(context, "Allocation: " + children::full_name(summary.child.details), "/children");
  children::add_child_record_header(data, connection, summary, today_utc());
  data.set("tab_allocation", true);
  data.set("back_query", "");
  data.set("action", "/children/" + public_id + "/allocation");
  ViewList current, ended;
  bool has_case_manager = false;
  for (const auto& worker : allocation::case_workers(connection, summary.child.id)) {
    if (!worker.ended_at && worker.role == CaseRole::case_manager) has_case_manager = true;
    (worker.ended_at ? ended : current).push_back(case_worker_data(worker, errors));
  }
  data.set("has_current", !current.empty());
  data.set("current", std::move(current));
  data.set("has_ended", !ended.empty());
  data.set("ended", std::move(ended));
  data.set("has_case_manager", has_case_manager);
  bool may_allocate = context.may(access::Permission::allocate_cases);
  data.set("may_allocate", may_allocate);
  if (may_allocate) {
    ViewList workers;
    for (const auto& worker : allocation::candidate_workers(connection, context.staff(), CaseRole::case_manager)) {
      ViewData option;
      option.set("value", worker.username);
      option.set("label", worker.display_name + (worker.team_name.empty() ? "" : " (" + worker.team_name + ")"));
      option.set("selected", worker.username == typed.worker);
      workers.push_back(std::move(option));
    }
    data.set("workers", std::move(workers));
    data.set("intensities", intensity_options(typed.intensity.empty() ? "standard" : typed.intensity));
    data.set("reason", typed.reason);
    ViewList groups;
    for (CaseRole role : allocation::practitioner_roles()) {
      ViewData group;
      group.set("label", std::string(allocation::case_role_label(role)));
      ViewList options;
      for (const auto& worker : allocation::candidate_workers(connection, context.staff(), role)) {
        ViewData option;
        std::string value = std::string(allocation::case_role_code(role)) + ":" + worker.username;
        option.set("value", value);
        option.set("label", worker.display_name + (worker.team_name.empty() ? "" : " (" + worker.team_name + ")"));
        option.set("selected", value == typed.practitioner);
        options.push_back(std::move(option));
      }
      group.set("options", std::move(options));
      groups.push_back(std::move(group));
    }
    data.set("practitioner_groups", std::move(groups));
    data.set("practitioner_intensities",
             intensity_options(typed.practitioner_intensity.empty() ? "standard" : typed.practitioner_intensity));
  }
  std::string done = context.query_value("done");
  static const std::pair<std::string_view, std::string_view> banners[] = {
      {"allocated", "Case manager allocated"}, {"added", "Practitioner added"},
      {"ended", "Involvement ended"}, {"intensity", "Intensity changed"}};
  for (auto [code, heading] : banners) {
    if (done != code) continue;
    ViewData banner;
    banner.set("heading", std::string(heading));
    banner.set("text", "The change is kept in the allocation history.");
    data.set("notification", banner);
  }
  add_errors(data, errors);
  context.record_view("child.allocation", "child", public_id, errors.empty() ? "" : "the change had errors");
  return render_page(context, pages::child_allocation, data, status);
}

std::optional<children::ChildSummary> load_child(PageContext& context, store::Connection& connection) {
  return children::find_child(connection, context.params.at("id"));
}

Response view_allocation(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = load_child(context, *connection);
  if (!summary) return child_not_found(context);
  return allocation_page(context, *connection, *summary, {}, {}, 200);
}

// What is wrong with a reason as typed (trimmed): `missing` when it is required and
// empty, or a rule of clean text it breaks; nullopt when it will do.
std::optional<std::string> reason_problem(const std::string& reason, std::optional<std::string> missing) {
  if (reason.empty()) return missing;
  if (auto problem = free_text_problem(reason, max_reason_length)) return "The reason " + *problem;
  return std::nullopt;
}

// Runs a change and its audit event in one transaction: redirects to the page with its
// banner when the change is made, or shows the page with the refusal beside `field` when
// it is not (nothing is saved).
// `field` is read after `make` runs, so `make` may point it at the field it refuses.
Response change(PageContext& context, const Typed& typed, const std::string& field, const std::string& action,
                const std::string& done,
                const std::function<Result<std::string>(store::Connection&, const children::ChildSummary&)>& make) {
  auto connection = context.database.acquire();
  auto summary = load_child(context, *connection);
  if (!summary) return child_not_found(context);
  Result<std::string> detail = Error{ErrorKind::invalid, ""};
  {
    store::Transaction transaction(*connection);
    detail = make(*connection, *summary);
    if (detail) {
      access::record_audit_event(*connection, context.audit(action, "child", summary->child.public_id, detail.value()));
      transaction.commit();
    }
  }
  if (detail) return Response::redirect("/children/" + summary->child.public_id + "/allocation?done=" + done);
  return allocation_page(context, *connection, *summary, {{field, detail.error().message}}, typed, 422);
}

// An allocation id from the address: nullopt for anything but a positive number.
std::optional<std::int64_t> allocation_id(const PageContext& context) {
  const std::string& text = context.params.at("allocation");
  if (text.empty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), [](unsigned char c) {
        return std::isdigit(c);
      })) {
    return std::nullopt;
  }
  return std::stoll(text);
}

Response allocate(PageContext& context) {
  Typed typed{.worker = context.form_value("worker"), .intensity = context.form_value("intensity"),
              .reason = std::string(trim(context.form_value("reason")))};
  std::string field = "worker";
  return change(context, typed, field, "child.allocate", "allocated",
                [&](store::Connection& connection, const children::ChildSummary& child) -> Result<std::string> {
                  if (typed.worker.empty()) return Error{ErrorKind::invalid, "Choose a case manager"};
                  field = "intensity";
                  auto intensity = allocation::intensity_from_code(typed.intensity);
                  if (!intensity) return Error{ErrorKind::invalid, "Choose how intensive the work with the child is"};
                  field = "reason";
                  bool reallocating = false;
                  for (const auto& worker : allocation::case_workers(connection, child.child.id)) {
                    reallocating |= !worker.ended_at && worker.role == CaseRole::case_manager;
                  }
                  auto missing = reallocating ? std::optional<std::string>("Enter the reason for reallocating the case")
                                              : std::nullopt;
                  if (auto problem = reason_problem(typed.reason, missing)) return Error{ErrorKind::invalid, *problem};
                  field = "worker";
                  auto made = allocation::allocate_case_manager(
                      connection, context.staff(),
                      {child.child.id, typed.worker, CaseRole::case_manager, *intensity, typed.reason},
                      now_unix_seconds());
                  if (!made) return made.error();
                  return "case manager " + typed.worker + ", " + std::string(allocation::intensity_code(*intensity)) +
                         (typed.reason.empty() ? "" : "; reason given");
                });
}

Response add_practitioner(PageContext& context) {
  Typed typed{.practitioner = context.form_value("practitioner"),
              .practitioner_intensity = context.form_value("practitioner-intensity")};
  std::string field = "practitioner";
  return change(context, typed, field, "child.add_practitioner", "added",
                [&](store::Connection& connection, const children::ChildSummary& child) -> Result<std::string> {
                  auto colon = typed.practitioner.find(':');
                  auto role = colon == std::string::npos
                                  ? std::nullopt
                                  : allocation::case_role_from_code(typed.practitioner.substr(0, colon));
                  if (!role) return Error{ErrorKind::invalid, "Choose a practitioner and their role on the case"};
                  field = "practitioner-intensity";
                  auto intensity = allocation::intensity_from_code(typed.practitioner_intensity);
                  if (!intensity) return Error{ErrorKind::invalid, "Choose how intensive the work with the child is"};
                  field = "practitioner";
                  std::string username = typed.practitioner.substr(colon + 1);
                  auto made = allocation::add_practitioner(connection, context.staff(),
                                                           {child.child.id, username, *role, *intensity, ""},
                                                           now_unix_seconds());
                  if (!made) return made.error();
                  return std::string(allocation::case_role_code(*role)) + " " + username + ", " +
                         std::string(allocation::intensity_code(*intensity));
                });
}

Response end_involvement(PageContext& context) {
  auto id = allocation_id(context);
  std::string reason(trim(context.form_value("reason")));
  std::string field = "end-reason-" + (id ? std::to_string(*id) : std::string("0"));
  return change(context, {}, field, "child.end_allocation", "ended",
                [&](store::Connection& connection, const children::ChildSummary& child) -> Result<std::string> {
                  if (!id) return Error{ErrorKind::not_found, "That practitioner is no longer working with this child"};
                  if (auto problem = reason_problem(reason, "Enter the reason for ending this involvement")) {
                    return Error{ErrorKind::invalid, *problem};
                  }
                  bool closes = context.form_value("closes-case") == "yes";
                  auto ended = allocation::end_allocation(connection, child.child.id, *id,
                                                          {context.username(), reason, closes}, now_unix_seconds());
                  if (!ended) return ended.error();
                  return std::string(allocation::case_role_code(ended->role)) + " " + ended->username + " ended" +
                         (closes ? "; case closed" : "") + "; reason given";
                });
}

Response change_intensity(PageContext& context) {
  auto id = allocation_id(context);
  std::string chosen = context.form_value("intensity");
  std::string field = "intensity-" + (id ? std::to_string(*id) : std::string("0"));
  return change(context, {}, field, "child.change_intensity", "intensity",
                [&](store::Connection& connection, const children::ChildSummary& child) -> Result<std::string> {
                  if (!id) return Error{ErrorKind::not_found, "That practitioner is no longer working with this child"};
                  auto intensity = allocation::intensity_from_code(chosen);
                  if (!intensity) return Error{ErrorKind::invalid, "Choose how intensive the work with the child is"};
                  auto before = allocation::change_intensity(connection, child.child.id, *id, *intensity);
                  if (!before) return before.error();
                  return std::string(allocation::case_role_code(before->role)) + " " + before->username + ": " +
                         std::string(allocation::intensity_code(before->intensity)) + " to " +
                         std::string(allocation::intensity_code(*intensity));
                });
}

}  // namespace

void add_allocation_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/allocation", Permission::read_child_record, child, view_allocation);
  routes.record_page(Method::post, "/children/{id}/allocation", Permission::allocate_cases, child, allocate);
  routes.record_page(Method::post, "/children/{id}/allocation/practitioners", Permission::allocate_cases, child,
                     add_practitioner);
  routes.record_page(Method::post, "/children/{id}/allocation/{allocation}/end", Permission::allocate_cases, child,
                     end_involvement);
  routes.record_page(Method::post, "/children/{id}/allocation/{allocation}/intensity", Permission::allocate_cases,
                     child, change_intensity);
}

}  // namespace pathway::web
