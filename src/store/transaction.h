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

// A consistent, read-only view of the database for a long read made of many queries (audit
// verify): every query sees the same moment, and no writer waits for it. (SQLite: a
// deferred transaction, whose first read fixes the snapshot; PostgreSQL: REPEATABLE READ.)
// Ends when destroyed.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(Connection& connection);
  ~ReadSnapshot();
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  Connection& connection_;
};

}  // namespace pathway::store
