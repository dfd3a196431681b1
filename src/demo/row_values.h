#pragma once
// Filling the values of generated rows (store::insert_rows) for the demo's bulk writers:
// each setter reuses the string already in the slot, so a refilled buffer of rows
// allocates nothing.
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

// Where generated rows go: whole rows of one table's `columns` (column_count of them) at a
// time, parents before the rows that name them.
using RowWriter = std::function<void(std::string_view table, std::string_view columns, std::size_t column_count,
                                     std::span<const store::Value> values)>;

inline void set(store::Value& slot, std::int64_t number) { slot = number; }

inline void set(store::Value& slot, std::string_view text) {
  if (auto* held = std::get_if<std::string>(&slot)) {
    held->assign(text);
  } else {
    slot = std::string(text);
  }
}

// NULL for empty text.
inline void set_or_null(store::Value& slot, std::string_view text) {
  if (text.empty()) {
    slot = nullptr;
  } else {
    set(slot, text);
  }
}

inline void put_digits(char* out, unsigned value, int width) {
  for (int i = width - 1; i >= 0; --i, value /= 10) out[i] = static_cast<char>('0' + value % 10);
}

// "2026-04-01" into the ten characters at `out`.
inline void put_iso_date(char* out, Date date) {
  put_digits(out, static_cast<unsigned>(static_cast<int>(date.year())), 4);
  out[4] = '-';
  put_digits(out + 5, static_cast<unsigned>(date.month()), 2);
  out[7] = '-';
  put_digits(out + 8, static_cast<unsigned>(date.day()), 2);
}

// An ISO date, "2026-04-01".
inline void set(store::Value& slot, Date date) {
  char text[10];
  put_iso_date(text, date);
  set(slot, std::string_view(text, 10));
}

inline void set(store::Value& slot, const std::optional<Date>& date) {
  if (date) {
    set(slot, *date);
  } else {
    slot = nullptr;
  }
}

// An ISO instant at `hour`:`minute` UTC on the day, "2026-04-01T10:30:00Z".
inline void set_instant(store::Value& slot, Date day, int hour, int minute = 0) {
  char text[20];
  put_iso_date(text, day);
  text[10] = 'T';
  put_digits(text + 11, static_cast<unsigned>(hour), 2);
  text[13] = ':';
  put_digits(text + 14, static_cast<unsigned>(minute), 2);
  text[16] = ':';
  text[17] = '0';
  text[18] = '0';
  text[19] = 'Z';
  set(slot, std::string_view(text, 20));
}

}  // namespace pathway::demo
