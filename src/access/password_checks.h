#pragma once
// A bound on the password checks running at once. Each check is an argon2id hash that
// takes 64 MiB and most of a core for a tenth of a second, so a flood of sign-in attempts
// would otherwise take all the server's memory and cores. The checks run on a few threads
// of their own, at a lower CPU priority than the threads that serve pages, so a flood of
// checks slows other people's pages little. Excess attempts wait briefly for a free
// checker, and beyond that are told to try again; they never queue without limit.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <vector>

namespace pathway::access {

struct PasswordCheckLimits {
  unsigned at_once = 1;       // checker threads: checks running at the same time
  unsigned waiting = 4;       // attempts that may wait for a free checker; more are turned away
  std::chrono::milliseconds longest_wait{2000};
};

// Half the cores (at least one); up to four waiting per checker, each for at most two
// seconds.
PasswordCheckLimits default_password_check_limits();

class PasswordChecks {
 public:
  // Starts the checker threads.
  explicit PasswordChecks(PasswordCheckLimits limits);
  // Finishes the checks already queued, then stops the checker threads.
  ~PasswordChecks();
  PasswordChecks(const PasswordChecks&) = delete;
  PasswordChecks& operator=(const PasswordChecks&) = delete;

  // Whether the password matches the stored hash (see verify_password), or nullopt when no
  // checker came free in time: the password was not checked. Thread-safe; blocks until the
  // check is done.
  std::optional<bool> check(std::string_view stored_hash, std::string_view password);

  // The most checks that ever ran at the same time, and how many ran in all (for tests).
  unsigned peak_at_once() const;
  unsigned long total_checks() const;

 private:
  struct Job {
    std::string_view stored_hash;
    std::string_view password;
    bool started = false;
    bool done = false;
    bool matched = false;
  };

  void run_checker();

  const PasswordCheckLimits limits_;
  mutable std::mutex mutex_;
  std::condition_variable queued_;    // checkers wait for a job
  std::condition_variable progress_;  // callers wait for their job to start and finish
  std::deque<Job*> queue_;
  unsigned running_ = 0;
  unsigned peak_ = 0;
  unsigned long total_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> checkers_;
};

}  // namespace pathway::access
