#pragma once
// The checks an import makes on each file's rows, turning good rows into records ready to
// save. Pure: what the database holds already comes in as ExistingRecords, so every rule
// (references resolve, identifiers are not used twice) is checked before anything is written.
#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "children/child.h"
#include "core/dates.h"
#include "exchange/exchange.h"
#include "exchange/exchange_file.h"
#include "reference/geography.h"
#include "store/database.h"

namespace pathway::exchange {

// What a row needs to know about an offence it names.
struct NamedOffence {
  std::string child_id;  // the exchange id of the child who committed it
  Date offence_date;
};

struct ExistingChild {
  std::int64_t id = 0;  // children.id
  Date date_of_birth;
};

struct ExistingOffence {
  std::int64_t id = 0;  // offences.id
  NamedOffence facts;
};

struct ExistingOutcome {
  std::int64_t id = 0;   // outcomes.id
  std::string child_id;  // exchange id
};

// What the database holds already that a data set could clash with or refer to. The justice
// record can be national in size (millions of offences): everything a row is checked
// against is a hash lookup here, never a query per row.
struct ExistingRecords {
  std::map<std::string, std::string> area_names;        // area code -> name
  std::set<std::string> district_codes;
  std::set<std::pair<std::string, int>> populations;    // (district code, year)
  std::unordered_map<std::string, ExistingChild> children;  // by exchange id
  std::unordered_map<std::string, ExistingOffence> offences;
  std::unordered_map<std::string, ExistingOutcome> outcomes;
  std::unordered_set<std::string> remand_ids;
  std::unordered_set<std::string> episode_ids;
};

// Reads them from the database. Throws StoreError.
ExistingRecords load_existing_records(store::Connection& connection);

struct ImportedChild {
  std::string child_id;
  children::ChildDetails details;
};

struct ImportedOffence {
  std::string offence_id;
  std::string child_id;
  Date offence_date;
  std::string category;
  int gravity = 1;
  std::optional<std::string> description;
};

struct ImportedOutcome {
  std::string outcome_id;
  std::string child_id;
  Date outcome_date;
  std::string outcome_type;
  std::vector<std::string> offence_ids;
  std::optional<Date> start_date;
  std::optional<Date> end_date;
  std::optional<int> length_months;
  std::optional<std::string> completion;
  std::optional<std::string> end_ete;
  std::optional<std::string> end_accommodation;
};

struct ImportedRemand {
  std::string remand_id;
  std::string child_id;
  Date start_date;
  std::optional<Date> end_date;
  std::string remand_type;
};

struct ImportedCustodyEpisode {
  std::string episode_id;
  std::string child_id;
  std::optional<std::string> outcome_id;
  std::string establishment;
  std::string establishment_type;
  Date start_date;
  std::optional<Date> release_date;
};

// The records of a data set whose rows passed every check.
struct DataSet {
  std::vector<reference::District> districts;
  std::vector<reference::DistrictPopulation> populations;
  std::vector<ImportedChild> children;
  std::vector<ImportedOffence> offences;
  std::vector<ImportedOutcome> outcomes;
  std::vector<ImportedRemand> remands;
  std::vector<ImportedCustodyEpisode> custody_episodes;
};

// The records of the data set that rows of later files may name, by identifier. A record
// whose own row has a problem (reported already) is listed without its facts (nullopt): a
// reference to it resolves, so one mistake is not reported again in every row that names
// it, and the rules that need its facts are not checked against it.
struct DataSetReferences {
  std::unordered_map<std::string, std::optional<Date>> children;           // -> date of birth
  std::unordered_map<std::string, std::optional<NamedOffence>> offences;
  std::unordered_map<std::string, std::optional<std::string>> outcomes;    // -> child_id
};

// Reads one file of the data set (an absent one gives no rows), reporting its problems.
using FileSource = std::function<ExchangeFile(std::string_view name, std::span<const Column> columns)>;

// Reads and checks every file of the data set in the format's order, each against the files
// before it and what the database holds, reporting every problem (unsorted) and returning the
// good rows. Each file's rows are let go once checked: a national data set's files are large,
// and only the checked records are kept. `today` as for check_children.
DataSet check_data_set(const FileSource& read_file, const ExistingRecords& existing, Date today,
                       std::vector<ImportProblem>& problems);

// Lists the children of children.csv (checked already into `data_set`) in `references`.
void list_children(const ExchangeFile& file, const DataSet& data_set, DataSetReferences& references);

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

// These also list their file's records in `references`, for the files after them.
void check_offences(const ExchangeFile& file, const ExistingRecords& existing, DataSetReferences& references,
                    DataSet& data_set, std::vector<ImportProblem>& problems);

void check_outcomes(const ExchangeFile& file, const ExistingRecords& existing, DataSetReferences& references,
                    DataSet& data_set, std::vector<ImportProblem>& problems);

void check_remands(const ExchangeFile& file, const ExistingRecords& existing, const DataSetReferences& references,
                   DataSet& data_set, std::vector<ImportProblem>& problems);

void check_custody_episodes(const ExchangeFile& file, const ExistingRecords& existing,
                            const DataSetReferences& references, DataSet& data_set,
                            std::vector<ImportProblem>& problems);

}  // namespace pathway::exchange
