#pragma once
// The calendar quarters the performance pages and the board report count by, as a URL gives
// them ("2026-Q3": July to September 2026; April to June is Q2). One type for every page.
#include <optional>
#include <string>
#include <string_view>

#include "core/dates.h"
#include "measures/measure_terms.h"

namespace pathway::performance {

struct Quarter {
  int year = 0;
  int number = 1;  // 1 to 4

  measures::Period period() const;
  std::string code() const;   // "2026-Q3"
  std::string label() const;  // "July to September 2026"
  Quarter plus(int quarters) const;  // later, or earlier when negative
  Quarter previous() const { return plus(-1); }
  Quarter year_before() const { return plus(-4); }
  auto operator<=>(const Quarter&) const = default;
};

// "YYYY-Qn" with n from 1 to 4 and a year from 1900 to 2999; nullopt for anything else.
std::optional<Quarter> parse_quarter(std::string_view text);

// The quarter the day falls in.
Quarter quarter_of(Date day);

}  // namespace pathway::performance
