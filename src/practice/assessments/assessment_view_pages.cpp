// One assessment (/children/{id}/assessments/{assessment}): its answers on the template
// version it was made on, the needs it identified, and what may be done next: continue a
// draft, countersign (a manager, never the author: refused as a GOV.UK error, nothing
// saved), or reassess (a new draft on the newest version, starting from these answers).
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "justice/justice_page_data.h"
#include "practice/assessments/assessment_pages.h"
#include "practice/assessments/assessment_rules.h"
#include "practice/assessments/assessment_views.h"
#include "practice/need_areas.h"
#include "store/transaction.h"

namespace pathway::web {

namespace {

std::string saved_heading(const std::string& saved) {
  if (saved == "draft") return "Draft saved";
  if (saved == "completed") return "Assessment completed";
  if (saved == "countersigned") return "Assessment countersigned";
  return "";
}

ViewList need_labels(const std::vector<std::string>& codes) {
  ViewList labels;
  for (const auto& code : codes) {
    if (auto area = practice::need_area(code)) labels.push_back(std::string(area->label));
  }
  return labels;
}

Response assessment_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                         const AssessmentOnTemplate& shown, const std::vector<FieldError>& errors, int status) {
  const auto& assessment = shown.assessment;
  auto answers = practice::answers_of(connection, assessment.id);
  std::string shown_ids = shown_assessment(assessment.id);
  context.record_view("child.assessment", "child", summary.child.public_id,
                      std::string(errors.empty() ? "" : "nothing saved: the form had errors; ") + "shown: " + shown_ids);
  ViewData data = assessment_page_data(context, connection, summary, assessment.title);
  data.set("assessment", assessment_facts(assessment));
  data.set("sections", answer_sections(shown.form, answers));
  std::string href = assessment_href(summary, assessment.id);
  data.set("href", href);
  bool draft = assessment.state == "draft";
  if (!draft) {
    ViewList needs = need_labels(practice::needs_in(shown.form, answers));
    data.set("has_needs", !needs.empty());
    data.set("needs", std::move(needs));
  }
  data.set("may_continue", draft && context.may(access::Permission::record_practice));
  data.set("may_countersign",
           assessment.state == "completed" && context.may(access::Permission::countersign_assessments));
  data.set("may_reassess", !draft && context.may(access::Permission::record_practice));
  if (assessment.reassessment_of) {
    data.set("previous_href", assessment_href(summary, *assessment.reassessment_of));
    data.set("compare_href", assessments_href(summary) + "/compare?first=" +
                                 std::to_string(*assessment.reassessment_of) +
                                 "&second=" + std::to_string(assessment.id));
  }
  std::string heading = saved_heading(context.query_value("saved"));
  if (!heading.empty()) {
    ViewData banner;
    banner.set("heading", heading);
    data.set("notification", banner);
  }
  add_errors(data, errors);
  return render_page(context, pages::assessment, data, status);
}

Response show_assessment(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto shown = assessment_in_address(context, *connection, *summary, context.params.at("assessment"));
  if (!shown) return assessment_not_found(context, *summary);
  return assessment_page(context, *connection, *summary, *shown, {}, 200);
}

Response countersign(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto shown = assessment_in_address(context, *connection, *summary, context.params.at("assessment"));
  if (!shown) return assessment_not_found(context, *summary);
  if (auto refusal = practice::countersign_refusal(shown->assessment, context.staff().id)) {
    return assessment_page(context, *connection, *summary, *shown, {{"countersign", *refusal}}, 422);
  }
  store::Transaction transaction(*connection);
  practice::mark_countersigned(*connection, shown->assessment.id, context.staff().id, today_utc());
  access::record_audit_event(*connection, context.audit("assessment.countersign", "child", summary->child.public_id,
                                                        "assessment " + std::to_string(shown->assessment.id)));
  transaction.commit();
  return Response::redirect(assessment_href(*summary, shown->assessment.id) + "?saved=countersigned");
}

Response reassess(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto shown = assessment_in_address(context, *connection, *summary, context.params.at("assessment"));
  if (!shown) return assessment_not_found(context, *summary);
  if (shown->assessment.state == "draft") {
    return assessment_page(context, *connection, *summary, *shown,
                           {{"reassess", "A draft cannot be reassessed: complete it first"}}, 422);
  }
  std::optional<practice::AssessmentTemplate> newest;
  for (const auto& version : practice::latest_templates(*connection)) {
    if (version.kind == shown->assessment.kind) newest = practice::load_template(*connection, version.id);
  }
  if (!newest) return assessment_not_found(context, *summary);
  auto answers = practice::carried_forward(shown->form, practice::answers_of(*connection, shown->assessment.id), *newest);
  store::Transaction transaction(*connection);
  auto id = practice::create_assessment(*connection, summary->child.id, newest->id, context.staff().id, today_utc(),
                                        shown->assessment.id, answers);
  access::record_audit_event(*connection,
                             context.audit("assessment.reassess", "child", summary->child.public_id,
                                           "assessment " + std::to_string(id) + " from assessment " +
                                               std::to_string(shown->assessment.id) + ", " +
                                               std::to_string(answers.size()) + " answers carried forward"));
  transaction.commit();
  return Response::redirect(assessment_href(*summary, id) + "/edit");
}

}  // namespace

void add_assessment_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/assessments/{assessment}", Permission::read_child_record, child,
                     show_assessment);
  routes.record_page(Method::post, "/children/{id}/assessments/{assessment}/countersign",
                     Permission::countersign_assessments, child, countersign);
  routes.record_page(Method::post, "/children/{id}/assessments/{assessment}/reassess", Permission::record_practice,
                     child, reassess);
}

}  // namespace pathway::web
