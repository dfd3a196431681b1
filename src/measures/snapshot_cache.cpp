#include "measures/snapshot_cache.h"

#include "measures/snapshot_loading.h"

namespace pathway::measures {

std::shared_ptr<HeldSnapshot> SnapshotCache::current(store::Database& database) {
  auto held = [&](std::int64_t changes) -> std::shared_ptr<HeldSnapshot> {
    std::lock_guard lock(held_);
    return changes == changes_ ? snapshot_ : nullptr;
  };
  if (auto snapshot = held(record_changes(*database.acquire()))) return snapshot;
  // Those waiting for a load hold no connection meanwhile: other pages keep the pool.
  std::lock_guard loading(loading_);
  auto connection = database.acquire();
  // Read before loading: a change committed between the two makes the snapshot newer than
  // the count it is kept with, so the next request loads again; never the other way round.
  std::int64_t changes = record_changes(*connection);
  if (auto snapshot = held(changes)) return snapshot;  // loaded by the request we waited for
  auto snapshot = std::make_shared<HeldSnapshot>(load_snapshot(*connection));
  std::lock_guard lock(held_);
  snapshot_ = snapshot;
  changes_ = changes;
  ++loads_;
  return snapshot;
}

std::int64_t SnapshotCache::loads() const {
  std::lock_guard lock(held_);
  return loads_;
}

}  // namespace pathway::measures
