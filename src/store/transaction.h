#pragma once
// One transaction per request that writes: commit() makes the change durable, and a
// Transaction destroyed without commit() rolls back, so an exception never leaves half a
// change behind.
#include "store/database.h"

namespace pathway::store {

class Transaction {
 public:
  // Writes take the write lock up front (SQLite BEGIN IMMEDIATE) so two writers fail fast
  // on the busy timeout rather than deadlocking on lock upgrade.
  explicit Transaction(Connection& connection);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  void commit();
  Connection& connection() { return connection_; }

 private:
  Connection& connection_;
  bool finished_ = false;
};

}  // namespace pathway::store
