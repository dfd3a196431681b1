// The assessment form (/children/{id}/assessments/{assessment}/edit): a draft is saved as
// often as the worker likes, with any answers left blank; completing it needs every
// required answer. Any wrong answer, or a missing one on completion, is a GOV.UK error and
// nothing is saved. Only a draft can be changed: a completed assessment is reassessed.
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "deadlines/refresh.h"
#include "justice/justice_page_data.h"
#include "practice/assessments/assessment_pages.h"
#include "practice/assessments/assessment_rules.h"
#include "practice/assessments/assessment_views.h"
#include "store/transaction.h"

namespace pathway::web {

namespace {

practice::Answers posted_answers(const PageContext& context, const practice::AssessmentTemplate& form) {
  practice::Answers typed;
  for (const auto& section : form.sections) {
    for (const auto& question : section.questions) typed[question.id] = context.form_value(answer_field(question));
  }
  return typed;
}

std::vector<FieldError> field_errors(const practice::AssessmentTemplate& form,
                                     const std::vector<practice::AnswerProblem>& problems) {
  std::vector<FieldError> errors;
  for (const auto& problem : problems) {
    for (const auto& section : form.sections) {
      for (const auto& question : section.questions) {
        if (question.id == problem.question_id) errors.push_back({answer_field(question), problem.message});
      }
    }
  }
  return errors;
}

Response form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                   const AssessmentOnTemplate& shown, const practice::Answers& typed,
                   const std::vector<FieldError>& errors, int status) {
  ViewData data = assessment_page_data(context, connection, summary, shown.assessment.title);
  data.set("assessment", assessment_facts(shown.assessment));
  data.set("description", shown.form.description);
  data.set("action", assessment_href(summary, shown.assessment.id) + "/edit");
  data.set("sections", form_sections(shown.form, typed, errors));
  add_errors(data, errors);
  return render_page(context, pages::assessment_form, data, status);
}

// The draft named in the address, or the page saying why it cannot be changed.
struct DraftOrAnswer {
  std::optional<AssessmentOnTemplate> draft;
  std::optional<Response> answer;
};

DraftOrAnswer draft_in_address(PageContext& context, store::Connection& connection,
                               const children::ChildSummary& summary) {
  auto found = assessment_in_address(context, connection, summary, context.params.at("assessment"));
  if (!found) return {std::nullopt, assessment_not_found(context, summary)};
  if (found->assessment.state != "draft") {
    context.record_view("child.assessment_form", "child", summary.child.public_id,
                        "not a draft; shown: " + shown_assessment(found->assessment.id));
    return {std::nullopt, message_page(context, 409, "This assessment is no longer a draft",
                                       "A completed assessment cannot be changed. Start a reassessment from it "
                                       "instead.")};
  }
  return {std::move(found), std::nullopt};
}

Response edit_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto draft = draft_in_address(context, *connection, *summary);
  if (draft.answer) return std::move(*draft.answer);
  context.record_view("child.assessment_form", "child", summary->child.public_id,
                      "shown: " + shown_assessment(draft.draft->assessment.id));
  return form_page(context, *connection, *summary, *draft.draft, practice::answers_of(*connection, draft.draft->assessment.id),
                   {}, 200);
}

Response save_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto draft = draft_in_address(context, *connection, *summary);
  if (draft.answer) return std::move(*draft.answer);
  const auto& shown = *draft.draft;
  const std::string& public_id = summary->child.public_id;
  bool completing = context.form_value("action") == "complete";
  practice::Answers typed = posted_answers(context, shown.form);
  auto checked = practice::check_answers(shown.form, typed);
  auto problems = checked.problems;
  if (completing && problems.empty()) problems = practice::missing_answers(shown.form, checked.answers);
  if (!problems.empty()) {
    context.record_view("child.assessment_form", "child", public_id,
                        "nothing saved: the form had errors; shown: " + shown_assessment(shown.assessment.id));
    return form_page(context, *connection, *summary, shown, typed, field_errors(shown.form, problems), 422);
  }
  store::Transaction transaction(*connection);
  practice::save_answers(*connection, shown.assessment.id, checked.answers);
  if (completing) {
    practice::mark_completed(*connection, shown.assessment.id, today_utc());
    // A completed assessment closes the task of assessing after a caution (deadlines/rules.cpp).
    deadlines::refresh_child(*connection, summary->child.id);
  }
  access::record_audit_event(*connection,
                             context.audit(completing ? "assessment.complete" : "assessment.save", "child", public_id,
                                           "assessment " + std::to_string(shown.assessment.id) + ", " +
                                               std::to_string(checked.answers.size()) + " answers"));
  transaction.commit();
  return Response::redirect(assessment_href(*summary, shown.assessment.id) +
                            (completing ? "?saved=completed" : "?saved=draft"));
}

}  // namespace

void add_assessment_form_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/assessments/{assessment}/edit", Permission::record_practice, child,
                     edit_form);
  routes.record_page(Method::post, "/children/{id}/assessments/{assessment}/edit", Permission::record_practice, child,
                     save_form);
}

}  // namespace pathway::web
