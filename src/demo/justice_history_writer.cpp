#include "demo/justice_history_writer.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "demo/row_values.h"
#include "store/copy.h"
#include "store/row_streams.h"

namespace pathway::demo {

namespace {

using store::Value;

// Rows written at a time (Connection::insert_rows): many, so that a PostgreSQL COPY or a
// run of SQLite's many-row INSERTs carries them; few enough to hold in memory at once.
constexpr std::size_t rows_per_write = 4096;

// "OF0000000042": the table's letters and the row's id.
void set_exchange_id(Value& slot, std::string_view letters, std::int64_t id) {
  char text[12];
  text[0] = letters[0];
  text[1] = letters[1];
  std::uint64_t value = static_cast<std::uint64_t>(id);
  for (int i = 11; i >= 2; --i, value /= 10) text[i] = static_cast<char>('0' + value % 10);
  set(slot, std::string_view(text, 12));
}

// The rows waiting to be inserted into one table. A row that names rows of other tables
// (an outcome's offences, a custody episode's sentence) waits until those are written, as
// the foreign keys require; rows go in rows_per_write at a time until the end.
class PendingRows {
 public:
  PendingRows(std::string_view table, std::string_view columns, std::size_t column_count)
      : table_(table), column_names_(columns), columns_(column_count) {}

  // The next row's values to fill in; `needs` is the largest id of each other table it
  // names (0 for none), `id` its own (0 for a table without one).
  std::span<Value> add(std::int64_t id, std::array<std::int64_t, 2> needs = {0, 0}) {
    if ((rows_ + 1) * columns_ > values_.size()) values_.resize((rows_ + 1) * columns_ * 2);
    if (rows_ == ids_.size()) {
      ids_.resize(rows_ * 2 + 1);
      needs_.resize(rows_ * 2 + 1);
    }
    ids_[rows_] = id;
    needs_[rows_] = needs;
    return {values_.data() + rows_++ * columns_, columns_};
  }

  std::size_t waiting() const { return rows_; }

  // Inserts the rows whose references are written (`written` holds, per referenced table,
  // the largest id written): whole writes of rows_per_write only, or every such row when `all`.
  void write(const HistoryRowWriter& writer, std::array<std::int64_t, 2> written, bool all) {
    std::size_t ready = 0;
    while (ready < rows_ && needs_[ready][0] <= written[0] && needs_[ready][1] <= written[1]) ++ready;
    std::size_t done = all ? ready : ready / rows_per_write * rows_per_write;
    if (done == 0) return;
    writer(table_, column_names_, columns_, std::span<const Value>(values_.data(), done * columns_));
    last_written_ = ids_[done - 1];
    // Keep the rest at the front; rotating keeps every string's buffer for reuse.
    std::rotate(values_.begin(), values_.begin() + static_cast<std::ptrdiff_t>(done * columns_),
                values_.begin() + static_cast<std::ptrdiff_t>(rows_ * columns_));
    std::rotate(ids_.begin(), ids_.begin() + static_cast<std::ptrdiff_t>(done), ids_.begin() + static_cast<std::ptrdiff_t>(rows_));
    std::rotate(needs_.begin(), needs_.begin() + static_cast<std::ptrdiff_t>(done),
                needs_.begin() + static_cast<std::ptrdiff_t>(rows_));
    rows_ -= done;
  }

  std::int64_t last_written() const { return last_written_; }

 private:
  std::string table_;
  std::string column_names_;
  std::size_t columns_;
  std::vector<Value> values_;
  std::vector<std::int64_t> ids_;
  std::vector<std::array<std::int64_t, 2>> needs_;
  std::size_t rows_ = 0;
  std::int64_t last_written_ = 0;
};

std::int64_t largest_id(store::Connection& connection, std::string_view table) {
  return connection.query_one("SELECT COALESCE(MAX(id), 0) FROM " + std::string(table))->integer(0);
}

constexpr std::string_view tables_with_ids[] = {"offences", "outcomes", "remands", "custody_episodes"};

class HistoryWriter {
 public:
  HistoryWriter(const HistoryRowWriter& writer, HistoryIds& ids, std::int64_t now)
      : writer_(writer),
        ids_(ids),
        created_at_(to_iso_instant(now)),
        next_offence_(ids.offence),
        next_outcome_(ids.outcome),
        next_remand_(ids.remand),
        next_custody_(ids.custody_episode) {
    offences_written_ = next_offence_ - 1;
    outcomes_written_ = next_outcome_ - 1;
  }

