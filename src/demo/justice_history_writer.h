#pragma once
// Writes generated justice histories (justice_histories.h) into the justice record's
// tables: offences, outcomes and the offences each disposes of, remands, custody episodes.
// Built for volume: rows go in many to a statement, the statements prepared once, ids
// numbered here, so a national data set's histories write in seconds.
#include <cstdint>
#include <functional>
#include <span>

#include "core/dates.h"
#include "demo/justice_histories.h"
#include "demo/row_values.h"
#include "store/database.h"

namespace pathway::demo {

struct JusticeRecordCounts {
  std::int64_t children = 0;  // given a history (a child under 10 gets none)
  std::int64_t offences = 0;
  std::int64_t outcomes = 0;
  std::int64_t outcome_offences = 0;
  std::int64_t remands = 0;
  std::int64_t custody_episodes = 0;
};

// Generates the history of each child as of `today` (the same seed, children and day give
// the same records) and inserts it, in the caller's transaction: the caller holds the only
// transaction writing these tables (ids are numbered from the largest already there). Each
// record's exchange_id is its table's letters and its id ("OF0000000042"): unique, and
// never one of Pathway's random public ids. `now` (Unix seconds) is every row's created_at.
// Throws StoreError if the database refuses a row.
JusticeRecordCounts write_justice_histories(store::Connection& connection, std::span<const HistoryChild> children,
                                            std::uint64_t seed, Date today, std::int64_t now);

// The same in two halves, so that the histories can be generated on one thread and written
// on another (store/write_queue.h). The ids the next rows of each table take:
struct HistoryIds {
  std::int64_t offence = 1;
  std::int64_t outcome = 1;
  std::int64_t remand = 1;
  std::int64_t custody_episode = 1;
};
// After the largest id each table holds. Throws StoreError.
HistoryIds next_history_ids(store::Connection& connection);
// Where generated rows go (demo/row_values.h).
using HistoryRowWriter = RowWriter;
// Generates the histories as write_justice_histories does and gives their rows to `write`,
// numbering them from `ids`, which it leaves at the ids after those given. Touches no
// database itself; once every row is written, advance_history_identities.
JusticeRecordCounts generate_justice_history_rows(std::span<const HistoryChild> children, std::uint64_t seed,
                                                  Date today, std::int64_t now, HistoryIds& ids,
                                                  const HistoryRowWriter& write);
// Moves PostgreSQL's identities past the ids written (nothing to do on SQLite).
void advance_history_identities(store::Connection& connection);

}  // namespace pathway::demo
