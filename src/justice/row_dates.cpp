#include "justice/row_dates.h"

namespace pathway::justice {

Date date_in(const store::Row& row, std::size_t column) {
  const std::string& text = row.text(column);
  auto date = parse_iso_date(text);
  if (!date) throw store::StoreError("a justice record holds a date that is not one: '" + text + "'");
  return *date;
}

std::optional<Date> optional_date_in(const store::Row& row, std::size_t column) {
  if (row.is_null(column)) return std::nullopt;
  return date_in(row, column);
}

}  // namespace pathway::justice
