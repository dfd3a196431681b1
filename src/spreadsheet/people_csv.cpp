#include "spreadsheet/people_csv.h"

#include <cstdio>

#include "exchange/csv.h"
#include "spreadsheet/formula_guard.h"

namespace pathway::spreadsheet {

namespace {

std::string cell_text(const PeopleCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return neutralise_formula(*text);
  if (const auto* whole = std::get_if<std::int64_t>(&cell)) return std::to_string(*whole);
  char number[32];
  std::snprintf(number, sizeof number, "%.15g", std::get<double>(cell));
  return number;
}

std::string record(const std::vector<PeopleCell>& cells) {
  std::vector<std::string> fields;
  fields.reserve(cells.size());
  for (const auto& cell : cells) fields.push_back(cell_text(cell));
  return exchange::format_csv_record(fields);
}

}  // namespace

std::string people_csv(const PeopleTable& table) {
  std::string text = "\xEF\xBB\xBF";
  text += record(std::vector<PeopleCell>(table.headings.begin(), table.headings.end()));
  for (const auto& row : table.rows) text += record(row);
  return text;
}

}  // namespace pathway::spreadsheet
