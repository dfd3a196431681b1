#pragma once
// The dates of the justice record's tables as read from a row: ISO text, NULL for a date
// not (yet) known. Schema 15 stores them as text the writers have checked, so a value that
// does not parse is a broken database, not a user's mistake.
#include <optional>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::justice {

// The date in `column`; throws StoreError when it is NULL or not a date.
Date date_in(const store::Row& row, std::size_t column);
Date date_in(const store::RowView& row, std::size_t column);

// The date in `column`, nullopt when NULL; throws StoreError when it is not a date.
std::optional<Date> optional_date_in(const store::Row& row, std::size_t column);
std::optional<Date> optional_date_in(const store::RowView& row, std::size_t column);

// What a writer binds for an optional date (ISO text) or an optional code ("" is none):
// NULL when there is none.
store::Value optional_date_value(const std::optional<Date>& date);
store::Value optional_code_value(const std::string& code);

}  // namespace pathway::justice
