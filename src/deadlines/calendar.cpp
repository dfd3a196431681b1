#include "deadlines/calendar.h"

namespace pathway::deadlines {

using namespace std::chrono;

WorkingCalendar::WorkingCalendar(const std::vector<Date>& bank_holidays)
    : bank_holidays_(bank_holidays.begin(), bank_holidays.end()) {}

bool WorkingCalendar::is_working_day(Date date) const {
  weekday day{sys_days{date}};
  return day != Saturday && day != Sunday && !bank_holidays_.contains(date);
}

Date WorkingCalendar::add_working_days(Date date, int count) const {
  // Day by day: a timescale is at most a few months of working days, and bank holidays
  // make any arithmetic shortcut a second place for the rule to go wrong.
  const days step{count < 0 ? -1 : 1};
  sys_days current{date};
  for (int remaining = count < 0 ? -count : count; remaining > 0;) {
    current += step;
    if (is_working_day(Date{current})) --remaining;
  }
  return Date{current};
}

Date add_calendar_days(Date date, int count) { return Date{sys_days{date} + days{count}}; }

}  // namespace pathway::deadlines
