#include "measures/snapshot_loading.h"

#include <algorithm>
#include <functional>

#include "justice/row_dates.h"
#include "measures/snapshot_builder.h"
#include "store/transaction.h"

namespace pathway::measures {

namespace {

// Rows read per query: enough that the query's own cost is small beside its rows.
constexpr std::int64_t batch_rows = 50'000;

using justice::date_in;
using justice::optional_date_in;

// Calls `visit` for each row of `sql`, which takes a range of ids [?, ?), in id order. The
// ranges keep each PostgreSQL result small; SQLite reads them row by row either way.
void each_row(store::Connection& connection, std::string_view table, std::string_view id_column,
              std::string_view sql, const std::function<void(const store::RowView&)>& visit) {
  std::string largest = "SELECT COALESCE(MAX(" + std::string(id_column) + "), 0) FROM " + std::string(table);
  std::int64_t last = connection.query_one(largest)->integer(0);
  for (std::int64_t from = 0; from <= last; from += batch_rows) connection.each_row(sql, {from, from + batch_rows}, visit);
}

CompletionCode completion_of(const store::RowView& row, std::size_t column) {
  if (row.is_null(column)) return completion_unknown;
  auto code = completion_code(row.text(column));
  if (!code) throw store::StoreError("the database holds an unknown completion");
  return *code;
}

Ending::Status status_of(const store::RowView& row, std::size_t column) {
  if (row.is_null(column)) return Ending::Status::unknown;
  return row.text(column) == "suitable" ? Ending::Status::suitable : Ending::Status::unsuitable;
}

SnapshotBuilder start_builder(store::Connection& connection) {
  std::vector<DistrictInScope> districts;
  for (const auto& row : connection.query("SELECT code, area_code FROM districts", {})) {
    districts.push_back({row.text(0), row.text(1)});
  }
  std::vector<std::string> areas;
  for (const auto& row : connection.query("SELECT code FROM areas", {})) areas.push_back(row.text(0));
  SnapshotBuilder builder(std::move(districts), std::move(areas));
  for (const auto& row : connection.query("SELECT district_code, year, population_10_17 FROM district_populations", {})) {
    builder.add_population(row.text(0), static_cast<int>(row.integer(1)), row.integer(2));
  }
  return builder;
}

void read_children(store::Connection& connection, SnapshotBuilder& builder) {
  each_row(connection, "children", "id",
           "SELECT id, date_of_birth, district_code FROM children WHERE id >= ? AND id < ?",
           [&](const store::RowView& row) { builder.add_child(row.integer(0), date_in(row, 1), row.text(2)); });
}

void read_offences(store::Connection& connection, SnapshotBuilder& builder) {
  each_row(connection, "offences", "id",
           "SELECT id, child_id, offence_date, category, gravity FROM offences WHERE id >= ? AND id < ?",
           [&](const store::RowView& row) {
             builder.add_offence(row.integer(0), row.integer(1), date_in(row, 2),
                                 is_serious_violence_offence(row.text(3), row.integer(4)));
           });
}

void read_outcomes(store::Connection& connection, SnapshotBuilder& builder) {
  each_row(connection, "outcomes", "id",
           "SELECT id, exchange_id, child_id, outcome_date, outcome_type, start_date, end_date, completion, end_ete, "
           "end_accommodation FROM outcomes WHERE id >= ? AND id < ?",
           [&](const store::RowView& row) {
             auto type = outcome_code(row.text(4));
             if (!type) throw store::StoreError("the database holds an unknown outcome type");
             builder.add_outcome({row.integer(0), row.text(1), row.integer(2), date_in(row, 3), *type,
                                  !row.is_null(5), optional_date_in(row, 6), completion_of(row, 7), status_of(row, 8),
                                  status_of(row, 9)});
           });
  each_row(connection, "outcome_offences", "outcome_id",
           "SELECT outcome_id, offence_id FROM outcome_offences WHERE outcome_id >= ? AND outcome_id < ?",
           [&](const store::RowView& row) { builder.add_disposed_offence(row.integer(0), row.integer(1)); });
}

void read_remands_and_releases(store::Connection& connection, SnapshotBuilder& builder) {
  each_row(connection, "remands", "id", "SELECT child_id, start_date, remand_type FROM remands WHERE id >= ? AND id < ?",
           [&](const store::RowView& row) { builder.add_remand(row.integer(0), date_in(row, 1), row.text(2)); });
  each_row(connection, "custody_episodes", "id",
           "SELECT child_id, release_date FROM custody_episodes WHERE id >= ? AND id < ? "
           "AND outcome_id IS NOT NULL AND release_date IS NOT NULL",
           [&](const store::RowView& row) { builder.add_release(row.integer(0), date_in(row, 1)); });
}

}  // namespace

RecordSnapshot load_snapshot(store::Connection& connection) {
  store::ReadSnapshot moment(connection);
  SnapshotBuilder builder = start_builder(connection);
  read_children(connection, builder);
  read_offences(connection, builder);
  read_outcomes(connection, builder);
  read_remands_and_releases(connection, builder);
  return builder.finish();
}

}  // namespace pathway::measures
