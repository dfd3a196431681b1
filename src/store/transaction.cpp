#include "store/transaction.h"

namespace pathway::store {

namespace {
// Ends a transaction in a destructor, where nothing may be thrown.
void roll_back(Connection& connection) {
  try {
    connection.execute("ROLLBACK");
  } catch (const StoreError&) {
    // The connection is already broken; the database discards the transaction itself.
  }
}
}  // namespace

Transaction::Transaction(Connection& connection) : connection_(connection) {
  connection_.execute(connection_.backend() == Backend::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
  if (!finished_) roll_back(connection_);
}

void Transaction::commit() {
  connection_.execute("COMMIT");
  finished_ = true;
}

ReadSnapshot::ReadSnapshot(Connection& connection) : connection_(connection) {
  connection_.execute(connection_.backend() == Backend::sqlite ? "BEGIN DEFERRED"
                                                               : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

ReadSnapshot::~ReadSnapshot() { roll_back(connection_); }

}  // namespace pathway::store
