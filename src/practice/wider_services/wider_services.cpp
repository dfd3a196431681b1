#include "practice/wider_services/wider_services.h"

#include "core/clock.h"
#include "justice/row_dates.h"

namespace pathway::practice {

namespace {

constexpr std::string_view wider_service_columns =
    "SELECT w.id, w.child_id, w.service, w.from_date, w.to_date, "
    "COALESCE(w.note, ''), w.recorded_at, w.recorded_by,"
    " w.recorded_by_name, w.ended_at, w.ended_by FROM wider_services w";

WiderService wider_service_in(const store::Row& row) {
  WiderService service;
  service.id = row.integer(0);
  service.child_id = row.integer(1);
  auto& details = service.details;
  details.service = row.text(2);
  details.from = justice::date_in(row, 3);
  details.to = justice::optional_date_in(row, 4);
  details.note = row.text(5);
  service.recorded_at = row.text(6);
  service.recorded_by = row.text(7);
  service.recorded_by_name = row.text(8);
  service.ended_at = row.optional_text(9);
  service.ended_by = row.optional_text(10);
  return service;
}

}  // namespace

// children.looked_after is the record's status today, set where the record is corrected
// and carried by the exchange format (docs/exchange-format.md); this table is the history
// of the support. Adding or ending a looked_after row leaves the status alone: the two
// are shown side by side, and a worker corrects the record when it is wrong.
std::int64_t add_wider_service(store::Connection& connection, std::int64_t child_id, const WiderServiceDetails& details,
                               const children::ChangeAuthor& author) {
  return connection
      .query_one(
          "INSERT INTO wider_services (child_id, service, from_date, to_date, "
          "note, recorded_at, recorded_by,"
          " recorded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {child_id, details.service, to_iso(details.from), justice::optional_date_value(details.to),
           details.note.empty() ? store::Value{nullptr} : store::Value{details.note},
           to_iso_instant(now_unix_seconds()), author.username, author.display_name})
      ->integer(0);
}

std::vector<WiderService> wider_services_of(store::Connection& connection, std::int64_t child_id) {
  std::vector<WiderService> services;
  for (const auto& row : connection.query(
           std::string(wider_service_columns) + " WHERE w.child_id = ? ORDER BY w.from_date DESC, w.id DESC",
           {child_id})) {
    services.push_back(wider_service_in(row));
  }
  return services;
}

std::optional<WiderService> find_wider_service(store::Connection& connection, std::int64_t child_id, std::int64_t id) {
  auto row =
      connection.query_one(std::string(wider_service_columns) + " WHERE w.child_id = ? AND w.id = ?", {child_id, id});
  if (!row) return std::nullopt;
  return wider_service_in(*row);
}

std::vector<std::string> continuing_wider_services(store::Connection& connection, std::int64_t child_id) {
  std::vector<std::string> services;
  for (const auto& row : connection.query("SELECT DISTINCT service FROM wider_services WHERE "
                                          "child_id = ? AND to_date IS NULL"
                                          " ORDER BY service",
                                          {child_id})) {
    services.push_back(row.text(0));
  }
  return services;
}

bool end_wider_service(store::Connection& connection, const WiderService& service, Date to,
                       const children::ChangeAuthor& author) {
  // Only a continuing row: a second ending (two people at once) changes nothing.
  auto ended = connection.query_one(
      "UPDATE wider_services SET to_date = ?, ended_at = "
      "?, ended_by = ? WHERE id = ? AND child_id = ?"
      " AND to_date IS NULL RETURNING id",
      {to_iso(to), to_iso_instant(now_unix_seconds()), author.username, service.id, service.child_id});
  return ended.has_value();
}

}  // namespace pathway::practice
