#include "practice/assessments/assessment_page_data.h"

#include "children/child_record_header.h"
#include "core/clock.h"
#include "justice/form_checks.h"

namespace pathway::web {

std::string assessments_href(const children::ChildSummary& summary) {
  return "/children/" + summary.child.public_id + "/assessments";
}

std::string assessment_href(const children::ChildSummary& summary, std::int64_t assessment_id) {
  return assessments_href(summary) + "/" + std::to_string(assessment_id);
}

ViewData assessment_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                              std::string title, bool back_to_record) {
  ViewData data = layout_data(context, std::move(title), "/children");
  children::add_child_record_header(data, connection, summary, today_utc());
  data.set("tab_assessments", true);
  data.set("back_query", "");
  ViewData back;
  back.set("href", back_to_record ? "/children/" + summary.child.public_id : assessments_href(summary));
  back.set("text", back_to_record ? "Back to the record" : "Back to assessments");
  data.set("back_link", back);
  data.set("assessments_href", assessments_href(summary));
  return data;
}

std::optional<AssessmentOnTemplate> assessment_in_address(PageContext& context, store::Connection& connection,
                                                          const children::ChildSummary& summary,
                                                          const std::string& id_text) {
  auto id = justice::whole_number(id_text, 9);
  if (!id) return std::nullopt;
  auto assessment = practice::find_assessment(connection, summary.child.id, *id);
  if (!assessment) return std::nullopt;
  auto form = practice::load_template(connection, assessment->template_id);
  if (!form) return std::nullopt;
  return AssessmentOnTemplate{std::move(*assessment), std::move(*form)};
}

Response assessment_not_found(PageContext& context, const children::ChildSummary& summary) {
  context.record_view("child.assessments", "child", summary.child.public_id, "no such assessment");
  return message_page(context, 404, "Assessment not found", "This child has no such assessment.");
}

std::string assessment_state_label(const std::string& state) {
  if (state == "completed") return "Completed";
  if (state == "countersigned") return "Countersigned";
  return "Draft";
}

std::string shown_assessment(std::int64_t assessment_id) { return "assessment:" + std::to_string(assessment_id); }

}  // namespace pathway::web
