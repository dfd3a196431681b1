#include "web/date_range_form.h"

#include <algorithm>

#include "core/text.h"

namespace pathway::web {

namespace {

// The date typed, nullopt when all three boxes are empty; an error when it is not a date.
std::optional<Date> read_date(const std::string& field, const DateBoxes& boxes, std::vector<FieldError>& errors) {
  if (trim(boxes.day).empty() && trim(boxes.month).empty() && trim(boxes.year).empty()) return std::nullopt;
  auto date = date_from_parts(boxes.day, boxes.month, boxes.year);
  if (!date) {
    errors.push_back({field, "The " + field + " date must be a real date, for example 27 3 2026", field + "-day"});
  }
  return date;
}

}  // namespace

DateRange check_date_range(const DateBoxes& from, const DateBoxes& to, std::vector<FieldError>& errors) {
  DateRange range{read_date("from", from, errors), read_date("to", to, errors)};
  if (range.from && range.to && *range.to < *range.from) {
    errors.push_back({"to", "The to date must be the same as or after the from date", "to-day"});
  }
  return range;
}

ViewData date_field_data(const std::string& id, std::string legend, std::string hint, const DateBoxes& typed,
                         const std::vector<FieldError>& errors) {
  ViewData field;
  field.set("id", id);
  field.set("legend", std::move(legend));
  field.set("hint", std::move(hint));
  field.set("day", typed.day);
  field.set("month", typed.month);
  field.set("year", typed.year);
  auto error = std::find_if(errors.begin(), errors.end(), [&](const FieldError& e) { return e.field == id; });
  if (error == errors.end()) {
    field.set("error", false);  // not the page's own `error`, if it has one
  } else {
    field.set("error", error->text);
  }
  return field;
}

}  // namespace pathway::web
