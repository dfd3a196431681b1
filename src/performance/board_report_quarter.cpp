#include "performance/board_report_quarter.h"

#include <array>
#include <charconv>

namespace pathway::performance {

namespace {

constexpr std::array<std::string_view, 4> quarter_months = {
    "January to March", "April to June", "July to September", "October to December"};

unsigned first_month(Quarter quarter) { return static_cast<unsigned>(quarter.number - 1) * 3 + 1; }

}  // namespace

Result<Quarter> parse_quarter(std::string_view text) {
  Error wrong{ErrorKind::invalid, "Choose a quarter written like 2026-Q3 (January to March is Q1)"};
  if (text.size() != 7 || text.substr(4, 2) != "-Q") return wrong;
  Quarter quarter;
  auto [end, error] = std::from_chars(text.data(), text.data() + 4, quarter.year);
  if (error != std::errc{} || end != text.data() + 4 || quarter.year < 1900 || quarter.year > 2999) return wrong;
  if (text[6] < '1' || text[6] > '4') return wrong;
  quarter.number = text[6] - '0';
  return quarter;
}

std::string quarter_code(Quarter quarter) {
  return std::to_string(quarter.year) + "-Q" + std::to_string(quarter.number);
}

std::string quarter_label(Quarter quarter) {
  return std::string(quarter_months[quarter.number - 1]) + " " + std::to_string(quarter.year);
}

measures::Period quarter_period(Quarter quarter) {
  using namespace std::chrono;
  year_month_day first{year{quarter.year}, month{first_month(quarter)}, day{1}};
  year_month_day_last last{year{quarter.year}, month_day_last{month{first_month(quarter) + 2}}};
  return {measures::day_of(first), measures::day_of(year_month_day{last})};
}

Quarter previous_quarter(Quarter quarter) {
  return quarter.number == 1 ? Quarter{quarter.year - 1, 4} : Quarter{quarter.year, quarter.number - 1};
}

Quarter same_quarter_a_year_before(Quarter quarter) { return {quarter.year - 1, quarter.number}; }

Quarter quarter_of(Date day) {
  return {static_cast<int>(day.year()), static_cast<int>((static_cast<unsigned>(day.month()) - 1) / 3 + 1)};
}

std::vector<Quarter> ended_quarters(Date today, int count) {
  std::vector<Quarter> quarters;
  Quarter quarter = previous_quarter(quarter_of(today));
  for (int i = 0; i < count; ++i, quarter = previous_quarter(quarter)) quarters.push_back(quarter);
  return quarters;
}

}  // namespace pathway::performance
