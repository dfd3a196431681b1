// The national demo's justice histories: the county's generator and writer
// (justice_histories.h, justice_history_writer.h) run over the national children, so both
// scales draw their offences, outcomes, remands and custody episodes from one set of
// proportions and rules (record_rules.h).
#include <algorithm>

#include "core/clock.h"
#include "demo/demo_parts.h"
#include "demo/justice_history_writer.h"
#include "store/row_streams.h"
#include "store/write_queue.h"

namespace pathway::demo {

void push_or_stop(store::WriteQueue& queue, store::WriteQueue::Task task) {
  if (!queue.push(std::move(task))) throw WriterStopped{};
}

RowWriter rows_to_queue(store::WriteQueue& queue) {
  // Each write a copy of the rows, for the writing thread.
  return [&queue](std::string_view table, std::string_view columns, std::size_t column_count,
                  std::span<const store::Value> values) {
    push_or_stop(queue, [table = std::string(table), columns = std::string(columns), column_count,
                         rows = std::vector<store::Value>(values.begin(), values.end())](store::Connection& writer) {
      store::insert_rows(writer, table, columns, column_count, rows);
    });
  };
}

std::int64_t add_national_justice_histories(store::WriteQueue& queue, DemoRandom& random,
                                            std::span<const NationalChild> children, HistoryIds& ids) {
  // In slices, so that the generated records of a million children are never held at once.
  constexpr std::size_t slice = 50000;
  const auto& districts = national_districts();
  Date today = today_utc();
  std::int64_t now = now_unix_seconds();
  std::int64_t offences = 0;
  RowWriter write = rows_to_queue(queue);
  std::vector<HistoryChild> batch;
  batch.reserve(slice);
  for (std::size_t first = 0; first < children.size(); first += slice) {
    batch.clear();
    for (std::size_t i = first; i < std::min(children.size(), first + slice); ++i) {
      HistoryChild child;
      child.child_id = children[i].id;
      child.date_of_birth = children[i].date_of_birth;
      child.district_code = districts[children[i].district].code;
      batch.push_back(child);
    }
    offences += generate_justice_history_rows(batch, random.next(), today, now, ids, write).offences;
  }
  return offences;
}

}  // namespace pathway::demo
