#pragma once
// Saves each record of a data set as soon as its row is checked, while the import has found
// no problem: a national data set is never held whole. Once a problem is reported it saves no
// more (the checks go on, to report every problem) and the import rolls back what it saved.
#include <string>
#include <vector>

#include "children/new_children.h"
#include "exchange/data_set.h"
#include "exchange/justice_tables.h"
#include "store/database.h"

namespace pathway::exchange {

class RecordSaver : public RecordSink {
 public:
  // Saves into `connection` (inside the import's transaction), as `actor`. The records a
  // record names are found in `references` (saved by this saver) or `existing`. Saves
  // nothing once `problems` holds any.
  RecordSaver(store::Connection& connection, const std::string& actor, const ExistingRecords& existing,
              const DataSetReferences& references, const std::vector<ImportProblem>& problems);

  void add(reference::District district) override;
  void add(reference::DistrictPopulation population) override;
  std::int64_t add(ImportedChild child) override;
  std::int64_t add(ImportedOffence offence) override;
  std::int64_t add(ImportedOutcome outcome) override;
  void add(ImportedRemand remand) override;
  void add(ImportedCustodyEpisode episode) override;

  // Writes the records still waiting (children and the justice files' rows go in many to a
  // statement).
  // Call once the data set is checked with no problem. Throws StoreError.
  void finish();

  // How many records of each file were saved.
  const RecordCounts& saved() const { return saved_; }

 private:
  bool saving() const { return problems_.empty(); }
  std::int64_t child_id(const std::string& child_id) const;
  std::int64_t offence_id(const std::string& offence_id) const;
  std::int64_t outcome_id(const std::string& outcome_id) const;

  store::Connection& connection_;
  std::string actor_;
  const ExistingRecords& existing_;
  const DataSetReferences& references_;
  const std::vector<ImportProblem>& problems_;
  children::NewChildrenWriter children_;  // written before any justice row, which names them
  JusticeRecordWriter justice_;
  RecordCounts saved_;
};

}  // namespace pathway::exchange
