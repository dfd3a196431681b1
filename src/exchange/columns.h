#pragma once
// The files of the exchange format (shared/spec/exchange-format.md) that this version reads
// and writes, with their columns in the specification's order: the order export writes them
// in, and the order rows read by import hold their cells in.
#include <array>
#include <cstddef>
#include <string_view>

namespace pathway::exchange {

struct Column {
  std::string_view name;
  bool required;
};

inline constexpr std::string_view districts_file = "districts.csv";
inline constexpr std::string_view population_file = "population.csv";
inline constexpr std::string_view children_file = "children.csv";

// Files of the format that this version does not read yet: a data set holding one is refused.
inline constexpr std::array<std::string_view, 4> unsupported_files = {
    "offences.csv", "outcomes.csv", "remands.csv", "custody_episodes.csv"};

inline constexpr std::array<Column, 4> district_columns = {{
    {"district_code", true},
    {"district_name", true},
    {"area_code", true},
    {"area_name", true},
}};
struct DistrictColumn {
  static constexpr std::size_t code = 0, name = 1, area_code = 2, area_name = 3;
};

inline constexpr std::array<Column, 3> population_columns = {{
    {"district_code", true},
    {"year", true},
    {"population_10_17", true},
}};
struct PopulationColumn {
  static constexpr std::size_t district_code = 0, year = 1, population_10_17 = 2;
};

inline constexpr std::array<Column, 8> child_columns = {{
    {"child_id", true},
    {"given_name", true},
    {"family_name", true},
    {"date_of_birth", true},
    {"sex", true},
    {"ethnicity", false},
    {"district_code", true},
    {"looked_after", false},
}};
struct ChildColumn {
  static constexpr std::size_t child_id = 0, given_name = 1, family_name = 2, date_of_birth = 3,
                               sex = 4, ethnicity = 5, district_code = 6, looked_after = 7;
};

}  // namespace pathway::exchange
