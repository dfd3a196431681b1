#include "performance/quarter.h"

#include <charconv>

namespace pathway::performance {

namespace {
constexpr const char* month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
}

measures::Period Quarter::period() const {
  using namespace std::chrono;
  Date first{std::chrono::year{year}, month{static_cast<unsigned>(number * 3 - 2)}, day{1}};
  Date last{year_month_day_last{std::chrono::year{year}, month_day_last{month{static_cast<unsigned>(number * 3)}}}};
  return {measures::day_of(first), measures::day_of(last)};
}

std::string Quarter::code() const { return std::to_string(year) + "-Q" + std::to_string(number); }

std::string Quarter::label() const {
  return std::string(month_names[number * 3 - 3]) + " to " + month_names[number * 3 - 1] + " " + std::to_string(year);
}

Quarter Quarter::plus(int quarters) const {
  int index = year * 4 + (number - 1) + quarters;  // quarters since year 0; years here are positive
  return {index / 4, index % 4 + 1};
}

std::optional<Quarter> parse_quarter(std::string_view text) {
  if (text.size() != 7 || text.substr(4, 2) != "-Q") return std::nullopt;
  int year = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + 4, year);
  if (error != std::errc{} || end != text.data() + 4 || year < 1900 || year > 2999) return std::nullopt;
  char number = text[6];
  if (number < '1' || number > '4') return std::nullopt;
  return Quarter{year, number - '0'};
}

Quarter quarter_of(Date day) {
  return {static_cast<int>(day.year()), static_cast<int>((static_cast<unsigned>(day.month()) - 1) / 3 + 1)};
}

}  // namespace pathway::performance
