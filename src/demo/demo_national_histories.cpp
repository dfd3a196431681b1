// The national demo's justice histories: the county's generator and writer
// (justice_histories.h, justice_history_writer.h) run over the national children, so both
// scales draw their offences, outcomes, remands and custody episodes from one set of
// proportions and rules (record_rules.h).
#include <algorithm>

#include "core/clock.h"
#include "demo/demo_parts.h"
#include "demo/justice_history_writer.h"

namespace pathway::demo {

std::int64_t add_national_justice_histories(store::Connection& connection, DemoRandom& random,
                                            std::span<const NationalChild> children) {
  // In slices, so that the generated records of a million children are never held at once.
  constexpr std::size_t slice = 50000;
  const auto& districts = national_districts();
  Date today = today_utc();
  std::int64_t now = now_unix_seconds();
  std::int64_t offences = 0;
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
    offences += write_justice_histories(connection, batch, random.next(), today, now).offences;
  }
  return offences;
}

}  // namespace pathway::demo
