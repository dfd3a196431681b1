// A child's Plan tab (/children/{id}/plan): the case formulation as it stands, with its
// earlier versions, and the intervention plan with its objectives and reviews; and the plan
// printed as PDF, child-friendly or in full. Each answer is audited with the plan's and the
// formulation's ids shown.
#include "children/child_record_guard.h"
#include "core/dates.h"
#include "justice/justice_page_data.h"
#include "practice/plans/formulation.h"
#include "practice/plans/plan_page_data.h"
#include "practice/plans/plan_pdf.h"
#include "practice/plans/plan_routes.h"
#include "practice/plans/plan_store.h"
#include "practice/plans/plan_views.h"
#include "web/saved_banner.h"

namespace pathway::web {

namespace {

using practice::PlanKind;

// The banners of the changes that come back to the plan.
constexpr SavedBanner plan_banners[] = {{"formulation", "Case formulation saved"},
                                        {"objective", "Objective added"},
                                        {"action", "Action added"},
                                        {"review", "Review recorded"}};

Response show_plan(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto versions = practice::formulation_versions(*connection, summary->child.id);
  auto plan = practice::plan_of_child(*connection, summary->child.id, PlanKind::intervention);
  context.record_view("child.plan", "child", summary->child.public_id,
                      practice::formulation_shown(versions) + "; " + practice::plan_shown(plan));
  ViewData data = plan_page_data(context, *connection, *summary, "Case formulation and plan", false);
  data.set("may_change", context.may(access::Permission::record_practice));
  practice::add_formulation_data(data, versions);
  practice::add_plan_data(data, plan);
  add_saved_banner(context, data, plan_banners);
  return render_page(context, pages::child_plan, data);
}

// The plan as PDF, made by `print`: a 404 page when the child has no plan yet.
Response plan_pdf(PageContext& context, const std::string& which, const std::string& file_name,
                  std::string (*print)(const practice::PlanDocument&)) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto plan = practice::plan_of_child(*connection, summary->child.id, PlanKind::intervention);
  if (!plan) {
    context.record_view("child.plan_pdf", "child", summary->child.public_id, which + "; no plan");
    return message_page(context, 404, "No plan yet",
                        "This child has no plan to print. Add an objective to the plan first.");
  }
  auto versions = practice::formulation_versions(*connection, summary->child.id);
  connection.reset();
  practice::PlanDocument document{children::full_name(summary->child.details),
                                  to_display(summary->child.details.date_of_birth), *plan,
                                  versions.empty() ? std::nullopt : std::optional(versions.front()), today_utc()};
  std::string shown = which + "; " + practice::plan_shown(plan) +
                      (versions.empty() ? "" : "; formulation version " + std::to_string(versions.front().version));
  context.record_view("child.plan_pdf", "child", summary->child.public_id, shown);
  Response response;
  response.content_type = "application/pdf";
  response.set_header("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
  response.body = print(document);
  return response;
}

Response child_friendly_pdf(PageContext& context) {
  return plan_pdf(context, "child-friendly print", "my-plan.pdf", practice::child_friendly_plan_pdf);
}

Response full_pdf(PageContext& context) {
  return plan_pdf(context, "full plan", "intervention-plan.pdf", practice::full_plan_pdf);
}

}  // namespace

void add_plan_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/plan", Permission::read_child_record, child, show_plan);
  routes.record_page(Method::get, "/children/{id}/plan/my-plan.pdf", Permission::read_child_record, child,
                     child_friendly_pdf);
  routes.record_page(Method::get, "/children/{id}/plan/full-plan.pdf", Permission::read_child_record, child, full_pdf);
  add_formulation_pages(routes);
  add_plan_form_pages(routes);
}

}  // namespace pathway::web
