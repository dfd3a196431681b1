#pragma once
// Areas, districts and their 10-17 populations: the geography performance is reported by.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace pathway::reference {

// The longest district or area name, in characters, the import and the store accept.
inline constexpr std::size_t max_place_name_length = 200;

struct District {
  std::string code;
  std::string name;
  std::string area_code;
  std::string area_name;
};

struct DistrictPopulation {
  std::string district_code;
  int year = 0;
  std::int64_t population_10_17 = 0;
};

// Every district, by name.
std::vector<District> list_districts(store::Connection& connection);

// The district with this code, or nullopt.
std::optional<District> find_district(store::Connection& connection, const std::string& code);

// Adds the area if it is new (or renames it) and adds the district. Throws UniqueViolation
// if the district code exists, and std::invalid_argument if the district or area name
// breaks the rule for names (core/free_text.h): callers check first.
void add_district(store::Connection& connection, const District& district);

// Renames the district, or the area; false when there is no such code. The name must keep
// the rule for names (core/free_text.h): callers check first. Throws StoreError.
bool rename_district(store::Connection& connection, const std::string& code, const std::string& name);
bool rename_area(store::Connection& connection, const std::string& code, const std::string& name);

struct Area {
  std::string code;
  std::string name;
};

// Every area, by name.
std::vector<Area> list_areas(store::Connection& connection);

// Throws UniqueViolation if the district already has a figure for the year.
void add_population(store::Connection& connection, const DistrictPopulation& population);

// Every population figure, by district code then year.
std::vector<DistrictPopulation> list_populations(store::Connection& connection);

}  // namespace pathway::reference
