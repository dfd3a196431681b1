#include "deadlines/bank_holidays.h"

#include "justice/row_dates.h"

namespace pathway::deadlines {

std::vector<BankHoliday> list_bank_holidays(store::Connection& connection) {
  std::vector<BankHoliday> holidays;
  for (const auto& row : connection.query("SELECT holiday_date, name FROM bank_holidays ORDER BY holiday_date", {})) {
    holidays.push_back({justice::date_in(row, 0), row.text(1)});
  }
  return holidays;
}

WorkingCalendar load_calendar(store::Connection& connection) {
  std::vector<Date> dates;
  for (const auto& holiday : list_bank_holidays(connection)) dates.push_back(holiday.date);
  return WorkingCalendar(dates);
}

std::optional<BankHoliday> find_bank_holiday(store::Connection& connection, Date date) {
  auto row = connection.query_one("SELECT holiday_date, name FROM bank_holidays WHERE holiday_date = ?", {to_iso(date)});
  if (!row) return std::nullopt;
  return BankHoliday{justice::date_in(*row, 0), row->text(1)};
}

void add_bank_holiday(store::Connection& connection, const BankHoliday& holiday) {
  connection.execute("INSERT INTO bank_holidays (holiday_date, name) VALUES (?, ?)", {to_iso(holiday.date), holiday.name});
}

bool remove_bank_holiday(store::Connection& connection, Date date) {
  return !connection.query("DELETE FROM bank_holidays WHERE holiday_date = ? RETURNING holiday_date", {to_iso(date)}).empty();
}

}  // namespace pathway::deadlines
