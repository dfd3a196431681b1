#pragma once
// The connection pool both backends share: at most `limit` connections, opened on demand,
// lent one request at a time and checked before they are lent again.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/database.h"

namespace pathway::store {

// BackendConnection is a Connection with two more duties:
// - still_connected(): false when an idle connection can no longer be used (its server
//   went away); it is then closed instead of lent.
// - reset_for_reuse(): leaves no transaction open for the next borrower; false when that
//   cannot be done, and the connection is closed.
template <typename BackendConnection>
class PooledDatabase final : public Database {
 public:
  using Open = std::function<std::unique_ptr<BackendConnection>()>;

  // Opens one connection at once, so a bad path or an unreachable server fails at start,
  // not on the first request. Throws what `open` throws (StoreError).
  PooledDatabase(Backend backend, Open open, std::size_t limit)
      : backend_(backend), open_(std::move(open)), limit_(limit == 0 ? 1 : limit) {
    idle_.push_back(open_());
    opened_ = 1;
  }

  Backend backend() const override { return backend_; }

  Handle acquire() override {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [&] { return !idle_.empty() || opened_ < limit_; });
    std::unique_ptr<BackendConnection> connection;
    while (!idle_.empty() && !connection) {
      connection = std::move(idle_.back());
      idle_.pop_back();
      if (!connection->still_connected()) {
        connection.reset();
        --opened_;
      }
    }
    if (!connection) {
      ++opened_;
      lock.unlock();
      try {
        connection = open_();
      } catch (...) {
        std::lock_guard relock(mutex_);
        --opened_;
        available_.notify_one();
        throw;
      }
    }
    return Handle(connection.release(), Releaser{this});
  }

 protected:
  void release(Connection* released) override {
    std::unique_ptr<BackendConnection> connection(static_cast<BackendConnection*>(released));
    if (!connection->reset_for_reuse()) connection.reset();
    std::lock_guard lock(mutex_);
    if (connection) {
      idle_.push_back(std::move(connection));
    } else {
      --opened_;
    }
    available_.notify_one();
  }

 private:
  Backend backend_;
  Open open_;
  std::size_t limit_;
  std::size_t opened_ = 0;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<BackendConnection>> idle_;
};

}  // namespace pathway::store
