#include "practice/assessments/assessment_findings.h"

#include "practice/assessments/assessment_rules.h"
#include "practice/assessments/assessments.h"

namespace pathway::practice {

namespace {

std::optional<Rating> latest_rating(store::Connection& connection, std::int64_t child_id, const std::string& rating) {
  auto row = connection.query_one(
      "SELECT n.answer, c.label, a.id, a.completed_on FROM assessments a "
      "JOIN assessment_answers n ON n.assessment_id = a.id "
      "JOIN assessment_questions q ON q.id = n.question_id AND q.rating = ? "
      "JOIN assessment_choices c ON c.question_id = q.id AND c.value = n.answer "
      "WHERE a.child_id = ? AND a.state <> 'draft' ORDER BY a.completed_on DESC, a.id DESC LIMIT 1",
      {rating, child_id});
  if (!row) return std::nullopt;
  return Rating{row->text(0), row->text(1), row->integer(2), parse_iso_date(row->text(3)).value_or(Date{})};
}

}  // namespace

std::vector<std::string> needs_identified(store::Connection& connection, std::int64_t assessment_id) {
  auto head = connection.query_one("SELECT template_id FROM assessments WHERE id = ? AND state <> 'draft'",
                                   {assessment_id});
  if (!head) return {};
  auto form = load_template(connection, head->integer(0));
  if (!form) return {};
  return needs_in(*form, answers_of(connection, assessment_id));
}

ChildRatings latest_ratings(store::Connection& connection, std::int64_t child_id) {
  return {latest_rating(connection, child_id, "likelihood_of_reoffending"),
          latest_rating(connection, child_id, "risk_of_serious_harm")};
}

}  // namespace pathway::practice
