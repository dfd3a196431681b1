#pragma once
// The record snapshot a server counts its pages from (measures/record_snapshot.h), loaded
// once and loaded again only when the records it holds have changed. Each request asks the
// database one cheap question: has the count of changes to those records (schema version
// 25, raised by triggers in every changing transaction) moved since the snapshot was
// loaded? See docs/decisions/0024-the-performance-dashboard.md.
#include <cstdint>
#include <memory>
#include <mutex>

#include "measures/counted_periods.h"
#include "measures/record_snapshot.h"
#include "store/database.h"

namespace pathway::measures {

// A snapshot and the periods counted from it so far.
struct HeldSnapshot {
  explicit HeldSnapshot(RecordSnapshot loaded) : records(std::move(loaded)), periods(records) {}
  HeldSnapshot(const HeldSnapshot&) = delete;
  HeldSnapshot& operator=(const HeldSnapshot&) = delete;

  const RecordSnapshot records;
  CountedPeriods periods;
};

class SnapshotCache {
 public:
  // The snapshot of the records as they are now: the one held, or a new one if they have
  // changed since it was loaded. One request loads while others asking at the same time
  // wait for it. Throws store::StoreError.
  std::shared_ptr<HeldSnapshot> current(store::Database& database);

  // How many times a snapshot has been loaded (for tests and the benchmark).
  std::int64_t loads() const;

 private:
  mutable std::mutex held_;    // guards snapshot_, changes_ and loads_
  std::mutex loading_;         // one load at a time
  std::shared_ptr<HeldSnapshot> snapshot_;
  std::int64_t changes_ = -1;  // the count of changes read before snapshot_ was loaded
  std::int64_t loads_ = 0;
};

}  // namespace pathway::measures
