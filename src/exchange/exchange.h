#pragma once
// The Pathway exchange format, version 1 (shared/spec/exchange-format.md): a directory of
// CSV files: districts.csv, population.csv, children.csv, offences.csv, outcomes.csv,
// remands.csv and custody_episodes.csv.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "store/database.h"

namespace pathway::exchange {

// One problem found in a data set; the import reports every one, not only the first.
struct ImportProblem {
  std::string file;    // "children.csv"
  std::size_t line;    // 1-based line in the file; 0 when about the file as a whole
  std::string column;  // "" when about the whole row or file
  std::string value;   // the offending value as written ("" when missing)
  std::string reason;  // what is wrong, in words a person can act on
};

// How many records of each file an import saved or an export wrote.
struct RecordCounts {
  std::size_t districts = 0;
  std::size_t populations = 0;
  std::size_t children = 0;
  std::size_t offences = 0;
  std::size_t outcomes = 0;
  std::size_t remands = 0;
  std::size_t custody_episodes = 0;

  // "districts=3, populations=4, children=5, offences=2, ..." for the audit trail.
  std::string detail() const;
  // "3 districts, 4 population figures, 5 children, 2 offences, ..." for a person.
  std::string summary() const;
};

struct ImportReport : RecordCounts {
  std::vector<ImportProblem> problems;  // empty when the import succeeded (counts are 0 otherwise)
  bool ok() const { return problems.empty(); }
};

// Imports a data set into the database (migrated already), all or nothing: on any problem
// nothing is changed and every problem is reported. `actor` is recorded in each child's
// history and in one audit event for the import. Throws StoreError for database failures.
ImportReport import_data_set(store::Database& database, const std::filesystem::path& directory,
                             const std::string& actor);

struct ExportReport : RecordCounts {
  // Values written exactly that a spreadsheet program could run as formulas (they begin
  // with = + - @, a tab or a line break): the files are for other systems, not spreadsheets.
  std::size_t formula_like_values = 0;
};

// Writes every file of the format into `directory` (created if missing). Importing the result into an empty database gives back the same data.
// Records one audit event. Throws StoreError, or std::runtime_error if files can't be written.
ExportReport export_data_set(store::Database& database, const std::filesystem::path& directory,
                             const std::string& actor);

// "children.csv line 4, column date_of_birth, value '2031-01-01': date of birth is in the future".
std::string describe(const ImportProblem& problem);

}  // namespace pathway::exchange
