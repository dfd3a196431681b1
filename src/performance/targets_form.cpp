#include "performance/targets_form.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/text.h"

namespace pathway::performance {

std::string target_field(const measures::HeadlineMeasure& measure) {
  std::string field = "target-" + measure.key();
  for (char& c : field) {
    if (c == '.') c = '-';
  }
  return field;
}

std::optional<double> typed_target(const measures::HeadlineMeasure& measure, const std::string& typed,
                                   std::vector<web::FieldError>& errors) {
  std::string_view text = trim(typed);
  bool percentage = measure.unit == "%";
  if (percentage && !text.empty() && text.back() == '%') text = trim(text.substr(0, text.size() - 1));
  if (text.empty()) return std::nullopt;
  std::string label(measure.label);
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) {
    errors.push_back({target_field(measure), "Enter the target for " + label + " as a number, like 3.5"});
    return std::nullopt;
  }
  if (value < 0) {
    errors.push_back({target_field(measure), "The target for " + label + " must be 0 or more"});
    return std::nullopt;
  }
  if (percentage && value > 100) {
    errors.push_back({target_field(measure), "The target for " + label + " is a percentage: it must be 100 or less"});
    return std::nullopt;
  }
  return value;
}

std::string target_as_typed(std::optional<double> target) {
  if (!target) return "";
  char text[64];
  std::snprintf(text, sizeof text, "%g", *target);
  return text;
}

}  // namespace pathway::performance
