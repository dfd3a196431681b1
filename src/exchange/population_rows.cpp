// Checks the rows of population.csv.
#include "exchange/data_set.h"
#include "exchange/row_reader.h"

namespace pathway::exchange {

namespace {

// A sane calendar year for a mid-year estimate (or a projection).
constexpr std::int64_t earliest_year = 1900;
constexpr std::int64_t latest_year = 2100;
// More than the whole of England's population aged 10 to 17: a larger figure is a mistake.
constexpr std::int64_t largest_population = 10'000'000;

using DistrictYear = std::pair<std::string, int>;

// A district has one figure a year, in the file and in the database together.
void check_figure_is_new(RowReader& reader, const DistrictYear& key, std::map<DistrictYear, std::size_t>& first_lines,
                         const ExistingRecords& existing) {
  std::string which = key.first + " in " + std::to_string(key.second);
  auto [first, is_first] = first_lines.emplace(key, reader.line());
  if (!is_first) {
    reader.report(PopulationColumn::year,
                  "there is already a figure for " + which + " on line " + std::to_string(first->second));
  } else if (existing.populations.contains(key)) {
    reader.report(PopulationColumn::year, "the database already has a figure for " + which);
  }
}

}  // namespace

void check_populations(ExchangeFile& file, const std::set<std::string>& known_districts,
                       const ExistingRecords& existing, RecordSink& sink, std::vector<ImportProblem>& problems) {
  std::map<DistrictYear, std::size_t> first_lines;
  for (FileRow row; file.next(row);) {
    RowReader reader(file.name(), row, population_columns, problems);
    reference::DistrictPopulation population;
    population.district_code = reader.value(PopulationColumn::district_code);
    bool has_code = !population.district_code.empty();
    if (has_code && !known_districts.contains(population.district_code)) {
      reader.report(PopulationColumn::district_code, "no district has this code in districts.csv or in the database");
    }
    population.year = static_cast<int>(reader.whole_number(PopulationColumn::year, earliest_year, latest_year));
    if (has_code && population.year != 0) {
      check_figure_is_new(reader, {population.district_code, population.year}, first_lines, existing);
    }
    population.population_10_17 =
        reader.whole_number(PopulationColumn::population_10_17, 1, largest_population);
    if (reader.usable()) sink.add(std::move(population));
  }
}

}  // namespace pathway::exchange
