#include "spreadsheet/formula_guard.h"

#include <array>

namespace pathway::spreadsheet {

namespace {

constexpr std::array<std::string_view, 8> formula_starts = {
    "=", "+", "-", "@", "\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"};  // ＝ ＋ － ＠

}  // namespace

bool could_run_as_formula(std::string_view text) {
  if (text.empty()) return false;
  if (text.front() == '\t' || text.front() == '\r' || text.front() == '\n') return true;
  // Some programs drop leading spaces before they look for a formula.
  std::size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  std::string_view rest = text.substr(first);
  for (std::string_view start : formula_starts) {
    if (rest.starts_with(start)) return true;
  }
  return false;
}

std::string neutralise_formula(std::string_view text) {
  std::string cell;
  if (could_run_as_formula(text) || text.starts_with('\'')) cell += '\'';
  cell += text;
  return cell;
}

}  // namespace pathway::spreadsheet
