#include "practice/assessments/assessment_views.h"

#include "core/dates.h"
#include "practice/assessments/assessment_page_data.h"
#include "practice/need_areas.h"

namespace pathway::web {

namespace {

using practice::AnswerType;

std::string answer_or_blank(const practice::Answers& answers, std::int64_t question_id) {
  auto found = answers.find(question_id);
  return found == answers.end() ? "" : found->second;
}

// The hint, with the need a question can identify, so the worker knows what it feeds.
std::string question_hint(const practice::Question& question) {
  std::string hint = question.hint;
  if (question.type == AnswerType::scale && question.min && question.max) {
    hint += (hint.empty() ? "" : " ") + std::string("A whole number from ") + std::to_string(*question.min) + " to " +
            std::to_string(*question.max) + ".";
  }
  if (question.type == AnswerType::date) hint += (hint.empty() ? "" : " ") + std::string("For example, 27 3 2025.");
  return hint;
}

ViewData question_input(const practice::Question& question, const practice::Answers& typed,
                        const std::vector<FieldError>& errors) {
  ViewData item;
  std::string field = answer_field(question);
  std::string value = answer_or_blank(typed, question.id);
  item.set("id", field);
  item.set("text", question.text);
  item.set("required", question.required);
  std::string hint = question_hint(question);
  if (!hint.empty()) item.set("hint", hint);
  if (!question.need_area.empty()) {
    if (auto area = practice::need_area(question.need_area)) item.set("need_area", std::string(area->label));
  }
  for (const auto& error : errors) {
    if (error.field != field) continue;
    item.set("error", error.text);
    break;
  }
  switch (question.type) {
    case AnswerType::text:
      item.set("is_text", true);
      item.set("value", value);
      break;
    case AnswerType::yes_no:
    case AnswerType::choice:
    case AnswerType::rating: {
      item.set("is_radios", true);
      item.set("inline", question.type == AnswerType::yes_no);
      ViewList options;
      for (const auto& choice : question.choices) {
        ViewData option;
        option.set("input_id", options.empty() ? field : field + "-" + choice.value);
        option.set("value", choice.value);
        option.set("label", choice.label);
        option.set("checked", choice.value == value);
        options.push_back(std::move(option));
      }
      item.set("options", std::move(options));
      break;
    }
    case AnswerType::scale:
    case AnswerType::number:
      item.set("is_number", true);
      item.set("value", value);
      break;
    case AnswerType::date: {
      item.set("is_date", true);
      auto date = parse_iso_date(value);
      item.set("value", date ? to_display(*date) : value);
      break;
    }
  }
  return item;
}

}  // namespace

std::string answer_field(const practice::Question& question) { return "q-" + std::to_string(question.id); }

ViewList form_sections(const practice::AssessmentTemplate& form, const practice::Answers& typed,
                       const std::vector<FieldError>& errors) {
  ViewList sections;
  for (const auto& section : form.sections) {
    ViewData item;
    item.set("title", section.title);
    if (!section.hint.empty()) item.set("hint", section.hint);
    ViewList questions;
    for (const auto& question : section.questions) questions.push_back(question_input(question, typed, errors));
    item.set("questions", std::move(questions));
    sections.push_back(std::move(item));
  }
  return sections;
}

ViewList answer_sections(const practice::AssessmentTemplate& form, const practice::Answers& answers) {
  ViewList sections;
  for (const auto& section : form.sections) {
    ViewData item;
    item.set("title", section.title);
    ViewList rows;
    for (const auto& question : section.questions) {
      ViewData row;
      row.set("question", question.text);
      std::string answer = practice::answer_label(question, answer_or_blank(answers, question.id));
      row.set("answer", answer.empty() ? std::string("Not answered") : answer);
      row.set("unanswered", answer.empty());
      rows.push_back(std::move(row));
    }
    item.set("rows", std::move(rows));
    sections.push_back(std::move(item));
  }
  return sections;
}

ViewData assessment_facts(const practice::Assessment& assessment) {
  ViewData facts;
  facts.set("id", std::to_string(assessment.id));
  facts.set("title", assessment.title);
  facts.set("version", std::to_string(assessment.version));
  facts.set("state", assessment_state_label(assessment.state));
  facts.set("is_draft", assessment.state == "draft");
  facts.set("started", to_display(assessment.started_on));
  if (assessment.completed_on) facts.set("completed", to_display(*assessment.completed_on));
  if (assessment.countersigned_on) {
    facts.set("countersigned", to_display(*assessment.countersigned_on) + " by " + assessment.countersigner_name);
  }
  facts.set("author", assessment.author_name);
  if (assessment.reassessment_of) facts.set("reassessment_of", std::to_string(*assessment.reassessment_of));
  return facts;
}

}  // namespace pathway::web