  void add(std::int64_t child_id, const ChildHistory& history, JusticeRecordCounts& counts) {
    std::int64_t first_offence = next_offence_;
    std::int64_t first_outcome = next_outcome_;
    for (const auto& offence : history.offences) {
      std::int64_t id = next_offence_++;
      auto row = offences_.add(id);
      set(row[0], id);
      set_exchange_id(row[1], "OF", id);
      set(row[2], child_id);
      set(row[3], offence.offence_date);
      set(row[4], offence.category);
      set(row[5], std::int64_t{offence.gravity});
      set_or_null(row[6], offence.description);
      set(row[7], created_at_);
    }
    for (const auto& outcome : history.outcomes) {
      std::int64_t id = next_outcome_++;
      auto row = outcomes_.add(id);
      set(row[0], id);
      set_exchange_id(row[1], "OC", id);
      set(row[2], child_id);
      set(row[3], outcome.outcome_date);
      set(row[4], outcome.outcome_type);
      set(row[5], outcome.start_date);
      set(row[6], outcome.end_date);
      if (outcome.length_months) {
        set(row[7], std::int64_t{*outcome.length_months});
      } else {
        row[7] = nullptr;
      }
      set_or_null(row[8], outcome.completion);
      set_or_null(row[9], outcome.end_ete);
      set_or_null(row[10], outcome.end_accommodation);
      set(row[11], created_at_);
      for (int n = 0; n < outcome.offence_count; ++n) {
        std::int64_t offence = first_offence + outcome.first_offence + n;
        auto link = outcome_offences_.add(0, {offence, id});
        set(link[0], id);
        set(link[1], offence);
      }
      counts.outcome_offences += outcome.offence_count;
    }
    for (const auto& remand : history.remands) {
      std::int64_t id = next_remand_++;
      auto row = remands_.add(id);
      set(row[0], id);
      set_exchange_id(row[1], "RM", id);
      set(row[2], child_id);
      set(row[3], remand.start_date);
      set(row[4], remand.end_date);
      set(row[5], remand.remand_type);
      set(row[6], created_at_);
    }
    for (const auto& episode : history.custody) {
      std::int64_t id = next_custody_++;
      std::int64_t outcome = episode.outcome < 0 ? 0 : first_outcome + episode.outcome;
      auto row = custody_.add(id, {0, outcome});
      set(row[0], id);
      set_exchange_id(row[1], "CE", id);
      set(row[2], child_id);
      if (outcome > 0) {
        set(row[3], outcome);
      } else {
        row[3] = nullptr;
      }
      set(row[4], episode.establishment);
      set(row[5], episode.establishment_type);
      set(row[6], episode.start_date);
      set(row[7], episode.release_date);
      set(row[8], created_at_);
    }
    counts.offences += static_cast<std::int64_t>(history.offences.size());
    counts.outcomes += static_cast<std::int64_t>(history.outcomes.size());
    counts.remands += static_cast<std::int64_t>(history.remands.size());
    counts.custody_episodes += static_cast<std::int64_t>(history.custody.size());
    if (!history.offences.empty()) ++counts.children;
    if (offences_.waiting() >= rows_per_write || outcomes_.waiting() >= rows_per_write ||
        outcome_offences_.waiting() >= rows_per_write || remands_.waiting() >= rows_per_write ||
        custody_.waiting() >= rows_per_write) {
      write(false);
    }
  }

  // Everything still waiting; the next ids after those given here.
  void finish() {
    write(true);
    ids_ = {next_offence_, next_outcome_, next_remand_, next_custody_};
  }

 private:
  // Parents before the rows that name them.
  void write(bool all) {
    offences_.write(writer_, {0, 0}, all);
    if (offences_.last_written()) offences_written_ = offences_.last_written();
    outcomes_.write(writer_, {0, 0}, all);
    if (outcomes_.last_written()) outcomes_written_ = outcomes_.last_written();
    outcome_offences_.write(writer_, {offences_written_, outcomes_written_}, all);
    remands_.write(writer_, {0, 0}, all);
    custody_.write(writer_, {0, outcomes_written_}, all);
  }

  const HistoryRowWriter& writer_;
  HistoryIds& ids_;
  std::string created_at_;
  std::int64_t next_offence_;
  std::int64_t next_outcome_;
  std::int64_t next_remand_;
  std::int64_t next_custody_;
  std::int64_t offences_written_ = 0;
  std::int64_t outcomes_written_ = 0;
  PendingRows offences_{"offences", "id, exchange_id, child_id, offence_date, category, gravity, description, created_at",
                        8};
  PendingRows outcomes_{"outcomes",
                        "id, exchange_id, child_id, outcome_date, outcome_type, start_date, end_date, length_months,"
                        " completion, end_ete, end_accommodation, created_at",
                        12};
  PendingRows outcome_offences_{"outcome_offences", "outcome_id, offence_id", 2};
  PendingRows remands_{"remands", "id, exchange_id, child_id, start_date, end_date, remand_type, created_at", 7};
  PendingRows custody_{"custody_episodes",
                       "id, exchange_id, child_id, outcome_id, establishment, establishment_type, start_date,"
                       " release_date, created_at",
                       9};
};

}  // namespace

HistoryIds next_history_ids(store::Connection& connection) {
  return {largest_id(connection, "offences") + 1, largest_id(connection, "outcomes") + 1,
          largest_id(connection, "remands") + 1, largest_id(connection, "custody_episodes") + 1};
}

void advance_history_identities(store::Connection& connection) {
  for (auto table : tables_with_ids) store::advance_identity(connection, std::string(table));
}

JusticeRecordCounts generate_justice_history_rows(std::span<const HistoryChild> children, std::uint64_t seed,
                                                  Date today, std::int64_t now, HistoryIds& ids,
                                                  const HistoryRowWriter& write) {
  JusticeRecordCounts counts;
  HistoryWriter writer(write, ids, now);
  ChildHistory history;
  for (const auto& child : children) {
    DemoRandom random = random_for_child(seed, child.child_id);
    generate_justice_history(child, today, random, history);
    writer.add(child.child_id, history, counts);
  }
  writer.finish();
  return counts;
}

JusticeRecordCounts write_justice_histories(store::Connection& connection, std::span<const HistoryChild> children,
                                            std::uint64_t seed, Date today, std::int64_t now) {
  HistoryIds ids = next_history_ids(connection);
  auto counts = generate_justice_history_rows(
      children, seed, today, now, ids,
      [&connection](std::string_view table, std::string_view columns, std::size_t count,
                    std::span<const Value> values) { store::insert_rows(connection, table, columns, count, values); });
  advance_history_identities(connection);
  return counts;
}

}  // namespace pathway::demo
