#pragma once
// The bank holidays of England and Wales as reference data: the administrator adds a day
// when one is proclaimed and removes one moved or cancelled. The calendar (calendar.h)
// is built from them. Each change is followed by refresh_all (refresh.h): open tasks move.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "deadlines/calendar.h"
#include "store/database.h"

namespace pathway::deadlines {

struct BankHoliday {
  Date date;
  std::string name;
};

// Every bank holiday, by date. Throws StoreError.
std::vector<BankHoliday> list_bank_holidays(store::Connection& connection);

// The calendar of the bank holidays held now. Throws StoreError.
WorkingCalendar load_calendar(store::Connection& connection);

// The bank holiday on `date`, nullopt when there is none. Throws StoreError.
std::optional<BankHoliday> find_bank_holiday(store::Connection& connection, Date date);

// Adds the day; the caller has checked there is none on that date. Throws StoreError.
void add_bank_holiday(store::Connection& connection, const BankHoliday& holiday);

// Removes the day on `date`; false when there was none. Throws StoreError.
bool remove_bank_holiday(store::Connection& connection, Date date);

}  // namespace pathway::deadlines
