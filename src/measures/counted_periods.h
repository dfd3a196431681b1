#pragma once
// The counts of the periods already counted from one snapshot, kept beside it: every scope's
// figures of a period come from the same counts (measures/period_counts.h), so a server
// counts each quarter once per snapshot, not once per request. Safe to share between
// threads.
#include <map>
#include <memory>
#include <mutex>
#include <utility>

#include "measures/period_counts.h"

namespace pathway::measures {

class CountedPeriods {
 public:
  // `snapshot` must outlive this.
  explicit CountedPeriods(const RecordSnapshot& snapshot) : snapshot_(snapshot) {}

  // The period's counts: counted on the first asking, then kept (the most recent
  // `kept_periods` periods asked for; the oldest asked is forgotten first).
  std::shared_ptr<const PeriodCounts> of(Period period);

  static constexpr std::size_t kept_periods = 64;

 private:
  const RecordSnapshot& snapshot_;
  std::mutex mutex_;
  std::uint64_t asked_ = 0;
  struct Kept {
    std::shared_ptr<const PeriodCounts> counts;
    std::uint64_t last_asked;
  };
  std::map<std::pair<Day, Day>, Kept> kept_;
};

}  // namespace pathway::measures
