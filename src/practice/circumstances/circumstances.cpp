#include "practice/circumstances/circumstances.h"

#include "core/clock.h"
#include "justice/row_dates.h"

namespace pathway::practice {

namespace {

constexpr std::string_view circumstance_columns =
    "SELECT x.id, x.child_id, x.kind, x.status, x.suitability, x.hours, x.from_date, COALESCE(x.note, ''),"
    " x.recorded_at, x.recorded_by, x.recorded_by_name FROM child_circumstances x";

// Newest first in the history: the latest `from` date, then the later recorded.
constexpr std::string_view newest_first = " ORDER BY x.from_date DESC, x.id DESC";

Circumstance circumstance_in(const store::Row& row) {
  Circumstance circumstance;
  circumstance.id = row.integer(0);
  circumstance.child_id = row.integer(1);
  auto& details = circumstance.details;
  details.kind = row.text(2);
  details.status = row.text(3);
  details.suitability = row.text(4);
  if (auto hours = row.optional_integer(5)) details.hours = static_cast<int>(*hours);
  details.from = justice::date_in(row, 6);
  details.note = row.text(7);
  circumstance.recorded_at = row.text(8);
  circumstance.recorded_by = row.text(9);
  circumstance.recorded_by_name = row.text(10);
  return circumstance;
}

// The row of the same kind just before `after` in the child's history.
std::optional<Circumstance> circumstance_before(store::Connection& connection, const Circumstance& after) {
  auto row = connection.query_one(
      std::string(circumstance_columns) +
          " WHERE x.child_id = ? AND x.kind = ? AND (x.from_date < ? OR"
          " (x.from_date = ? AND x.id < ?))" +
          std::string(newest_first) + " LIMIT 1",
      {after.child_id, after.details.kind, to_iso(after.details.from), to_iso(after.details.from), after.id});
  if (!row) return std::nullopt;
  return circumstance_in(*row);
}

}  // namespace

std::int64_t record_circumstance(store::Connection& connection, std::int64_t child_id,
                                 const CircumstanceDetails& details, const children::ChangeAuthor& author) {
  return connection
      .query_one(
          "INSERT INTO child_circumstances (child_id, kind, status, suitability, hours, from_date, note,"
          " recorded_at, recorded_by, recorded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {child_id, details.kind, details.status, details.suitability,
           details.hours ? store::Value{std::int64_t{*details.hours}} : store::Value{nullptr}, to_iso(details.from),
           details.note.empty() ? store::Value{nullptr} : store::Value{details.note},
           to_iso_instant(now_unix_seconds()), author.username, author.display_name})
      ->integer(0);
}

std::vector<Circumstance> circumstance_history(store::Connection& connection, std::int64_t child_id,
                                               const std::string& kind) {
  std::vector<Circumstance> history;
  for (const auto& row : connection.query(
           std::string(circumstance_columns) + " WHERE x.child_id = ? AND x.kind = ?" + std::string(newest_first),
           {child_id, kind})) {
    history.push_back(circumstance_in(row));
  }
  return history;
}

std::optional<Circumstance> circumstance_on(store::Connection& connection, std::int64_t child_id,
                                            const std::string& kind, Date day) {
  auto row = connection.query_one(std::string(circumstance_columns) +
                                      " WHERE x.child_id = ? AND x.kind = ? AND x.from_date <= ?" +
                                      std::string(newest_first) + " LIMIT 1",
                                  {child_id, kind, to_iso(day)});
  if (!row) return std::nullopt;
  return circumstance_in(*row);
}

std::vector<CircumstanceChange> circumstance_changes_since(store::Connection& connection, const std::string& since,
                                                           const std::string& children_sql,
                                                           const std::vector<store::Value>& params) {
  std::vector<store::Value> all{since};
  all.insert(all.end(), params.begin(), params.end());
  std::vector<CircumstanceChange> changes;
  for (const auto& row : connection.query(std::string(circumstance_columns) +
                                              " JOIN children c ON c.id = x.child_id"
                                              " WHERE x.recorded_at >= ? AND (" +
                                              children_sql + ") ORDER BY x.recorded_at DESC, x.id DESC",
                                          std::span<const store::Value>(all))) {
    CircumstanceChange change{circumstance_in(row), std::nullopt};
    change.before = circumstance_before(connection, change.after);
    changes.push_back(std::move(change));
  }
  return changes;
}

}  // namespace pathway::practice
