#pragma once
// Counting days and months as sentences and orders count them: a period of N months
// "beginning with" a day includes that day and ends the day before the same date N
// months on (a 3-month order from 1 January runs to 31 March: HMPPS sentence calculation
// policy framework), and a run of days counts its first and its last day.
#include "core/dates.h"

namespace pathway::justice {

// `date` moved by `days` (which may be negative).
Date add_days(Date date, int days);

// The last day of the period of `months` months beginning with `first_day`:
// add_months(first_day, months) less one day. months >= 1.
Date last_day_of_months(Date first_day, int months);

// How many days from `first` to `last`, counting both: 1 when they are the same day,
// 0 when `last` is before `first`.
int days_counting_both_ends(Date first, Date last);

}  // namespace pathway::justice
