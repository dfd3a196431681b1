#pragma once
// A large load on two cores: one thread generates the rows while the connection's thread
// writes them. The generator hands over writing tasks through a bounded queue, so it runs
// ahead of the database by a bounded amount of memory, and the database (the larger part of
// the work, which cannot be split across threads on one connection) never waits for it.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>

#include "store/database.h"

namespace pathway::store {

class WriteQueue {
 public:
  using Task = std::function<void(Connection&)>;

  explicit WriteQueue(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  // For the generator: waits while `capacity` tasks are waiting. Returns false once the
  // writer has stopped on a failure: the generator should then stop too.
  bool push(Task task);

 private:
  friend void load_on_two_threads(Connection&, std::size_t, const std::function<void(WriteQueue&)>&);
  void close(std::exception_ptr failure);
  void stop();
  void drain(Connection& connection);

  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Task> tasks_;
  bool closed_ = false;
  bool stopped_ = false;
  std::exception_ptr generator_failure_;
};

// Runs `generate` on a second thread, which pushes tasks to the queue, while this thread
// runs each task on `connection`, in the order pushed. Returns when every task has run;
// throws what the generator or a task threw (the other side stops first, and nothing more
// is written), so the caller's transaction can roll back as for a load on one thread.
void load_on_two_threads(Connection& connection, std::size_t capacity,
                         const std::function<void(WriteQueue&)>& generate);

}  // namespace pathway::store
