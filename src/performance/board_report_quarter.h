#pragma once
// The calendar quarters a board report covers, as written in a URL ("2026-Q3"; January to
// March is Q1, so April to June is Q2), and the periods the report compares: the quarter,
// the one before it, and the same quarter a year before.
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/result.h"
#include "measures/measure_terms.h"

namespace pathway::performance {

struct Quarter {
  int year = 0;
  int number = 1;  // 1 to 4
  auto operator<=>(const Quarter&) const = default;
};

// "YYYY-QN" with N from 1 to 4 and a year the service's dates allow (1900 to 2999); an
// Error saying what a quarter looks like otherwise.
Result<Quarter> parse_quarter(std::string_view text);

// "2026-Q3": the form parse_quarter reads.
std::string quarter_code(Quarter quarter);

// "July to September 2026".
std::string quarter_label(Quarter quarter);

// The quarter's first and last days.
measures::Period quarter_period(Quarter quarter);

Quarter previous_quarter(Quarter quarter);
Quarter same_quarter_a_year_before(Quarter quarter);

// The quarter holding the day.
Quarter quarter_of(Date day);

// The last `count` quarters that have ended by `today`, newest first: those a board reports on.
std::vector<Quarter> ended_quarters(Date today, int count);

}  // namespace pathway::performance
