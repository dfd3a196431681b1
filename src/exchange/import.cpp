// Importing a data set: read every file a row at a time, check every row against the format's
// rules and what the database holds, and save all of it in one transaction, or nothing.
#include <algorithm>
#include <array>
#include <tuple>

#include "access/audit.h"
#include "core/clock.h"
#include "core/text.h"
#include "deadlines/refresh.h"
#include "exchange/data_set.h"
#include "exchange/exchange.h"
#include "exchange/record_saver.h"
#include "store/bulk_load.h"
#include "store/transaction.h"

namespace pathway::exchange {

namespace {

namespace fs = std::filesystem;

// The tables an import fills: those that start empty get their indexes built once, at the end.
constexpr std::array<std::string_view, 7> loaded_tables = {
    "children", "child_changes", "offences", "outcomes", "outcome_offences", "remands", "custody_episodes"};

bool is_csv_name(std::string_view name) { return ascii_lower(name).ends_with(".csv"); }

bool is_exchange_file(std::string_view name) {
  return std::find(exchange_files.begin(), exchange_files.end(), name) != exchange_files.end();
}

// Reports the CSV files that are not files of the format, so that no data is silently ignored.
void check_other_files(const fs::path& directory, std::vector<ImportProblem>& problems) {
  std::error_code error;
  std::vector<std::string> names;
  for (fs::directory_iterator entry(directory, error), end; !error && entry != end; entry.increment(error)) {
    names.push_back(entry->path().filename().string());
  }
  if (error) problems.push_back({"", 0, "", directory.string(), "the folder could not be read"});
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    if (is_exchange_file(name) || !is_csv_name(name)) continue;
    problems.push_back({name, 0, "", "",
                        "not a file of the exchange format (its files are districts.csv, population.csv, "
                        "children.csv, offences.csv, outcomes.csv, remands.csv and custody_episodes.csv): "
                        "rename or remove it"});
  }
}

// Problems in the order a person fixes them: about the folder, then by file in the format's
// order, then by line.
std::size_t file_rank(const std::string& file) {
  if (file.empty()) return 0;
  auto at = std::find(exchange_files.begin(), exchange_files.end(), file);
  return static_cast<std::size_t>(at - exchange_files.begin()) + 1;
}

void sort_problems(std::vector<ImportProblem>& problems) {
  std::stable_sort(problems.begin(), problems.end(), [](const ImportProblem& a, const ImportProblem& b) {
    return std::forward_as_tuple(file_rank(a.file), a.file, a.line) <
           std::forward_as_tuple(file_rank(b.file), b.file, b.line);
  });
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

  // Checking against the database and saving happen under one write lock, so nothing can
  // slip in between. Each good row is saved as soon as it is checked, until a problem is
  // found; then the checks go on, to report every problem, and the transaction rolls back.
  auto connection = database.acquire();
  // The load's pages kept in a larger cache; the database keeps its journal and every check
  // (it is not a file made for this load: store/bulk_load.h).
  store::BulkLoadSettings settings(*connection, false);
  store::Transaction transaction(*connection);
  ExistingRecords existing = load_existing_records(*connection);
  auto read_file = [&](std::string_view name, std::span<const Column> columns) {
    return read_exchange_file(directory, name, columns, problems);
  };
  store::DeferredIndexes deferred(*connection, store::empty_tables(*connection, loaded_tables));
  DataSetReferences references;
  RecordSaver saver(*connection, actor, existing, references, problems);
  check_data_set(read_file, existing, today_utc(), references, saver, problems);
  sort_problems(problems);
  if (!report.ok()) return report;  // the transaction rolls back: nothing has changed

  saver.finish();
  deferred.restore();

  static_cast<RecordCounts&>(report) = saver.saved();
  deadlines::refresh_all(*connection);  // the imported records' deadlines, as a form's would have
  access::record_audit_event(*connection, {actor, "exchange.import", "", "", "", report.detail()});
  transaction.commit();
  return report;
}

}  // namespace pathway::exchange
