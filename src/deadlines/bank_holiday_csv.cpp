#include "deadlines/bank_holiday_csv.h"

#include "exchange/csv.h"

namespace pathway::deadlines {

std::vector<BankHoliday> bank_holidays_from_csv(std::string_view text) {
  auto table = exchange::parse_csv(text);
  std::vector<BankHoliday> holidays;
  for (std::size_t i = 1; i < table.records.size(); ++i) {
    const auto& fields = table.records[i].fields;
    auto date = fields.size() >= 2 ? parse_iso_date(fields[0]) : std::nullopt;
    if (date) holidays.push_back({*date, fields[1]});
  }
  return holidays;
}

}  // namespace pathway::deadlines
