#pragma once
// The files of the exchange format (shared/spec/exchange-format.md), with their columns in the specification's order: the order export writes them
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
inline constexpr std::string_view offences_file = "offences.csv";
inline constexpr std::string_view outcomes_file = "outcomes.csv";
inline constexpr std::string_view remands_file = "remands.csv";
inline constexpr std::string_view custody_episodes_file = "custody_episodes.csv";

// Every file of the format, in the order they are read, checked and saved: each file may
// refer only to files before it.
inline constexpr std::array<std::string_view, 7> exchange_files = {
    districts_file, population_file, children_file, offences_file, outcomes_file, remands_file,
    custody_episodes_file};

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

inline constexpr std::array<Column, 6> offence_columns = {{
    {"offence_id", true},
    {"child_id", true},
    {"offence_date", true},
    {"category", true},
    {"gravity", true},
    {"description", false},
}};
struct OffenceColumn {
  static constexpr std::size_t offence_id = 0, child_id = 1, offence_date = 2, category = 3, gravity = 4,
                               description = 5;
};

inline constexpr std::array<Column, 11> outcome_columns = {{
    {"outcome_id", true},
    {"child_id", true},
    {"outcome_date", true},
    {"outcome_type", true},
    {"offence_ids", true},
    {"start_date", false},
    {"end_date", false},
    {"length_months", false},
    {"completion", false},
    {"end_ete", false},
    {"end_accommodation", false},
}};
struct OutcomeColumn {
  static constexpr std::size_t outcome_id = 0, child_id = 1, outcome_date = 2, outcome_type = 3, offence_ids = 4,
                               start_date = 5, end_date = 6, length_months = 7, completion = 8, end_ete = 9,
                               end_accommodation = 10;
};

inline constexpr std::array<Column, 5> remand_columns = {{
    {"remand_id", true},
    {"child_id", true},
    {"start_date", true},
    {"end_date", false},
    {"remand_type", true},
}};
struct RemandColumn {
  static constexpr std::size_t remand_id = 0, child_id = 1, start_date = 2, end_date = 3, remand_type = 4;
};

inline constexpr std::array<Column, 7> custody_episode_columns = {{
    {"episode_id", true},
    {"child_id", true},
    {"outcome_id", false},
    {"establishment", true},
    {"establishment_type", true},
    {"start_date", true},
    {"release_date", false},
}};
struct CustodyEpisodeColumn {
  static constexpr std::size_t episode_id = 0, child_id = 1, outcome_id = 2, establishment = 3,
                               establishment_type = 4, start_date = 5, release_date = 6;
};

}  // namespace pathway::exchange
