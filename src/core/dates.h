#pragma once
// Calendar dates and the date arithmetic the service's rules rest on (ages, months; working
// days, which need the bank holidays, are deadlines/calendar.h). Pure functions, no clock:
// callers pass "today" in, so tests can.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathway {

using Date = std::chrono::year_month_day;

// Parses exactly "YYYY-MM-DD" (4-digit year 1900..2999, zero-padded month and day) into a
// real calendar date. Returns nullopt for anything else, including 2023-02-29.
std::optional<Date> parse_iso_date(std::string_view text);

// Builds a date from the three boxes of a GOV.UK date input (day, month, year as typed,
// surrounding spaces allowed, year must have 4 digits). The month may be a number or a
// month's name or its first three letters, in any case ("3", "03", "March", "mar";
// "Sept" too). Returns nullopt if a part is neither or the date does not exist.
std::optional<Date> date_from_parts(std::string_view day, std::string_view month,
                                    std::string_view year);

// A whole date typed into one box, as people write them: "27/3/2011", "27-03-2011",
// "27.3.2011", "27 3 2011", "27 March 2011", "27 Mar 2011", or ISO "2011-03-27". Day
// first, as in the UK; four-digit years only (so "2011" or "12/3/11" is not a date).
// nullopt for anything else, or a date that does not exist.
std::optional<Date> parse_typed_date(std::string_view text);

// The other dates a slip of the keyboard turns this date of birth into, for the duplicate
// check: day and month swapped, and any two neighbouring digits of DDMMYYYY transposed.
// Only real dates from 1900 on, none twice, never `date` itself.
std::vector<Date> mistyped_dates(Date date);

// "YYYY-MM-DD".
std::string to_iso(Date date);

// "3 March 2025", the GOV.UK style for showing a date.
std::string to_display(Date date);

// Whole years completed since date_of_birth on the given date (kpi.md: a child born on
// 29 February turns a year older on 1 March in non-leap years). Negative if on < birth.
int age_on(Date date_of_birth, Date on);

// Same day N months later (N may be negative); where that month is shorter, its last day.
Date add_months(Date date, int months);

// Today's date in UTC from the system clock (the one place dates meet the clock).
Date today_utc();

// Formats a UTC instant (seconds since the Unix epoch) in UK local time (GMT/BST, EU rules:
// BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
// October), e.g. "22 November 2026, 14:05".
std::string to_uk_local_display(std::int64_t unix_seconds);

// The UTC instant (seconds since the Unix epoch) at which the date begins in UK local
// time: midnight GMT in winter, 23:00 UTC the day before in summer. A range of UK dates
// [from, to] is the instants from uk_local_day_start(from) up to, not including,
// uk_local_day_start(to + 1 day).
std::int64_t uk_local_day_start(Date date);

// "2026-11-22T14:05:09Z".
std::string to_iso_instant(std::int64_t unix_seconds);

// The reverse of to_iso_instant: exactly "YYYY-MM-DDTHH:MM:SSZ", or nullopt.
std::optional<std::int64_t> parse_iso_instant(std::string_view text);

}  // namespace pathway
