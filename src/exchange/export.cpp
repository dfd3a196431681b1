// Exporting the data set: every file written the same way every time (columns in the
// specification's order, rows sorted by identifier, LF line ends), so that two exports of
// the same data are byte for byte the same.
#include <algorithm>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <tuple>

#include "access/audit.h"
#include "exchange/columns.h"
#include "exchange/csv.h"
#include "exchange/exchange.h"
#include "exchange/justice_tables.h"
#include "reference/geography.h"
#include "spreadsheet/formula_guard.h"
#include "store/transaction.h"

namespace pathway::exchange {

namespace {

namespace fs = std::filesystem;

// One data row, exactly as stored (the format neutralises nothing), counting the values a
// spreadsheet program could run as formulas so that the person exporting can be told.
std::string data_row(const std::vector<std::string>& fields, std::size_t& formula_like) {
  formula_like += static_cast<std::size_t>(std::count_if(fields.begin(), fields.end(), spreadsheet::could_run_as_formula));
  return format_csv_record(fields);
}

template <std::size_t N>
std::string header_row(const std::array<Column, N>& columns) {
  std::vector<std::string> names;
  for (const Column& column : columns) names.emplace_back(column.name);
  return format_csv_record(names);
}

std::string districts_text(std::vector<reference::District> districts, std::size_t& formula_like) {
  std::sort(districts.begin(), districts.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
  std::string text = header_row(district_columns);
  for (const auto& district : districts) {
    text += data_row({district.code, district.name, district.area_code, district.area_name}, formula_like);
  }
  return text;
}

std::string populations_text(std::vector<reference::DistrictPopulation> populations) {
  std::sort(populations.begin(), populations.end(), [](const auto& a, const auto& b) {
    return std::tie(a.district_code, a.year) < std::tie(b.district_code, b.year);
  });
  std::string text = header_row(population_columns);
  for (const auto& population : populations) {
    text += format_csv_record(
        {population.district_code, std::to_string(population.year), std::to_string(population.population_10_17)});
  }
  return text;
}

// Writes beside the file and then renames, so a failed export never leaves half a file
// under the real name.
void write_file(const fs::path& directory, std::string_view name, const std::function<void(std::ostream&)>& write) {
  fs::path path = directory / std::string(name);
  fs::path temporary = path;
  temporary += ".tmp";
  std::error_code error;
  try {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    write(out);
    out.close();
    if (out) fs::rename(temporary, path, error);
    if (!out || error) throw std::runtime_error("could not write " + path.string());
  } catch (...) {
    fs::remove(temporary, error);
    throw;
  }
}

void write_file(const fs::path& directory, std::string_view name, const std::string& text) {
  write_file(directory, name, [&text](std::ostream& out) { out << text; });
}

// Writes one file of records as the database gives them, one at a time (never the whole
// file in memory), returning how many it holds.
template <std::size_t N>
std::size_t write_rows(const fs::path& directory, std::string_view name, const std::array<Column, N>& columns,
                       void (*each)(store::Connection&, const ExchangeRowVisitor&), store::Connection& connection,
                       std::size_t& formula_like) {
  std::size_t count = 0;
  write_file(directory, name, [&](std::ostream& out) {
    out << header_row(columns);
    each(connection, [&](const ExchangeRow& row) {
      out << data_row(row, formula_like);
      ++count;
    });
  });
  return count;
}

}  // namespace

ExportReport export_data_set(store::Database& database, const fs::path& directory, const std::string& actor) {
  fs::create_directories(directory);
  auto connection = database.acquire();
  // One transaction, so the files describe the same moment.
  store::Transaction transaction(*connection);
  ExportReport report;
  std::size_t& formula_like = report.formula_like_values;
  {
    auto districts = reference::list_districts(*connection);
    auto populations = reference::list_populations(*connection);
    report.districts = districts.size();
    report.populations = populations.size();
    write_file(directory, districts_file, districts_text(districts, formula_like));
    write_file(directory, population_file, populations_text(populations));
  }
  report.children = write_rows(directory, children_file, child_columns, each_child_row, *connection, formula_like);
  report.offences = write_rows(directory, offences_file, offence_columns, each_offence_row, *connection, formula_like);
  report.outcomes = write_rows(directory, outcomes_file, outcome_columns, each_outcome_row, *connection, formula_like);
  report.remands = write_rows(directory, remands_file, remand_columns, each_remand_row, *connection, formula_like);
  report.custody_episodes = write_rows(directory, custody_episodes_file, custody_episode_columns,
                                       each_custody_episode_row, *connection, formula_like);

  access::record_audit_event(*connection, {actor, "exchange.export", "", "", "", report.detail()});
  transaction.commit();
  return report;
}

}  // namespace pathway::exchange
