#include "justice/form_checks.h"

#include <algorithm>
#include <cctype>

#include "core/free_text.h"
#include "core/text.h"

namespace pathway::justice {

std::optional<int> whole_number(std::string_view text, std::size_t max_digits) {
  std::string_view digits = trim(text);
  if (digits.empty() || digits.size() > max_digits) return std::nullopt;
  int value = 0;
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<Date> optional_date(const web::DateInput& input, const web::DateField& field,
                                  std::vector<web::FieldError>& errors) {
  if (input.blank()) return std::nullopt;
  return web::read_date_input(input, field, errors);
}

std::optional<Date> past_date(const web::DateInput& input, const web::DateField& field, Date today,
                              std::vector<web::FieldError>& errors) {
  auto date = web::read_date_input(input, field, errors);
  if (date && today < *date) errors.push_back({field.id, field.name + " must be today or in the past", field.id + "-day"});
  return date;
}

void check_optional_choice(const std::string& chosen, const std::vector<std::string_view>& values,
                           const std::string& field, const std::string& message, std::vector<web::FieldError>& errors) {
  if (!chosen.empty() && !is_one_of(values, chosen)) errors.push_back({field, message});
}

std::optional<std::string> required_text(std::string_view typed, const std::string& field, const std::string& what,
                                         std::size_t max_length, std::vector<web::FieldError>& errors) {
  std::string text(trim(typed));
  if (text.empty()) {
    errors.push_back({field, "Enter the " + what});
    return std::nullopt;
  }
  if (auto problem = free_text_problem(text, max_length)) {
    std::string name = what;
    name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    errors.push_back({field, name + " " + *problem});
    return std::nullopt;
  }
  return text;
}

void add_breaches(std::vector<web::FieldError>& errors, const std::vector<RuleBreach>& breaches,
                  const std::vector<FieldOfColumn>& fields) {
  for (const auto& breach : breaches) {
    auto field = std::find_if(fields.begin(), fields.end(),
                              [&](const FieldOfColumn& candidate) { return candidate.column == breach.field; });
    if (field == fields.end()) continue;  // a column this form does not have cannot be wrong on it
    bool has_error = std::any_of(errors.begin(), errors.end(),
                                 [&](const web::FieldError& error) { return error.field == field->field; });
    if (has_error) continue;
    std::string text = breach.reason;
    if (text.starts_with("it ")) {
      text = "The " + std::string(field->label) + text.substr(2);
    } else if (!text.empty()) {
      text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    }
    errors.push_back({std::string(field->field), text, std::string(field->target)});
  }
}

void sort_in_form_order(std::vector<web::FieldError>& errors, const std::vector<std::string_view>& order) {
  auto position = [&](const web::FieldError& error) {
    return std::find(order.begin(), order.end(), error.field) - order.begin();
  };
  std::stable_sort(errors.begin(), errors.end(),
                   [&](const web::FieldError& a, const web::FieldError& b) { return position(a) < position(b); });
}

}  // namespace pathway::justice
