#include "access/password_checks.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>

#include "access/password_hash.h"

namespace pathway::access {

namespace {

// Linux gives each thread its own nice value. At 10, a checker gets about a tenth of a core
// that page-serving threads (at 0) also want, and all of an idle one. A process may always
// lower its own priority, so this needs no privilege; if it fails the checks still run.
void lower_this_threads_priority() {
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
}

}  // namespace

PasswordCheckLimits default_password_check_limits() {
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  unsigned at_once = std::max(1u, cores / 2);
  return {at_once, 4 * at_once, std::chrono::milliseconds(2000)};
}

PasswordChecks::PasswordChecks(PasswordCheckLimits limits) : limits_(limits) {
  for (unsigned i = 0; i < std::max(1u, limits_.at_once); ++i) checkers_.emplace_back([this] { run_checker(); });
}

PasswordChecks::~PasswordChecks() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_all();
  for (auto& checker : checkers_) checker.join();
}

void PasswordChecks::run_checker() {
  lower_this_threads_priority();
  std::unique_lock lock(mutex_);
  while (true) {
    queued_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and nothing left to check
    Job* job = queue_.front();
    queue_.pop_front();
    job->started = true;
    ++running_;
    ++total_;
    peak_ = std::max(peak_, running_);
    lock.unlock();
    progress_.notify_all();
    bool matched = verify_password(job->stored_hash, job->password);
    lock.lock();
    job->matched = matched;
    job->done = true;
    --running_;
    progress_.notify_all();
  }
}

std::optional<bool> PasswordChecks::check(std::string_view stored_hash, std::string_view password) {
  Job job{stored_hash, password};
  std::unique_lock lock(mutex_);
  if (queue_.size() + running_ >= checkers_.size() + limits_.waiting) return std::nullopt;
  queue_.push_back(&job);
  queued_.notify_one();
  if (!progress_.wait_for(lock, limits_.longest_wait, [&job] { return job.started; })) {
    queue_.erase(std::find(queue_.begin(), queue_.end(), &job));
    return std::nullopt;
  }
  progress_.wait(lock, [&job] { return job.done; });
  return job.matched;
}

unsigned PasswordChecks::peak_at_once() const {
  std::lock_guard lock(mutex_);
  return peak_;
}

unsigned long PasswordChecks::total_checks() const {
  std::lock_guard lock(mutex_);
  return total_;
}

}  // namespace pathway::access
