#pragma once
// The rules an assessment meets, pure (no I/O): each answer fits its question's type, a
// completed assessment answers every required question, a countersignature is another
// manager's, and a reassessment carries forward the answers its new version still asks.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "practice/assessments/assessment_templates.h"
#include "practice/assessments/assessments.h"

namespace pathway::practice {

// The longest text answer, in characters.
inline constexpr std::size_t max_text_answer = 10000;

struct AnswerProblem {
  std::int64_t question_id = 0;
  std::string message;  // a GOV.UK error message, e.g. "Enter a whole number from 0 to 10"
};

struct CheckedAnswers {
  Answers answers;  // as stored: trimmed, dates as ISO; blank answers left out
  std::vector<AnswerProblem> problems;  // in the template's order
};

// The answers as typed (by question id; ids not in the template are ignored), checked
// against their questions: text is clean (line breaks allowed), yes/no, a choice or a
// rating is one of its options, a scale or number is a whole number in range, a date is
// a real date. Blank answers are allowed here (a draft may leave anything out).
CheckedAnswers check_answers(const AssessmentTemplate& form, const Answers& typed);

// A problem for each required question without an answer, in the template's order.
std::vector<AnswerProblem> missing_answers(const AssessmentTemplate& form, const Answers& answers);

// Why this member of staff may not countersign the assessment, or nullopt when they may:
// only a completed assessment is countersigned, and never by its author.
std::optional<std::string> countersign_refusal(const Assessment& assessment, std::int64_t staff_id);

// The answers of an assessment on `from` that a reassessment on `to` starts with: each
// answer whose question code `to` still asks and whose answer still fits it.
Answers carried_forward(const AssessmentTemplate& from, const Answers& answers, const AssessmentTemplate& to);

// The need area codes the answers identify (a question's need area when its answer is one
// of its need_if answers), each once, in the order of all_need_areas().
std::vector<std::string> needs_in(const AssessmentTemplate& form, const Answers& answers);

}  // namespace pathway::practice
