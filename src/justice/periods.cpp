#include "justice/periods.h"

#include <chrono>

namespace pathway::justice {

Date add_days(Date date, int days) { return Date{std::chrono::sys_days{date} + std::chrono::days{days}}; }

Date last_day_of_months(Date first_day, int months) { return add_days(add_months(first_day, months), -1); }

int days_counting_both_ends(Date first, Date last) {
  if (last < first) return 0;
  return static_cast<int>((std::chrono::sys_days{last} - std::chrono::sys_days{first}).count()) + 1;
}

}  // namespace pathway::justice
