#pragma once
// The justice record's tables (offences, outcomes and outcome_offences, remands,
// custody_episodes; schema 15) as the exchange format sees them: records named by their
// exchange identifiers. The only SQL of the exchange format's justice files, and of the
// children file's export.
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "exchange/data_set.h"
#include "store/batched_insert.h"
#include "store/database.h"

namespace pathway::exchange {

// Adds the justice records the database holds to `existing`. Throws StoreError.
void load_justice_records(store::Connection& connection, ExistingRecords& existing);

// Saves checked records of the justice files, made at `created_at` (an ISO instant), many
// rows to a statement (store/batched_insert.h), giving each record its id as it comes (after
// the largest id each table holds). The records a record names are given by their database
// ids (`child` is children.id, `offences` the outcome's offences' ids in its order, `outcome`
// outcomes.id) and must be saved before it: an offence before the outcomes naming it, an
// outcome before the custody episodes naming it, as the format's file order has them.
class JusticeRecordWriter {
 public:
  JusticeRecordWriter(store::Connection& connection, std::string created_at);

  std::int64_t add_offence(const ImportedOffence& offence, std::int64_t child);
  std::int64_t add_outcome(const ImportedOutcome& outcome, std::int64_t child, const std::vector<std::int64_t>& offences);
  void add_remand(const ImportedRemand& remand, std::int64_t child);
  void add_custody_episode(const ImportedCustodyEpisode& episode, std::int64_t child,
                           std::optional<std::int64_t> outcome);

  // Writes every row still waiting, and has each table give new rows ids after those given
  // here. Call once the data set is saved. Throws StoreError.
  void finish();

 private:
  std::int64_t next_id(std::int64_t& last, std::string_view table);

  store::Connection& connection_;
  std::string created_at_;
  std::int64_t last_offence_ = -1;  // -1 until read from the table
  std::int64_t last_outcome_ = -1;
  std::int64_t last_remand_ = -1;
  std::int64_t last_episode_ = -1;
  store::BatchedInsert offences_;
  store::BatchedInsert outcomes_;
  store::BatchedInsert outcome_offences_;
  store::BatchedInsert remands_;
  store::BatchedInsert custody_episodes_;
};

// Each record of each justice file, given to `visit` one at a time in order of identifier
// (byte order, the same on every backend) as the database reads it, so that a national
// data set is never held whole: its values in the columns' order (exchange/columns.h), as
// the format writes them (empty for none). Throws StoreError, or what `visit` throws.
using ExchangeRow = std::vector<std::string>;
using ExchangeRowVisitor = std::function<void(const ExchangeRow&)>;
void each_offence_row(store::Connection& connection, const ExchangeRowVisitor& visit);
void each_outcome_row(store::Connection& connection, const ExchangeRowVisitor& visit);
void each_remand_row(store::Connection& connection, const ExchangeRowVisitor& visit);
void each_custody_episode_row(store::Connection& connection, const ExchangeRowVisitor& visit);
// The same for children.csv.
void each_child_row(store::Connection& connection, const ExchangeRowVisitor& visit);

}  // namespace pathway::exchange
