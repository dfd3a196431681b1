#pragma once
// Reads the bank holidays file (data/bank-holidays-england-and-wales.csv: date, name,
// source), which seeds the calendar (migration 28) and the calendar's tests. Pure.
#include <string_view>
#include <vector>

#include "deadlines/bank_holidays.h"

namespace pathway::deadlines {

// The days the file lists, in its order; rows whose date does not parse are left out (the
// file is the project's own, checked by the tests).
std::vector<BankHoliday> bank_holidays_from_csv(std::string_view text);

}  // namespace pathway::deadlines
