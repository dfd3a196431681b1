#include "store/transaction.h"

namespace pathway::store {

Transaction::Transaction(Connection& connection) : connection_(connection) {
  connection_.execute(connection_.backend() == Backend::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
  if (finished_) return;
  try {
    connection_.execute("ROLLBACK");
  } catch (const StoreError&) {
    // The connection is already broken; the database discards the transaction itself.
  }
}

void Transaction::commit() {
  connection_.execute("COMMIT");
  finished_ = true;
}

}  // namespace pathway::store
