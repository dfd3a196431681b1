#pragma once
// The bank holidays and calendar Pathway is seeded with, read from the project's one copy
// of data/bank-holidays-england-and-wales.csv, for the deadline tests.
#include <fstream>
#include <sstream>

#include "app/resources.h"
#include "deadlines/bank_holiday_csv.h"
#include "deadlines/calendar.h"

namespace pathway::testing {

inline std::vector<deadlines::BankHoliday> seeded_bank_holidays() {
  std::ifstream file(app::source_directory() / "data" / "bank-holidays-england-and-wales.csv");
  std::stringstream text;
  text << file.rdbuf();
  return deadlines::bank_holidays_from_csv(text.str());
}

inline deadlines::WorkingCalendar england_and_wales() {
  std::vector<Date> dates;
  for (const auto& holiday : seeded_bank_holidays()) dates.push_back(holiday.date);
  return deadlines::WorkingCalendar(dates);
}

}  // namespace pathway::testing
