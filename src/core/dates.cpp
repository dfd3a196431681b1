#include "core/dates.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/text.h"

namespace pathway {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The value of a run of ASCII digits, or -1 if the text is empty, holds anything else, or is
// too long to be a day, month or year (which also keeps the arithmetic far from overflow).
int whole_number(std::string_view digits) {
  if (digits.empty() || digits.size() > 4) return -1;
  int value = 0;
  for (char c : digits) {
    if (!is_digit(c)) return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string ascii_lower(std::string_view text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return lower;
}

// 1 to 12 from "3", "03", "March", "mar", "SEPT"; -1 for anything else.
int month_number(std::string_view text) {
  if (int number = whole_number(text); number >= 0) return number;
  std::string lower = ascii_lower(text);
  if (lower == "sept") return 9;
  for (std::size_t i = 0; i < month_names.size(); ++i) {
    std::string name = ascii_lower(month_names[i]);
    if (lower == name || (lower.size() == 3 && name.starts_with(lower))) return static_cast<int>(i) + 1;
  }
  return -1;
}

std::optional<Date> real_date(int y, int m, int d) {
  Date date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

// Only the last-Sunday rule is needed: the UK has followed it since 1996 and 01:00 UTC is
// the change time in both directions.
bool is_british_summer_time(sys_seconds instant) {
  year y = year_month_day{floor<days>(instant)}.year();
  sys_seconds starts = sys_days{y / March / Sunday[last]} + 1h;
  sys_seconds ends = sys_days{y / October / Sunday[last]} + 1h;
  return instant >= starts && instant < ends;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = whole_number(text.substr(0, 4));
  int m = whole_number(text.substr(5, 2));
  int d = whole_number(text.substr(8, 2));
  if (y < 1900 || y > 2999 || m < 0 || d < 0) return std::nullopt;
  return real_date(y, m, d);
}

std::optional<Date> date_from_parts(std::string_view day_text, std::string_view month_text,
                                    std::string_view year_text) {
  year_text = trim(year_text);
  if (year_text.size() != 4) return std::nullopt;
  int y = whole_number(year_text);
  int m = month_number(trim(month_text));
  int d = whole_number(trim(day_text));
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  return real_date(y, m, d);
}

std::optional<Date> parse_typed_date(std::string_view text) {
  text = trim(text);
  if (auto iso = parse_iso_date(text)) return iso;
  // Three parts separated by one of / - . or runs of spaces.
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    bool separator = i == text.size() || text[i] == '/' || text[i] == '-' || text[i] == '.' || text[i] == ' ';
    if (!separator) continue;
    if (i > start) parts.push_back(text.substr(start, i - start));
    else if (i < text.size() && text[i] != ' ') return std::nullopt;  // "27//3/2011", "-3"
    start = i + 1;
  }
  bool trailing_separator = !text.empty() && (text.back() == '/' || text.back() == '-' || text.back() == '.');
  if (parts.size() != 3 || trailing_separator) return std::nullopt;
  return date_from_parts(parts[0], parts[1], parts[2]);
}

std::vector<Date> mistyped_dates(Date date) {
  std::vector<Date> dates;
  auto add = [&](int y, int m, int d) {
    auto slip = real_date(y, m, d);
    if (slip && *slip != date && y >= 1900 && std::ranges::find(dates, *slip) == dates.end()) dates.push_back(*slip);
  };
  int y = static_cast<int>(date.year());
  int m = static_cast<int>(static_cast<unsigned>(date.month()));
  int d = static_cast<int>(static_cast<unsigned>(date.day()));
  add(y, d, m);
  char digits[16];  // room for any int the compiler imagines; years are 4 digits here
  std::snprintf(digits, sizeof digits, "%02d%02d%04d", d, m, y);
  for (std::size_t i = 0; i + 1 < 8; ++i) {
    std::string swapped(digits, 8);
    std::swap(swapped[i], swapped[i + 1]);
    add(whole_number(std::string_view(swapped).substr(4, 4)), whole_number(std::string_view(swapped).substr(2, 2)),
        whole_number(std::string_view(swapped).substr(0, 2)));
  }
  return dates;
}

std::string to_iso(Date date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

std::string to_display(Date date) {
  // A stored date that is not a real one (a zero Date) still shows, rather than indexing
  // past the month names.
  if (!date.ok()) return to_iso(date);
  std::string text = std::to_string(static_cast<unsigned>(date.day()));
  text += ' ';
  text += month_names[static_cast<unsigned>(date.month()) - 1];
  text += ' ';
  text += std::to_string(static_cast<int>(date.year()));
  return text;
}

int age_on(Date date_of_birth, Date on) {
  int years = static_cast<int>(on.year()) - static_cast<int>(date_of_birth.year());
  // Comparing (month, day) rather than building this year's birthday means a 29 February
  // birthday is simply "not yet reached" on 28 February and reached on 1 March.
  bool birthday_not_yet_reached =
      on.month() < date_of_birth.month() ||
      (on.month() == date_of_birth.month() && on.day() < date_of_birth.day());
  return birthday_not_yet_reached ? years - 1 : years;
}

Date add_months(Date date, int count) {
  year_month target = year_month{date.year(), date.month()} + months{count};
  day last_day = year_month_day_last{target.year(), month_day_last{target.month()}}.day();
  return Date{target.year(), target.month(), std::min(date.day(), last_day)};
}

Date today_utc() { return Date{floor<days>(system_clock::now())}; }

std::string to_uk_local_display(std::int64_t unix_seconds) {
  sys_seconds instant{seconds{unix_seconds}};
  sys_seconds local = is_british_summer_time(instant) ? instant + 1h : instant;
  sys_days local_day = floor<days>(local);
  hh_mm_ss time{local - local_day};
  char clock[8];
  std::snprintf(clock, sizeof clock, "%02d:%02d", static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()));
  return to_display(Date{local_day}) + ", " + clock;
}

std::int64_t uk_local_day_start(Date date) {
  sys_seconds midnight_utc{sys_days{date}};
  // Summer time starts and ends at 01:00 UTC, so a local midnight an hour before midnight
  // UTC is in summer time exactly when that instant is.
  sys_seconds midnight_bst = midnight_utc - 1h;
  return (is_british_summer_time(midnight_bst) ? midnight_bst : midnight_utc).time_since_epoch().count();
}

std::string to_iso_instant(std::int64_t unix_seconds) {
  sys_seconds instant{seconds{unix_seconds}};
  sys_days day_start = floor<days>(instant);
  hh_mm_ss time{instant - day_start};
  char clock[16];
  std::snprintf(clock, sizeof clock, "T%02d:%02d:%02dZ", static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
  return to_iso(Date{day_start}) + clock;
}

std::optional<std::int64_t> parse_iso_instant(std::string_view text) {
  if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') {
    return std::nullopt;
  }
  auto date = parse_iso_date(text.substr(0, 10));
  auto two_digits = [&](std::size_t at) -> int {
    char high = text[at], low = text[at + 1];
    if (high < '0' || high > '9' || low < '0' || low > '9') return -1;
    return (high - '0') * 10 + (low - '0');
  };
  int hour = two_digits(11), minute = two_digits(14), second = two_digits(17);
  if (!date || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return std::nullopt;
  sys_seconds instant = sys_days{*date} + hours{hour} + minutes{minute} + seconds{second};
  return instant.time_since_epoch().count();
}

}  // namespace pathway
