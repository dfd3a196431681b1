#include "access/sign_in_throttle.h"

namespace pathway::access {

bool sign_in_throttled(store::Connection& connection, const std::string& username, const std::string& address,
                       std::int64_t now, const ThrottlePolicy& policy) {
  std::int64_t since = now - policy.window_seconds;
  std::int64_t here = connection.query_one(
      "SELECT COUNT(*) FROM sign_in_failures WHERE username = ? AND address = ? AND failed_at > ?",
      {username, address, since})->integer(0);
  if (here >= policy.failures_per_account_and_address) return true;
  // An address that has not failed for this account (nearly always the real user) passes
  // whatever is happening elsewhere; the wider counts are read only for one that has.
  if (here < policy.failures_when_under_attack) return false;
  std::int64_t account = connection.query_one(
      "SELECT COUNT(*) FROM sign_in_failures WHERE username = ? AND failed_at > ?", {username, since})->integer(0);
  if (account >= policy.failures_per_account) return true;
  std::int64_t from_address = connection.query_one(
      "SELECT COUNT(*) FROM sign_in_failures WHERE address = ? AND failed_at > ?", {address, since})->integer(0);
  return from_address >= policy.failures_per_address;
}

void record_sign_in_failure(store::Connection& connection, const std::string& username,
                            const std::string& address, std::int64_t now) {
  connection.execute("INSERT INTO sign_in_failures (username, address, failed_at) VALUES (?, ?, ?)",
                     {username, address, now});
}

std::int64_t clear_sign_in_failures(store::Connection& connection, const std::string& username) {
  auto cleared = connection.query("DELETE FROM sign_in_failures WHERE username = ? RETURNING id", {username});
  return static_cast<std::int64_t>(cleared.size());
}

}  // namespace pathway::access
