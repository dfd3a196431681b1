#include "reference/geography.h"

#include <stdexcept>

#include "core/free_text.h"

namespace pathway::reference {

namespace {

void refuse_invalid_name(std::string_view what, const std::string& name) {
  if (auto problem = free_text_problem(name, max_place_name_length)) {
    throw std::invalid_argument(std::string(what) + " " + *problem);
  }
}

District district_from(const store::Row& row) {
  return {row.text(0), row.text(1), row.text(2), row.text(3)};
}
constexpr std::string_view select_districts =
    "SELECT d.code, d.name, d.area_code, a.name FROM districts d JOIN areas a ON a.code = d.area_code";
}  // namespace

std::vector<District> list_districts(store::Connection& connection) {
  std::vector<District> districts;
  for (const auto& row : connection.query(std::string(select_districts) + " ORDER BY d.name, d.code", {})) {
    districts.push_back(district_from(row));
  }
  return districts;
}

std::optional<District> find_district(store::Connection& connection, const std::string& code) {
  auto row = connection.query_one(std::string(select_districts) + " WHERE d.code = ?", {code});
  if (!row) return std::nullopt;
  return district_from(*row);
}

void add_district(store::Connection& connection, const District& district) {
  refuse_invalid_name("district name", district.name);
  refuse_invalid_name("area name", district.area_name);
  connection.execute(
      "INSERT INTO areas (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name",
      {district.area_code, district.area_name});
  connection.execute("INSERT INTO districts (code, name, area_code) VALUES (?, ?, ?)",
                     {district.code, district.name, district.area_code});
}

bool rename_district(store::Connection& connection, const std::string& code, const std::string& name) {
  refuse_invalid_name("district name", name);
  return !connection.query("UPDATE districts SET name = ? WHERE code = ? RETURNING code", {name, code}).empty();
}

bool rename_area(store::Connection& connection, const std::string& code, const std::string& name) {
  refuse_invalid_name("area name", name);
  return !connection.query("UPDATE areas SET name = ? WHERE code = ? RETURNING code", {name, code}).empty();
}

std::vector<Area> list_areas(store::Connection& connection) {
  std::vector<Area> areas;
  for (const auto& row : connection.query("SELECT code, name FROM areas ORDER BY name, code", {})) {
    areas.push_back({row.text(0), row.text(1)});
  }
  return areas;
}

void add_population(store::Connection& connection, const DistrictPopulation& population) {
  connection.execute(
      "INSERT INTO district_populations (district_code, year, population_10_17) VALUES (?, ?, ?)",
      {population.district_code, std::int64_t{population.year}, population.population_10_17});
}

std::vector<DistrictPopulation> list_populations(store::Connection& connection) {
  std::vector<DistrictPopulation> populations;
  for (const auto& row : connection.query(
           "SELECT district_code, year, population_10_17 FROM district_populations ORDER BY district_code, year",
           {})) {
    populations.push_back({row.text(0), static_cast<int>(row.integer(1)), row.integer(2)});
  }
  return populations;
}

}  // namespace pathway::reference
