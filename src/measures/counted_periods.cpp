#include "measures/counted_periods.h"

#include <algorithm>

namespace pathway::measures {

std::shared_ptr<const PeriodCounts> CountedPeriods::of(Period period) {
  std::pair<Day, Day> key{period.from, period.to};
  {
    std::lock_guard lock(mutex_);
    if (auto found = kept_.find(key); found != kept_.end()) {
      found->second.last_asked = ++asked_;
      return found->second.counts;
    }
  }
  // Counted outside the lock: two requests for a new period may both count it (the same
  // counts), rather than every other period waiting.
  auto counts = std::make_shared<const PeriodCounts>(count_period(snapshot_, period));
  std::lock_guard lock(mutex_);
  if (kept_.size() >= kept_periods && !kept_.contains(key)) {
    auto oldest = std::min_element(kept_.begin(), kept_.end(), [](const auto& a, const auto& b) {
      return a.second.last_asked < b.second.last_asked;
    });
    kept_.erase(oldest);
  }
  kept_[key] = {counts, ++asked_};
  return counts;
}

}  // namespace pathway::measures
