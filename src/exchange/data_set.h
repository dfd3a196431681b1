#pragma once
// The checks an import makes on each file's rows, turning good rows into records ready to
// save. Pure: what the database holds already comes in as ExistingRecords, so every rule
// (references resolve, identifiers are not used twice) is checked before anything is written.
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "children/child.h"
#include "core/dates.h"
#include "exchange/exchange.h"
#include "exchange/exchange_file.h"
#include "reference/geography.h"
#include "store/database.h"

namespace pathway::exchange {

// What the database holds already that a data set could clash with or refer to.
struct ExistingRecords {
  std::map<std::string, std::string> area_names;        // area code -> name
  std::set<std::string> district_codes;
  std::set<std::pair<std::string, int>> populations;    // (district code, year)
  std::set<std::string> child_ids;                      // exchange ids
};

// Reads them from the database. Throws StoreError.
ExistingRecords load_existing_records(store::Connection& connection);

struct ImportedChild {
  std::string child_id;
  children::ChildDetails details;
};

// The records of a data set whose rows passed every check.
struct DataSet {
  std::vector<reference::District> districts;
  std::vector<reference::DistrictPopulation> populations;
  std::vector<ImportedChild> children;
};

// The district codes that districts.csv lists, whether or not the rest of their row is
// right, so a wrong district name doesn't also make every child of that district unresolved.
std::set<std::string> listed_district_codes(const ExchangeFile& districts);

// Districts reachable by reference: those listed in districts.csv and those in the database.
std::set<std::string> known_district_codes(const ExchangeFile& districts, const ExistingRecords& existing);

// Each checks its file's rows, reporting every problem and adding the good rows to `data_set`.
void check_districts(const ExchangeFile& file, const ExistingRecords& existing, DataSet& data_set,
                     std::vector<ImportProblem>& problems);

void check_populations(const ExchangeFile& file, const std::set<std::string>& known_districts,
                       const ExistingRecords& existing, DataSet& data_set, std::vector<ImportProblem>& problems);

// `today` is the date against which a date of birth must not be in the future.
void check_children(const ExchangeFile& file, const std::set<std::string>& known_districts,
                    const ExistingRecords& existing, Date today, DataSet& data_set,
                    std::vector<ImportProblem>& problems);

}  // namespace pathway::exchange
