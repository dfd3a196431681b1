#include "practice/assessments/assessment_templates.h"

#include <map>

#include "core/dates.h"
#include "core/text.h"

namespace pathway::practice {

namespace {

constexpr std::pair<AnswerType, std::string_view> answer_type_codes[] = {
    {AnswerType::text, "text"},     {AnswerType::yes_no, "yes_no"}, {AnswerType::choice, "choice"},
    {AnswerType::rating, "rating"}, {AnswerType::scale, "scale"},   {AnswerType::date, "date"},
    {AnswerType::number, "number"},
};

constexpr std::string_view version_columns =
    "t.id, t.kind, t.version, t.title, t.description, t.loaded_at, "
    "t.version = (SELECT MAX(n.version) FROM assessment_templates n WHERE n.kind = t.kind)";

TemplateVersion version_from(const store::Row& row) {
  return {row.integer(0), row.text(1),  static_cast<int>(row.integer(2)), row.text(3), row.text(4),
          row.text(5),    row.integer(6) != 0};
}

}  // namespace

std::string_view answer_type_code(AnswerType type) {
  for (const auto& [candidate, code] : answer_type_codes) {
    if (candidate == type) return code;
  }
  return "text";
}

std::optional<AnswerType> answer_type_from_code(std::string_view code) {
  for (const auto& [type, candidate] : answer_type_codes) {
    if (candidate == code) return type;
  }
  return std::nullopt;
}

std::vector<TemplateVersion> template_versions(store::Connection& connection) {
  std::vector<TemplateVersion> versions;
  for (const auto& row : connection.query(std::string("SELECT ") + std::string(version_columns) +
                                          " FROM assessment_templates t ORDER BY t.title, t.version")) {
    versions.push_back(version_from(row));
  }
  return versions;
}

std::vector<TemplateVersion> latest_templates(store::Connection& connection) {
  std::vector<TemplateVersion> latest;
  for (auto& version : template_versions(connection)) {
    if (version.latest) latest.push_back(std::move(version));
  }
  return latest;
}

std::optional<AssessmentTemplate> load_template(store::Connection& connection, std::int64_t template_id) {
  auto head = connection.query_one(
      "SELECT id, kind, version, title, description FROM assessment_templates WHERE id = ?", {template_id});
  if (!head) return std::nullopt;
  AssessmentTemplate form{head->integer(0), head->text(1), static_cast<int>(head->integer(2)), head->text(3),
                          head->text(4), {}};
  std::map<std::int64_t, std::size_t> section_at;
  for (const auto& row : connection.query(
           "SELECT id, title, hint FROM assessment_sections WHERE template_id = ? ORDER BY position", {template_id})) {
    section_at[row.integer(0)] = form.sections.size();
    form.sections.push_back({row.text(1), row.text(2), {}});
  }
  std::map<std::int64_t, Question*> question_by_id;
  for (const auto& row : connection.query(
           "SELECT q.id, q.section_id, q.code, q.text, q.hint, q.answer_type, q.rating, q.min_value, q.max_value, "
           "q.required, q.need_area, q.need_if FROM assessment_questions q "
           "JOIN assessment_sections s ON s.id = q.section_id WHERE s.template_id = ? ORDER BY s.position, q.position",
           {template_id})) {
    Question question;
    question.id = row.integer(0);
    question.code = row.text(2);
    question.text = row.text(3);
    question.hint = row.text(4);
    question.type = answer_type_from_code(row.text(5)).value_or(AnswerType::text);
    question.rating = row.text(6);
    question.min = row.optional_integer(7);
    question.max = row.optional_integer(8);
    question.required = row.integer(9) != 0;
    question.need_area = row.text(10);
    question.need_if = split_on_commas(row.text(11));
    if (question.type == AnswerType::yes_no) question.choices = {{"yes", "Yes"}, {"no", "No"}};
    auto& questions = form.sections.at(section_at.at(row.integer(1))).questions;
    questions.push_back(std::move(question));
  }
  for (auto& section : form.sections) {
    for (auto& question : section.questions) question_by_id[question.id] = &question;
  }
  for (const auto& row : connection.query(
           "SELECT c.question_id, c.value, c.label FROM assessment_choices c "
           "JOIN assessment_questions q ON q.id = c.question_id JOIN assessment_sections s ON s.id = q.section_id "
           "WHERE s.template_id = ? ORDER BY c.question_id, c.position",
           {template_id})) {
    question_by_id.at(row.integer(0))->choices.push_back({row.text(1), row.text(2)});
  }
  return form;
}

const Question* question_with_code(const AssessmentTemplate& form, std::string_view code) {
  for (const auto& section : form.sections) {
    for (const auto& question : section.questions) {
      if (question.code == code) return &question;
    }
  }
  return nullptr;
}

std::string answer_label(const Question& question, const std::string& answer) {
  if (answer.empty()) return "";
  for (const auto& choice : question.choices) {
    if (choice.value == answer) return choice.label;
  }
  if (question.type == AnswerType::date) {
    if (auto date = parse_iso_date(answer)) return to_display(*date);
  }
  if (question.type == AnswerType::scale && question.max) return answer + " out of " + std::to_string(*question.max);
  return answer;
}

}  // namespace pathway::practice
