#include "reference/establishments.h"

namespace pathway::reference {

namespace {

constexpr std::string_view columns =
    "SELECT id, name, establishment_type, youngest_age, oldest_age, holds_children, retired FROM establishments";

Establishment establishment_in(const store::Row& row) {
  Establishment establishment;
  establishment.id = row.integer(0);
  auto& details = establishment.details;
  details.name = row.text(1);
  details.establishment_type = row.text(2);
  details.youngest_age = static_cast<int>(row.integer(3));
  if (auto oldest = row.optional_integer(4)) details.oldest_age = static_cast<int>(*oldest);
  details.holds_children = row.integer(5) != 0;
  establishment.retired = row.integer(6) != 0;
  return establishment;
}

std::vector<store::Value> values_of(const EstablishmentDetails& details) {
  return {details.name, details.establishment_type, std::int64_t{details.youngest_age},
          details.oldest_age ? store::Value{std::int64_t{*details.oldest_age}} : store::Value{nullptr},
          std::int64_t{details.holds_children ? 1 : 0}};
}

}  // namespace

std::vector<Establishment> list_establishments(store::Connection& connection) {
  std::vector<Establishment> establishments;
  for (const auto& row : connection.query(std::string(columns) + " ORDER BY name, id", {})) {
    establishments.push_back(establishment_in(row));
  }
  return establishments;
}

std::optional<Establishment> find_establishment(store::Connection& connection, std::int64_t id) {
  auto row = connection.query_one(std::string(columns) + " WHERE id = ?", {id});
  if (!row) return std::nullopt;
  return establishment_in(*row);
}

std::int64_t add_establishment(store::Connection& connection, const EstablishmentDetails& details) {
  auto values = values_of(details);
  auto rows = connection.query(
      "INSERT INTO establishments (name, establishment_type, youngest_age, oldest_age, holds_children)"
      " VALUES (?, ?, ?, ?, ?) RETURNING id",
      std::span<const store::Value>(values));
  return rows.at(0).integer(0);
}

bool update_establishment(store::Connection& connection, std::int64_t id, const EstablishmentDetails& details) {
  auto values = values_of(details);
  values.push_back(id);
  return !connection
              .query("UPDATE establishments SET name = ?, establishment_type = ?, youngest_age = ?, oldest_age = ?,"
                     " holds_children = ? WHERE id = ? RETURNING id",
                     std::span<const store::Value>(values))
              .empty();
}

bool set_establishment_retired(store::Connection& connection, std::int64_t id, bool retired) {
  return !connection
              .query("UPDATE establishments SET retired = ? WHERE id = ? RETURNING id",
                     {std::int64_t{retired ? 1 : 0}, id})
              .empty();
}

}  // namespace pathway::reference
