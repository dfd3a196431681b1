#include "practice/assessments/assessments.h"

#include "core/clock.h"

namespace pathway::practice {

namespace {

constexpr std::string_view columns =
    "SELECT a.id, a.child_id, a.template_id, t.kind, t.version, t.title, a.reassessment_of, a.state, a.author_id, "
    "author.display_name, a.started_on, a.completed_on, a.countersigned_by, COALESCE(signer.display_name, ''), "
    "a.countersigned_on FROM assessments a JOIN assessment_templates t ON t.id = a.template_id "
    "JOIN staff author ON author.id = a.author_id LEFT JOIN staff signer ON signer.id = a.countersigned_by";

std::optional<Date> optional_date(const store::Row& row, std::size_t column) {
  auto text = row.optional_text(column);
  return text ? parse_iso_date(*text) : std::nullopt;
}

Assessment assessment_from(const store::Row& row) {
  Assessment assessment;
  assessment.id = row.integer(0);
  assessment.child_id = row.integer(1);
  assessment.template_id = row.integer(2);
  assessment.kind = row.text(3);
  assessment.version = static_cast<int>(row.integer(4));
  assessment.title = row.text(5);
  assessment.reassessment_of = row.optional_integer(6);
  assessment.state = row.text(7);
  assessment.author_id = row.integer(8);
  assessment.author_name = row.text(9);
  assessment.started_on = parse_iso_date(row.text(10)).value_or(Date{});
  assessment.completed_on = optional_date(row, 11);
  assessment.countersigned_by = row.optional_integer(12);
  assessment.countersigner_name = row.text(13);
  assessment.countersigned_on = optional_date(row, 14);
  return assessment;
}

std::string now_instant() { return to_iso_instant(now_unix_seconds()); }

void insert_answers(store::Connection& connection, std::int64_t assessment_id, const Answers& answers) {
  for (const auto& [question_id, answer] : answers) {
    connection.execute("INSERT INTO assessment_answers (assessment_id, question_id, answer) VALUES (?, ?, ?)",
                       {assessment_id, question_id, answer});
  }
}

}  // namespace

std::vector<Assessment> assessments_of_child(store::Connection& connection, std::int64_t child_id) {
  std::vector<Assessment> assessments;
  for (const auto& row :
       connection.query(std::string(columns) + " WHERE a.child_id = ? ORDER BY a.started_on DESC, a.id DESC", {child_id})) {
    assessments.push_back(assessment_from(row));
  }
  return assessments;
}

std::optional<Assessment> find_assessment(store::Connection& connection, std::int64_t child_id,
                                          std::int64_t assessment_id) {
  auto row = connection.query_one(std::string(columns) + " WHERE a.id = ? AND a.child_id = ?", {assessment_id, child_id});
  if (!row) return std::nullopt;
  return assessment_from(*row);
}

Answers answers_of(store::Connection& connection, std::int64_t assessment_id) {
  Answers answers;
  for (const auto& row : connection.query("SELECT question_id, answer FROM assessment_answers WHERE assessment_id = ?",
                                          {assessment_id})) {
    answers[row.integer(0)] = row.text(1);
  }
  return answers;
}

std::int64_t create_assessment(store::Connection& connection, std::int64_t child_id, std::int64_t template_id,
                               std::int64_t author_id, Date started_on, std::optional<std::int64_t> reassessment_of,
                               const Answers& answers) {
  auto id = connection
                .query_one("INSERT INTO assessments (child_id, template_id, reassessment_of, state, author_id, "
                           "started_on, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?) RETURNING id",
                           {child_id, template_id,
                            reassessment_of ? store::Value{*reassessment_of} : store::Value{nullptr}, author_id,
                            to_iso(started_on), now_instant()})
                ->integer(0);
  insert_answers(connection, id, answers);
  return id;
}

void save_answers(store::Connection& connection, std::int64_t assessment_id, const Answers& answers) {
  connection.execute("DELETE FROM assessment_answers WHERE assessment_id = ?", {assessment_id});
  insert_answers(connection, assessment_id, answers);
  connection.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", {now_instant(), assessment_id});
}

void mark_completed(store::Connection& connection, std::int64_t assessment_id, Date completed_on) {
  connection.execute("UPDATE assessments SET state = 'completed', completed_on = ?, updated_at = ? WHERE id = ?",
                     {to_iso(completed_on), now_instant(), assessment_id});
}

void mark_countersigned(store::Connection& connection, std::int64_t assessment_id, std::int64_t manager_id,
                        Date countersigned_on) {
  connection.execute(
      "UPDATE assessments SET state = 'countersigned', countersigned_by = ?, countersigned_on = ?, updated_at = ? "
      "WHERE id = ?",
      {manager_id, to_iso(countersigned_on), now_instant(), assessment_id});
}

}  // namespace pathway::practice
