#include "justice/remands.h"

#include "core/clock.h"
#include "core/random.h"
#include "justice/row_dates.h"

namespace pathway::justice {

namespace {

constexpr std::string_view columns = "SELECT id, exchange_id, remand_type, start_date, end_date FROM remands";

Remand remand_in(const store::Row& row) {
  return {row.integer(0), row.text(1), row.text(2), date_in(row, 3), optional_date_in(row, 4)};
}

}  // namespace

std::vector<Remand> remands_of_child(store::Connection& connection, std::int64_t child_id) {
  std::vector<Remand> remands;
  for (const auto& row :
       connection.query(std::string(columns) + " WHERE child_id = ? ORDER BY start_date DESC, id DESC", {child_id})) {
    remands.push_back(remand_in(row));
  }
  return remands;
}

std::optional<Remand> find_remand(store::Connection& connection, std::int64_t child_id, std::int64_t remand_id) {
  auto row = connection.query_one(std::string(columns) + " WHERE id = ? AND child_id = ?", {remand_id, child_id});
  if (!row) return std::nullopt;
  return remand_in(*row);
}

std::int64_t create_remand(store::Connection& connection, std::int64_t child_id, const std::string& remand_type,
                           Date start_date, const std::optional<Date>& end_date) {
  auto row = connection.query_one(
      "INSERT INTO remands (exchange_id, child_id, start_date, end_date, remand_type, created_at)"
      " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {random_public_id(), child_id, to_iso(start_date),
       end_date ? store::Value{to_iso(*end_date)} : store::Value{nullptr}, remand_type,
       to_iso_instant(now_unix_seconds())});
  return row->integer(0);
}

void end_remand(store::Connection& connection, std::int64_t remand_id, Date end_date) {
  connection.execute("UPDATE remands SET end_date = ? WHERE id = ?", {to_iso(end_date), remand_id});
}

}  // namespace pathway::justice
