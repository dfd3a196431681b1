#include "web/date_input.h"

#include "core/text.h"

namespace pathway::web {

bool DateInput::blank() const { return trim(day).empty() && trim(month).empty() && trim(year).empty(); }

DateInput date_input_showing(Date date) {
  return {std::to_string(static_cast<unsigned>(date.day())), std::to_string(static_cast<unsigned>(date.month())),
          std::to_string(static_cast<int>(date.year()))};
}

std::optional<Date> read_date_input(const DateInput& input, const DateField& field, std::vector<FieldError>& errors) {
  std::string day(trim(input.day)), month(trim(input.month)), year(trim(input.year));
  if (input.blank()) {
    errors.push_back({field.id, field.missing, field.id + "-day"});
    return std::nullopt;
  }
  std::vector<std::string> missing;
  std::string first_missing;  // the part the error summary links to
  for (auto [part, name] : {std::pair{&day, "day"}, std::pair{&month, "month"}, std::pair{&year, "year"}}) {
    if (!part->empty()) continue;
    missing.push_back(std::string("a ") + name);
    if (first_missing.empty()) first_missing = field.id + "-" + name;
  }
  if (!missing.empty()) {
    std::string text = field.name + " must include " + missing[0];
    if (missing.size() == 2) text += " and " + missing[1];
    errors.push_back({field.id, text, first_missing});
    return std::nullopt;
  }
  if (year.size() != 4) {
    errors.push_back({field.id, "Year must include 4 numbers", field.id + "-year"});
    return std::nullopt;
  }
  auto date = date_from_parts(day, month, year);
  if (!date) errors.push_back({field.id, field.name + " must be a real date", field.id + "-day"});
  return date;
}

}  // namespace pathway::web
