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
  // The exchange id of the child who committed it: a view of the child's own listing (in
  // DataSetReferences or ExistingRecords), which outlives it, so a national data set's
  // millions of offences do not each hold a copy.
  std::string_view child_id;
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

// Receives each record whose row passed every check, in file order, as soon as it is checked,
// so that a data set of any size is never held whole.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void add(reference::District district) = 0;
  virtual void add(reference::DistrictPopulation population) = 0;
  // These return the database id the record was saved with, or 0 when it was not saved.
  virtual std::int64_t add(ImportedChild child) = 0;
  virtual std::int64_t add(ImportedOffence offence) = 0;
  virtual std::int64_t add(ImportedOutcome outcome) = 0;
  virtual void add(ImportedRemand remand) = 0;
  virtual void add(ImportedCustodyEpisode episode) = 0;
};

// The records of a data set whose rows passed every check, collected.
struct DataSet : RecordSink {
  void add(reference::District district) override { districts.push_back(std::move(district)); }
  void add(reference::DistrictPopulation population) override { populations.push_back(std::move(population)); }
  std::int64_t add(ImportedChild child) override { return keep(children, std::move(child)); }
  std::int64_t add(ImportedOffence offence) override { return keep(offences, std::move(offence)); }
  std::int64_t add(ImportedOutcome outcome) override { return keep(outcomes, std::move(outcome)); }
  void add(ImportedRemand remand) override { remands.push_back(std::move(remand)); }
  void add(ImportedCustodyEpisode episode) override { custody_episodes.push_back(std::move(episode)); }

  std::vector<reference::District> districts;
  std::vector<reference::DistrictPopulation> populations;
  std::vector<ImportedChild> children;
  std::vector<ImportedOffence> offences;
  std::vector<ImportedOutcome> outcomes;
  std::vector<ImportedRemand> remands;
  std::vector<ImportedCustodyEpisode> custody_episodes;

 private:
  // Nothing is saved: the records are only collected.
  template <typename Record>
  static std::int64_t keep(std::vector<Record>& records, Record record) {
    records.push_back(std::move(record));
    return 0;
  }
};

// A record of the data set that rows may name, by identifier: the line that first gave the
// identifier, and the facts later rows need, nullopt when the record's own row has a problem
// (reported already): a reference to it resolves, so one mistake is not reported again in
// every row that names it, and the rules that need its facts are not checked against it.
template <typename Facts>
struct Listing {
  std::optional<Facts> facts;
  std::size_t first_line = 0;
  std::int64_t saved_id = 0;  // the database id it was saved with, 0 when not saved
};

// The records of the data set that rows (of the same file, for duplicates, or of later files)
// may name. A national data set lists millions: each listing is kept small.
struct DataSetReferences {
  std::unordered_map<std::string, Listing<Date>> children;                 // -> date of birth
  std::unordered_map<std::string, Listing<NamedOffence>> offences;
  std::unordered_map<std::string, Listing<std::string_view>> outcomes;     // -> child_id
};

// Reads one file of the data set (an absent one gives no rows), reporting its problems.
using FileSource = std::function<ExchangeFile(std::string_view name, std::span<const Column> columns)>;

// Reads and checks every file of the data set in the format's order, a row at a time, each
// against the files before it and what the database holds, reporting every problem (unsorted)
// and giving each good row's record to `sink` as soon as it is checked. Only the listings of
// the records are kept, in `references` (empty at the start). `today` as for check_children.
void check_data_set(const FileSource& read_file, const ExistingRecords& existing, Date today,
                    DataSetReferences& references, RecordSink& sink, std::vector<ImportProblem>& problems);

// The same, collecting the good rows' records.
DataSet check_data_set(const FileSource& read_file, const ExistingRecords& existing, Date today,
                       std::vector<ImportProblem>& problems);

// The district codes that districts.csv lists, whether or not the rest of their row is
// right, so a wrong district name doesn't also make every child of that district unresolved.
std::set<std::string> listed_district_codes(const std::vector<FileRow>& districts);

// Districts reachable by reference: those listed in districts.csv and those in the database.
std::set<std::string> known_district_codes(const std::vector<FileRow>& districts, const ExistingRecords& existing);

// Each checks its file's rows, reporting every problem and giving the good rows to `sink`.
void check_districts(ExchangeFile& file, const ExistingRecords& existing, RecordSink& sink,
                     std::vector<ImportProblem>& problems);

void check_populations(ExchangeFile& file, const std::set<std::string>& known_districts,
                       const ExistingRecords& existing, RecordSink& sink, std::vector<ImportProblem>& problems);

// These also list their file's records in `references`, for the rows after them.
// `today` is the date against which a date of birth must not be in the future.
void check_children(ExchangeFile& file, const std::set<std::string>& known_districts,
                    const ExistingRecords& existing, Date today, DataSetReferences& references, RecordSink& sink,
                    std::vector<ImportProblem>& problems);

void check_offences(ExchangeFile& file, const ExistingRecords& existing, DataSetReferences& references,
                    RecordSink& sink, std::vector<ImportProblem>& problems);

void check_outcomes(ExchangeFile& file, const ExistingRecords& existing, DataSetReferences& references,
                    RecordSink& sink, std::vector<ImportProblem>& problems);

void check_remands(ExchangeFile& file, const ExistingRecords& existing, const DataSetReferences& references,
                   RecordSink& sink, std::vector<ImportProblem>& problems);

void check_custody_episodes(ExchangeFile& file, const ExistingRecords& existing,
                            const DataSetReferences& references, RecordSink& sink,
                            std::vector<ImportProblem>& problems);

}  // namespace pathway::exchange
