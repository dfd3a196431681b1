#include "access/password_checks.h"

#include <algorithm>
#include <thread>

#include "access/password_hash.h"

namespace pathway::access {

PasswordCheckLimits default_password_check_limits() {
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  unsigned at_once = std::max(1u, cores / 2);
  return {at_once, 4 * at_once, std::chrono::milliseconds(2000)};
}

PasswordChecks::PasswordChecks(PasswordCheckLimits limits) : limits_(limits) {}

bool PasswordChecks::enter() {
  std::unique_lock lock(mutex_);
  if (running_ >= limits_.at_once) {
    if (waiting_ >= limits_.waiting) return false;
    ++waiting_;
    bool free = freed_.wait_for(lock, limits_.longest_wait, [this] { return running_ < limits_.at_once; });
    --waiting_;
    if (!free) return false;
  }
  ++running_;
  ++total_;
  peak_ = std::max(peak_, running_);
  return true;
}

void PasswordChecks::leave() {
  {
    std::lock_guard lock(mutex_);
    --running_;
  }
  freed_.notify_one();
}

std::optional<bool> PasswordChecks::check(std::string_view stored_hash, std::string_view password) {
  if (!enter()) return std::nullopt;
  struct Leave {
    PasswordChecks& checks;
    ~Leave() { checks.leave(); }
  } leave{*this};
  return verify_password(stored_hash, password);
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
