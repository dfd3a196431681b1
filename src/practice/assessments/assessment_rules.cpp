#include "practice/assessments/assessment_rules.h"

#include <algorithm>
#include <charconv>

#include "core/dates.h"
#include "core/free_text.h"
#include "core/text.h"
#include "practice/need_areas.h"

namespace pathway::practice {

namespace {

// Text of many lines: each line meets the rule for free text; blank lines are kept.
std::optional<std::string> text_problem(const std::string& text) {
  if (utf8_length(text) > max_text_answer) {
    return "must be " + std::to_string(max_text_answer) + " characters or fewer";
  }
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line(trim(std::string_view(text).substr(start, end - start)));
    if (!line.empty()) {
      if (auto problem = free_text_problem(line, max_text_answer)) return problem;
    }
    start = end + 1;
  }
  return std::nullopt;
}

// The typed text without carriage returns (browsers send line breaks as CR LF) or
// surrounding white space.
std::string cleaned(const std::string& typed) {
  std::string text;
  for (char c : typed) {
    if (c != '\r') text += c;
  }
  return std::string(trim(text));
}

std::optional<std::int64_t> whole_number(const std::string& text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || text.size() > 9) return std::nullopt;
  return value;
}

std::string range_words(const Question& question) {
  if (question.min && question.max) {
    return " from " + std::to_string(*question.min) + " to " + std::to_string(*question.max);
  }
  if (question.min) return " of " + std::to_string(*question.min) + " or more";
  if (question.max) return " of " + std::to_string(*question.max) + " or less";
  return "";
}

// The answer as stored, or the problem with it.
std::optional<std::string> answer_problem(const Question& question, std::string& answer) {
  switch (question.type) {
    case AnswerType::text:
      if (auto problem = text_problem(answer)) return "The answer " + *problem;
      return std::nullopt;
    case AnswerType::yes_no:
    case AnswerType::choice:
    case AnswerType::rating: {
      bool known = std::any_of(question.choices.begin(), question.choices.end(),
                               [&](const Choice& choice) { return choice.value == answer; });
      if (known) return std::nullopt;
      return question.type == AnswerType::yes_no ? "Select yes or no" : "Select one of the options";
    }
    case AnswerType::scale:
    case AnswerType::number: {
      auto value = whole_number(answer);
      bool in_range = value && (!question.min || *value >= *question.min) && (!question.max || *value <= *question.max);
      if (!in_range) return "Enter a whole number" + range_words(question);
      answer = std::to_string(*value);
      return std::nullopt;
    }
    case AnswerType::date: {
      auto date = parse_typed_date(answer);
      if (!date) return "Enter a real date, for example 27 3 2025";
      answer = to_iso(*date);
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::string missing_message(const Question& question) {
  switch (question.type) {
    case AnswerType::yes_no:
    case AnswerType::choice:
    case AnswerType::rating:
      return "Select an answer to \u201c" + question.text + "\u201d";
    default:
      return "Enter an answer to \u201c" + question.text + "\u201d";
  }
}

}  // namespace

CheckedAnswers check_answers(const AssessmentTemplate& form, const Answers& typed) {
  CheckedAnswers checked;
  for (const auto& section : form.sections) {
    for (const auto& question : section.questions) {
      auto found = typed.find(question.id);
      if (found == typed.end()) continue;
      std::string answer = cleaned(found->second);
      if (answer.empty()) continue;
      if (auto problem = answer_problem(question, answer)) {
        checked.problems.push_back({question.id, *problem});
        continue;
      }
      checked.answers[question.id] = answer;
    }
  }
  return checked;
}

std::vector<AnswerProblem> missing_answers(const AssessmentTemplate& form, const Answers& answers) {
  std::vector<AnswerProblem> missing;
  for (const auto& section : form.sections) {
    for (const auto& question : section.questions) {
      if (question.required && !answers.contains(question.id)) missing.push_back({question.id, missing_message(question)});
    }
  }
  return missing;
}

std::optional<std::string> countersign_refusal(const Assessment& assessment, std::int64_t staff_id) {
  if (assessment.state == "draft") return "A draft cannot be countersigned: it must be completed first";
  if (assessment.state == "countersigned") return "This assessment has already been countersigned";
  if (assessment.author_id == staff_id) {
    return "You wrote this assessment: another manager must countersign it";
  }
  return std::nullopt;
}

Answers carried_forward(const AssessmentTemplate& from, const Answers& answers, const AssessmentTemplate& to) {
  Answers typed;
  for (const auto& section : from.sections) {
    for (const auto& question : section.questions) {
      auto answer = answers.find(question.id);
      if (answer == answers.end()) continue;
      if (const Question* now = question_with_code(to, question.code)) typed[now->id] = answer->second;
    }
  }
  return check_answers(to, typed).answers;  // an answer the new version no longer allows is left out
}

std::vector<std::string> needs_in(const AssessmentTemplate& form, const Answers& answers) {
  std::vector<std::string> found;
  for (const auto& section : form.sections) {
    for (const auto& question : section.questions) {
      auto answer = answers.find(question.id);
      if (question.need_area.empty() || answer == answers.end()) continue;
      if (std::find(question.need_if.begin(), question.need_if.end(), answer->second) != question.need_if.end()) {
        found.push_back(question.need_area);
      }
    }
  }
  std::vector<std::string> needs;
  for (const auto& area : all_need_areas()) {
    if (std::find(found.begin(), found.end(), area.code) != found.end()) needs.emplace_back(area.code);
  }
  return needs;
}

}  // namespace pathway::practice
