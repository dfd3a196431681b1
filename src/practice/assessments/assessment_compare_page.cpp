// Two of a child's assessments side by side (/children/{id}/assessments/compare?first=&
// second=): any two of the same kind, on the same template version or not. Answers are
// aligned by question code, the older assessment on the left; each row says in words
// whether the answer changed, so the change is not shown by colour alone.
#include "children/child_record_guard.h"
#include "justice/justice_page_data.h"
#include "practice/assessments/assessment_pages.h"
#include "practice/assessments/assessment_views.h"

namespace pathway::web {

namespace {

struct AlignedRow {
  std::string question;
  const practice::Question* left = nullptr;
  const practice::Question* right = nullptr;
};

// Every question of either version once, in the newer version's order, then those only
// the older asked.
std::vector<AlignedRow> aligned_questions(const practice::AssessmentTemplate& older,
                                          const practice::AssessmentTemplate& newer) {
  std::vector<AlignedRow> rows;
  for (const auto& section : newer.sections) {
    for (const auto& question : section.questions) {
      rows.push_back({question.text, practice::question_with_code(older, question.code), &question});
    }
  }
  for (const auto& section : older.sections) {
    for (const auto& question : section.questions) {
      if (!practice::question_with_code(newer, question.code)) rows.push_back({question.text, &question, nullptr});
    }
  }
  return rows;
}

std::string answer_words(const practice::Question* question, const practice::Answers& answers, int version) {
  if (!question) return "Not asked in version " + std::to_string(version);
  auto found = answers.find(question->id);
  if (found == answers.end()) return "Not answered";
  return practice::answer_label(*question, found->second);
}

std::string change_words(const AlignedRow& row, const practice::Answers& left, const practice::Answers& right) {
  if (!row.left || !row.right) return "Question changed between versions";
  auto before = left.find(row.left->id);
  auto after = right.find(row.right->id);
  std::string was = before == left.end() ? "" : before->second;
  std::string now = after == right.end() ? "" : after->second;
  if (was == now) return "Same";
  if (was.empty()) return "Newly answered";
  if (now.empty()) return "No longer answered";
  return "Changed";
}

Response compare(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  CompareChoice choice{context.query_value("first"), context.query_value("second")};
  auto first = assessment_in_address(context, *connection, *summary, choice.first);
  auto second = assessment_in_address(context, *connection, *summary, choice.second);
  std::vector<FieldError> errors;
  if (!first) errors.push_back({"first", "Select the first assessment"});
  if (!second) errors.push_back({"second", "Select the second assessment"});
  if (first && second && first->assessment.id == second->assessment.id) {
    errors.push_back({"second", "Select two different assessments"});
  } else if (first && second && first->assessment.kind != second->assessment.kind) {
    errors.push_back({"second", "Select two assessments of the same kind: " + first->assessment.title + " and " +
                                    second->assessment.title + " ask different questions"});
  }
  if (!errors.empty()) return assessment_list_page(context, *connection, *summary, choice, errors, 422);
  bool in_order = std::pair{first->assessment.started_on, first->assessment.id} <=
                  std::pair{second->assessment.started_on, second->assessment.id};
  const auto& left = in_order ? *first : *second;
  const auto& right = in_order ? *second : *first;
  context.record_view("child.assessment_compare", "child", summary->child.public_id,
                      "shown: " + shown_assessment(left.assessment.id) + " " + shown_assessment(right.assessment.id));
  auto left_answers = practice::answers_of(*connection, left.assessment.id);
  auto right_answers = practice::answers_of(*connection, right.assessment.id);
  ViewList rows;
  int changes = 0;
  for (const auto& row : aligned_questions(left.form, right.form)) {
    ViewData item;
    item.set("question", row.question);
    item.set("left", answer_words(row.left, left_answers, left.assessment.version));
    item.set("right", answer_words(row.right, right_answers, right.assessment.version));
    std::string change = change_words(row, left_answers, right_answers);
    item.set("change", change);
    item.set("changed", change != "Same");
    if (change != "Same") ++changes;
    rows.push_back(std::move(item));
  }
  ViewData data = assessment_page_data(context, *connection, *summary, "Assessments side by side");
  ViewData left_facts = assessment_facts(left.assessment);
  left_facts.set("href", assessment_href(*summary, left.assessment.id));
  ViewData right_facts = assessment_facts(right.assessment);
  right_facts.set("href", assessment_href(*summary, right.assessment.id));
  data.set("left", left_facts);
  data.set("right", right_facts);
  data.set("rows", std::move(rows));
  data.set("changes", changes == 1 ? std::string("1 answer differs") : std::to_string(changes) + " answers differ");
  return render_page(context, pages::assessment_compare, data);
}

}  // namespace

void add_assessment_compare_page(Routes& routes) {
  // Registered before /children/{id}/assessments/{assessment}: "compare" is not an id.
  routes.record_page(Method::get, "/children/{id}/assessments/compare", access::Permission::read_child_record,
                     child_record_guard(), compare);
}

}  // namespace pathway::web
