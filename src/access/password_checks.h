#pragma once
// A bound on the password checks running at once. Each check is an argon2id hash that
// takes 64 MiB and most of a core for a tenth of a second, so a flood of sign-in attempts
// would otherwise take all the server's memory and cores. Excess attempts wait briefly for
// a free check, and beyond that are told to try again; they never queue without limit.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string_view>

namespace pathway::access {

struct PasswordCheckLimits {
  unsigned at_once = 1;       // checks running at the same time
  unsigned waiting = 4;       // attempts that may wait for a free check; more are turned away
  std::chrono::milliseconds longest_wait{2000};
};

// Half the cores (at least one): a flood of checks leaves the other half to everyone
// else's pages. Up to four waiting per check, each for at most two seconds.
PasswordCheckLimits default_password_check_limits();

class PasswordChecks {
 public:
  explicit PasswordChecks(PasswordCheckLimits limits);
  PasswordChecks(const PasswordChecks&) = delete;
  PasswordChecks& operator=(const PasswordChecks&) = delete;

  // Whether the password matches the stored hash (see verify_password), or nullopt when no
  // check came free in time: the password was not checked. Thread-safe.
  std::optional<bool> check(std::string_view stored_hash, std::string_view password);

  // The most checks that ever ran at the same time, and how many ran in all (for tests).
  unsigned peak_at_once() const;
  unsigned long total_checks() const;

 private:
  bool enter();
  void leave();

  const PasswordCheckLimits limits_;
  mutable std::mutex mutex_;
  std::condition_variable freed_;
  unsigned running_ = 0;
  unsigned waiting_ = 0;
  unsigned peak_ = 0;
  unsigned long total_ = 0;
};

}  // namespace pathway::access
