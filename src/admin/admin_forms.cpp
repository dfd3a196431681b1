#include "admin/admin_forms.h"

#include <charconv>

#include "core/free_text.h"
#include "core/text.h"

namespace pathway::admin {

std::optional<std::string> checked_name(std::string_view typed, std::string_view what, std::size_t max_length,
                                        const std::string& field, std::vector<web::FieldError>& errors) {
  std::string name(trim(typed));
  if (name.empty()) {
    errors.push_back({field, "Enter the " + std::string(what)});
    return std::nullopt;
  }
  if (auto problem = free_text_problem(name, max_length)) {
    errors.push_back({field, "The " + std::string(what) + " " + *problem});
    return std::nullopt;
  }
  return name;
}

std::optional<int> checked_whole_number(std::string_view typed, int minimum, int maximum, const std::string& field,
                                        const std::string& message, std::vector<web::FieldError>& errors) {
  std::string_view text = trim(typed);
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < minimum ||
      value > maximum) {
    errors.push_back({field, message});
    return std::nullopt;
  }
  return value;
}

}  // namespace pathway::admin
