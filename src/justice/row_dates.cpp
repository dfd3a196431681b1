#include "justice/row_dates.h"

namespace pathway::justice {

namespace {

Date stored_date(std::string_view text) {
  auto date = parse_iso_date(text);
  if (!date) throw store::StoreError("a justice record holds a date that is not one: '" + std::string(text) + "'");
  return *date;
}

}  // namespace

Date date_in(const store::Row& row, std::size_t column) { return stored_date(row.text(column)); }

Date date_in(const store::RowView& row, std::size_t column) { return stored_date(row.text(column)); }

std::optional<Date> optional_date_in(const store::Row& row, std::size_t column) {
  if (row.is_null(column)) return std::nullopt;
  return date_in(row, column);
}

std::optional<Date> optional_date_in(const store::RowView& row, std::size_t column) {
  if (row.is_null(column)) return std::nullopt;
  return date_in(row, column);
}

store::Value optional_date_value(const std::optional<Date>& date) {
  return date ? store::Value{to_iso(*date)} : store::Value{nullptr};
}

store::Value optional_code_value(const std::string& code) {
  return code.empty() ? store::Value{nullptr} : store::Value{code};
}

}  // namespace pathway::justice
