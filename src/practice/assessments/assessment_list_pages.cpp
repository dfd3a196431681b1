// A child's assessments (/children/{id}/assessments: each with its template and version,
// state, dates and author, and the form to put two side by side) and starting one
// (/children/{id}/assessments/new: choose the template; a draft on its newest version).
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "justice/form_checks.h"
#include "justice/justice_page_data.h"
#include "practice/assessments/assessment_pages.h"
#include "practice/assessments/assessment_views.h"
#include "store/transaction.h"

namespace pathway::web {

namespace {

ViewList assessment_choices(const std::vector<practice::Assessment>& assessments, const std::string& chosen) {
  ViewList choices;
  for (const auto& assessment : assessments) {
    ViewData item;
    item.set("value", std::to_string(assessment.id));
    item.set("label", assessment.title + " (version " + std::to_string(assessment.version) + "), started " +
                          to_display(assessment.started_on) + ", " + assessment_state_label(assessment.state));
    item.set("selected", chosen == std::to_string(assessment.id));
    choices.push_back(std::move(item));
  }
  return choices;
}

}  // namespace

Response assessment_list_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                              const CompareChoice& compare, const std::vector<FieldError>& errors, int status) {
  auto assessments = practice::assessments_of_child(connection, summary.child.id);
  std::string shown;
  ViewList rows;
  for (const auto& assessment : assessments) {
    ViewData row = assessment_facts(assessment);
    row.set("href", assessment_href(summary, assessment.id));
    rows.push_back(std::move(row));
    shown += " " + shown_assessment(assessment.id);
  }
  std::string detail = errors.empty() ? "" : "nothing compared: the form had errors";
  if (!shown.empty()) detail += (detail.empty() ? "shown:" : "; shown:") + shown;
  context.record_view("child.assessments", "child", summary.child.public_id, detail);
  ViewData data = assessment_page_data(context, connection, summary, "Assessments", true);
  data.set("assessments", std::move(rows));
  data.set("has_assessments", !assessments.empty());
  data.set("may_compare", assessments.size() >= 2 || !errors.empty());
  data.set("first_choices", assessment_choices(assessments, compare.first));
  data.set("second_choices", assessment_choices(assessments, compare.second));
  data.set("may_start", context.may(access::Permission::record_practice));
  add_errors(data, errors);
  return render_page(context, pages::assessments, data, status);
}

namespace {

Response list_assessments(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  return assessment_list_page(context, *connection, *summary, {}, {}, 200);
}

Response start_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                    const std::string& chosen, const std::vector<FieldError>& errors, int status) {
  ViewData data = assessment_page_data(context, connection, summary, "Start an assessment");
  data.set("action", assessments_href(summary) + "/new");
  ViewList templates;
  for (const auto& version : practice::latest_templates(connection)) {
    ViewData item;
    item.set("input_id", templates.empty() ? std::string("template") : "template-" + version.kind);
    item.set("value", std::to_string(version.id));
    item.set("label", version.title);
    item.set("hint", version.description + " Version " + std::to_string(version.version) + ".");
    item.set("checked", chosen == std::to_string(version.id));
    templates.push_back(std::move(item));
  }
  data.set("templates", std::move(templates));
  add_errors(data, errors);
  return render_page(context, pages::assessment_start, data, status);
}

Response new_assessment_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view("child.assessment_start", "child", summary->child.public_id);
  return start_page(context, *connection, *summary, "", {}, 200);
}

Response create_assessment(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  std::string chosen = context.form_value("template");
  std::optional<practice::TemplateVersion> version;
  for (auto& latest : practice::latest_templates(*connection)) {
    if (std::to_string(latest.id) == chosen) version = std::move(latest);
  }
  if (!version) {
    context.record_view("child.assessment_start", "child", public_id, "nothing saved: the form had errors");
    return start_page(context, *connection, *summary, chosen, {{"template", "Select the assessment to start"}}, 422);
  }
  store::Transaction transaction(*connection);
  auto id = practice::create_assessment(*connection, summary->child.id, version->id, context.staff().id, today_utc(),
                                        std::nullopt, {});
  access::record_audit_event(*connection, context.audit("assessment.create", "child", public_id,
                                                        "assessment " + std::to_string(id) + ", " + version->kind +
                                                            " version " + std::to_string(version->version)));
  transaction.commit();
  return Response::redirect(assessment_href(*summary, id) + "/edit");
}

}  // namespace

void add_assessment_list_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/assessments", Permission::read_child_record, child, list_assessments);
  routes.record_page(Method::get, "/children/{id}/assessments/new", Permission::record_practice, child,
                     new_assessment_form);
  routes.record_page(Method::post, "/children/{id}/assessments/new", Permission::record_practice, child,
                     create_assessment);
}

}  // namespace pathway::web
