#include "practice/assessments/template_loading.h"

#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "app/resources.h"
#include "core/clock.h"
#include "core/dates.h"
#include "core/text.h"
#include "practice/assessments/assessment_templates.h"
#include "practice/need_areas.h"

namespace pathway::practice {

namespace {

namespace json = boost::json;

struct Invalid {
  std::string message;
};

std::string text_of(const json::object& object, std::string_view key, bool required = true) {
  auto found = object.if_contains(key);
  if (!found || !found->is_string()) {
    if (required) throw Invalid{"\"" + std::string(key) + "\" is missing or not text"};
    return "";
  }
  return std::string(found->as_string());
}

std::optional<std::int64_t> integer_of(const json::object& object, std::string_view key) {
  auto found = object.if_contains(key);
  if (!found) return std::nullopt;
  if (!found->is_int64()) throw Invalid{"\"" + std::string(key) + "\" is not a whole number"};
  return found->as_int64();
}

const json::array& array_of(const json::object& object, std::string_view key) {
  auto found = object.if_contains(key);
  if (!found || !found->is_array()) throw Invalid{"\"" + std::string(key) + "\" is missing or not a list"};
  return found->as_array();
}

std::vector<Choice> choices_of(const json::array& items) {
  std::vector<Choice> choices;
  for (const auto& item : items) {
    if (!item.is_object()) throw Invalid{"a choice is not an object"};
    choices.push_back({text_of(item.as_object(), "value"), text_of(item.as_object(), "label")});
  }
  return choices;
}

void store_question(store::Connection& connection, std::int64_t section_id, int position, const json::object& item,
                    const json::object& ratings) {
  std::string code = text_of(item, "code");
  auto type = answer_type_from_code(text_of(item, "type"));
  if (!type) throw Invalid{"question " + code + " has an unknown answer type"};
  std::string rating = text_of(item, "rating", false);
  std::vector<Choice> choices;
  if (*type == AnswerType::rating) {
    auto levels = ratings.if_contains(rating);
    if (!levels || !levels->is_array()) throw Invalid{"question " + code + " names an unknown rating"};
    choices = choices_of(levels->as_array());
  } else if (*type == AnswerType::choice) {
    choices = choices_of(array_of(item, "choices"));
  }
  if ((*type == AnswerType::rating || *type == AnswerType::choice) && choices.empty()) {
    throw Invalid{"question " + code + " has no options"};
  }
  auto min = integer_of(item, "min");
  auto max = integer_of(item, "max");
  if (*type == AnswerType::scale && (!min || !max || *min >= *max)) throw Invalid{"scale " + code + " has no range"};
  std::string need = text_of(item, "need_area", false);
  if (!need.empty() && !need_area(need)) throw Invalid{"question " + code + " names an unknown need area"};
  std::vector<std::string> need_if;
  if (item.if_contains("need_if")) {
    for (const auto& answer : array_of(item, "need_if")) need_if.push_back(std::string(answer.as_string()));
  }
  auto required = item.if_contains("required");
  auto question_id = connection.query_one(
      "INSERT INTO assessment_questions (section_id, position, code, text, hint, answer_type, rating, min_value, "
      "max_value, required, need_area, need_if) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {section_id, std::int64_t{position}, code, text_of(item, "text"), text_of(item, "hint", false),
       std::string(answer_type_code(*type)), rating, min ? store::Value{*min} : store::Value{nullptr},
       max ? store::Value{*max} : store::Value{nullptr},
       std::int64_t{required && required->is_bool() && required->as_bool()}, need, join_with_commas(need_if)})
          ->integer(0);
  int choice_position = 0;
  for (const auto& choice : choices) {
    connection.execute("INSERT INTO assessment_choices (question_id, position, value, label) VALUES (?, ?, ?, ?)",
                       {question_id, std::int64_t{++choice_position}, choice.value, choice.label});
  }
}

void store_template(store::Connection& connection, const json::object& item, const json::object& ratings,
                    const std::string& loaded_at) {
  auto template_id = connection.query_one(
      "INSERT INTO assessment_templates (kind, version, title, description, loaded_at) VALUES (?, ?, ?, ?, ?) "
      "RETURNING id",
      {text_of(item, "kind"), *integer_of(item, "version"), text_of(item, "title"), text_of(item, "description"),
       loaded_at})
          ->integer(0);
  int section_position = 0;
  for (const auto& section : array_of(item, "sections")) {
    const auto& fields = section.as_object();
    auto section_id =
        connection
            .query_one("INSERT INTO assessment_sections (template_id, position, title, hint) VALUES (?, ?, ?, ?) "
                       "RETURNING id",
                       {template_id, std::int64_t{++section_position}, text_of(fields, "title"),
                        text_of(fields, "hint", false)})
            ->integer(0);
    int question_position = 0;
    for (const auto& question : array_of(fields, "questions")) {
      if (!question.is_object()) throw Invalid{"a question is not an object"};
      store_question(connection, section_id, ++question_position, question.as_object(), ratings);
    }
  }
}

}  // namespace

Result<int> load_assessment_templates(store::Connection& connection, std::string_view text) {
  boost::system::error_code parse_error;
  json::value document = json::parse(text, parse_error);
  if (parse_error || !document.is_object()) return Error{ErrorKind::invalid, "the templates are not a JSON object"};
  const json::object& root = document.as_object();
  try {
    auto ratings = root.if_contains("ratings");
    if (!ratings || !ratings->is_object()) throw Invalid{"\"ratings\" is missing"};
    int stored = 0;
    std::string loaded_at = to_iso_instant(now_unix_seconds());
    for (const auto& item : array_of(root, "templates")) {
      if (!item.is_object()) throw Invalid{"a template is not an object"};
      const auto& fields = item.as_object();
      auto version = integer_of(fields, "version");
      if (!version || *version < 1) throw Invalid{"template " + text_of(fields, "kind") + " has no version"};
      if (connection.query_one("SELECT 1 FROM assessment_templates WHERE kind = ? AND version = ?",
                               {text_of(fields, "kind"), *version})) {
        continue;
      }
      store_template(connection, fields, ratings->as_object(), loaded_at);
      ++stored;
    }
    return stored;
  } catch (const Invalid& invalid) {
    return Error{ErrorKind::invalid, invalid.message};
  }
}

void load_builtin_assessment_templates(store::Connection& connection) {
  auto path = app::resource_root() / "templates" / "practice" / "assessment_templates.json";
  std::ifstream file(path);
  if (!file) throw store::StoreError("cannot read the assessment templates at " + path.string());
  std::stringstream text;
  text << file.rdbuf();
  auto loaded = load_assessment_templates(connection, text.str());
  if (!loaded) throw store::StoreError("the assessment templates at " + path.string() + ": " + loaded.error().message);
}

}  // namespace pathway::practice
