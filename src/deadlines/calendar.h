#pragma once
// The working-day calendar of England and Wales: Monday to Friday less the bank holidays
// (reference data an administrator keeps; data/bank-holidays-england-and-wales.csv seeds
// it). Every timescale the service counts in working days is counted here, and nowhere
// else (domain.md, "Working days"). Pure: the caller loads the bank holidays.
#include <set>
#include <vector>

#include "core/dates.h"

namespace pathway::deadlines {

class WorkingCalendar {
 public:
  // A calendar whose only non-working days, besides Saturdays and Sundays, are
  // `bank_holidays` (order and repeats do not matter).
  explicit WorkingCalendar(const std::vector<Date>& bank_holidays);

  // Monday to Friday and not a bank holiday.
  bool is_working_day(Date date) const;

  // The date `count` working days after `date` (before it when `count` is negative).
  // Counting starts from the next (previous) working day, so from a weekend or a bank
  // holiday one working day forward is the first working day after it; zero is `date`
  // itself, working day or not.
  Date add_working_days(Date date, int count) const;

 private:
  std::set<Date> bank_holidays_;
};

// The date `count` calendar days after `date` (before it when negative).
Date add_calendar_days(Date date, int count);

}  // namespace pathway::deadlines
