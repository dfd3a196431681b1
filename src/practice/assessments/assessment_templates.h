#pragma once
// Assessment templates as data (docs/decisions/0028-assessment-templates-as-data.md): a
// template is a kind (e.g. "youth_justice") at a version, with sections of questions,
// each with its answer type. A version once stored never changes, so an assessment shows
// with the questions it was answered on; a changed template is a new version of the kind.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace pathway::practice {

// How a question is answered: free text; yes or no; one of its choices; a rating (one of
// the levels of a named rating, e.g. risk of serious harm); a whole number on a scale
// from min to max (Signs of Safety scaling 0 to 10); a date; a whole number.
enum class AnswerType { text, yes_no, choice, rating, scale, date, number };

// The stored code of an answer type ("yes_no"), and the type of a code (nullopt if unknown).
std::string_view answer_type_code(AnswerType type);
std::optional<AnswerType> answer_type_from_code(std::string_view code);

struct Choice {
  std::string value;  // stored in the answer, e.g. "very_high"
  std::string label;  // shown, e.g. "Very high"
};

struct Question {
  std::int64_t id = 0;
  std::string code;  // the same in every version of the kind for the same question
  std::string text;
  std::string hint;
  AnswerType type = AnswerType::text;
  std::string rating;  // for a rating: "likelihood_of_reoffending" or "risk_of_serious_harm"
  std::optional<std::int64_t> min, max;  // a scale's range; a number's bounds, if any
  bool required = false;  // must be answered before the assessment is completed
  std::string need_area;  // a need area code (practice/need_areas.h), or empty
  std::vector<std::string> need_if;  // the answers that identify that need
  std::vector<Choice> choices;  // a choice's or a rating's options; yes and no for yes_no
};

struct Section {
  std::string title;
  std::string hint;
  std::vector<Question> questions;
};

struct AssessmentTemplate {
  std::int64_t id = 0;
  std::string kind;
  int version = 1;
  std::string title;
  std::string description;
  std::vector<Section> sections;
};

// A template version without its questions, for lists.
struct TemplateVersion {
  std::int64_t id = 0;
  std::string kind;
  int version = 1;
  std::string title;
  std::string description;
  std::string loaded_at;  // ISO instant
  bool latest = false;    // the newest version of its kind: new assessments use it
};

// Every version of every template, by title then version. Throws StoreError.
std::vector<TemplateVersion> template_versions(store::Connection& connection);

// The newest version of each kind, by title. Throws StoreError.
std::vector<TemplateVersion> latest_templates(store::Connection& connection);

// The template version with its sections and questions, or nullopt if there is none.
// Throws StoreError.
std::optional<AssessmentTemplate> load_template(store::Connection& connection, std::int64_t template_id);

// The question with this code in the template, or nullptr.
const Question* question_with_code(const AssessmentTemplate& form, std::string_view code);

// The label of an answer to the question ("Very high" for "very_high"; the answer itself
// for text, numbers; "3 March 2025" for a date); empty for no answer.
std::string answer_label(const Question& question, const std::string& answer);

}  // namespace pathway::practice
