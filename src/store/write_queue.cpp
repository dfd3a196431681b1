#include "store/write_queue.h"

#include <thread>

namespace pathway::store {

bool WriteQueue::push(Task task) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return stopped_ || tasks_.size() < capacity_; });
  if (stopped_) return false;
  tasks_.push_back(std::move(task));
  changed_.notify_all();
  return true;
}

void WriteQueue::close(std::exception_ptr failure) {
  std::lock_guard lock(mutex_);
  closed_ = true;
  generator_failure_ = failure;
  changed_.notify_all();
}

void WriteQueue::stop() {
  std::lock_guard lock(mutex_);
  stopped_ = true;
  tasks_.clear();
  changed_.notify_all();
}

void WriteQueue::drain(Connection& connection) {
  for (;;) {
    Task task;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return closed_ || !tasks_.empty(); });
      // A generator that failed has given an incomplete load: write nothing more of it.
      if (generator_failure_) std::rethrow_exception(generator_failure_);
      if (tasks_.empty()) return;
      task = std::move(tasks_.front());
      tasks_.pop_front();
      changed_.notify_all();
    }
    task(connection);
  }
}

void load_on_two_threads(Connection& connection, std::size_t capacity,
                         const std::function<void(WriteQueue&)>& generate) {
  WriteQueue queue(capacity);
  std::thread generator([&queue, &generate] {
    try {
      generate(queue);
      queue.close(nullptr);
    } catch (...) {
      queue.close(std::current_exception());
    }
  });
  try {
    queue.drain(connection);
  } catch (...) {
    queue.stop();
    generator.join();
    throw;
  }
  generator.join();
}

}  // namespace pathway::store
