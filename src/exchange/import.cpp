// Importing a data set: read every file, check every row against the format's rules and
// what the database holds, then save all of it in one transaction, or nothing.
#include <algorithm>
#include <tuple>

#include "access/audit.h"
#include "children/child_repository.h"
#include "core/text.h"
#include "exchange/data_set.h"
#include "exchange/exchange.h"
#include "store/transaction.h"

namespace pathway::exchange {

namespace {

namespace fs = std::filesystem;

bool is_csv_name(std::string_view name) { return ascii_lower(name).ends_with(".csv"); }

bool is_read_by_this_version(std::string_view name) {
  return name == districts_file || name == population_file || name == children_file;
}

bool is_unsupported(std::string_view name) {
  return std::find(unsupported_files.begin(), unsupported_files.end(), name) != unsupported_files.end();
}

// Reports the CSV files this version does not read, so that no data is silently ignored.
void check_other_files(const fs::path& directory, std::vector<ImportProblem>& problems) {
  std::error_code error;
  std::vector<std::string> names;
  for (fs::directory_iterator entry(directory, error), end; !error && entry != end; entry.increment(error)) {
    names.push_back(entry->path().filename().string());
  }
  if (error) problems.push_back({"", 0, "", directory.string(), "the folder could not be read"});
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    if (is_read_by_this_version(name)) continue;
    if (is_unsupported(name)) {
      problems.push_back({name, 0, "", "", "this version of Pathway does not support " + name +
                                               " yet: import the data set without it"});
    } else if (is_csv_name(name)) {
      problems.push_back({name, 0, "", "",
                          "not a file of the exchange format (its files are districts.csv, population.csv and "
                          "children.csv): rename or remove it"});
    }
  }
}

// Problems in the order a person fixes them: about the folder, then by file, then by line.
int file_rank(const std::string& file) {
  if (file.empty()) return 0;
  if (file == districts_file) return 1;
  if (file == population_file) return 2;
  if (file == children_file) return 3;
  return 4;
}

void sort_problems(std::vector<ImportProblem>& problems) {
  std::stable_sort(problems.begin(), problems.end(), [](const ImportProblem& a, const ImportProblem& b) {
    return std::forward_as_tuple(file_rank(a.file), a.file, a.line) <
           std::forward_as_tuple(file_rank(b.file), b.file, b.line);
  });
}

void save(store::Connection& connection, const DataSet& data_set, const std::string& actor) {
  for (const auto& district : data_set.districts) reference::add_district(connection, district);
  for (const auto& population : data_set.populations) reference::add_population(connection, population);
  for (const auto& child : data_set.children) {
    children::create_child(connection, child.details, actor, child.child_id);
  }
}

std::string counts(const DataSet& data_set) {
  return "districts=" + std::to_string(data_set.districts.size()) +
         ", populations=" + std::to_string(data_set.populations.size()) +
         ", children=" + std::to_string(data_set.children.size());
}

}  // namespace

ImportReport import_data_set(store::Database& database, const fs::path& directory, const std::string& actor) {
  ImportReport report;
  auto& problems = report.problems;
  std::error_code error;
  if (!fs::is_directory(directory, error)) {
    problems.push_back({"", 0, "", directory.string(), "the folder does not exist or is not a folder"});
    return report;
  }
  check_other_files(directory, problems);
  ExchangeFile districts = read_exchange_file(directory, districts_file, district_columns, problems);
  ExchangeFile populations = read_exchange_file(directory, population_file, population_columns, problems);
  ExchangeFile children = read_exchange_file(directory, children_file, child_columns, problems);

  // Checking against the database and saving happen under one write lock, so nothing can
  // slip in between.
  auto connection = database.acquire();
  store::Transaction transaction(*connection);
  ExistingRecords existing = load_existing_records(*connection);
  std::set<std::string> known_districts = known_district_codes(districts, existing);
  DataSet data_set;
  check_districts(districts, existing, data_set, problems);
  check_populations(populations, known_districts, existing, data_set, problems);
  check_children(children, known_districts, existing, today_utc(), data_set, problems);
  sort_problems(problems);
  if (!report.ok()) return report;  // the transaction rolls back: nothing has changed

  save(*connection, data_set, actor);
  access::record_audit_event(*connection, {actor, "exchange.import", "", "", "", counts(data_set)});
  transaction.commit();
  report.districts = data_set.districts.size();
  report.populations = data_set.populations.size();
  report.children = data_set.children.size();
  return report;
}

}  // namespace pathway::exchange
