#pragma once
// Group commit for audit events that stand alone (someone viewed or searched records).
// Every page that shows personal data writes one, and a durable commit costs an fsync, so
// one writer thread commits the events of all waiting requests together. Each request
// still waits until its own event is durable before the page is answered.
//
// Events that record a change are not written here: they go in the same transaction as
// the change (record_audit_event), so neither is ever saved without the other.
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "access/audit.h"
#include "store/database.h"

namespace pathway::access {

class AuditWriter {
 public:
  // Starts the writer thread; it borrows one connection from the database per batch.
  explicit AuditWriter(store::Database& database);
  // Writes whatever is still queued, then stops.
  ~AuditWriter();
  AuditWriter(const AuditWriter&) = delete;
  AuditWriter& operator=(const AuditWriter&) = delete;

  // Returns once the event is durable. Throws StoreError if its batch could not be
  // committed, so the page that would have shown the records is not shown.
  void record(AuditEvent event);

 private:
  struct Pending {
    AuditEvent event;
    bool done = false;
    std::exception_ptr failure;
  };

  void run();
  void write(std::vector<Pending*>& batch);

  store::Database& database_;
  std::mutex mutex_;
  std::condition_variable work_;      // the writer waits for events
  std::condition_variable finished_;  // requests wait for their batch
  std::vector<Pending*> queue_;
  bool stopping_ = false;
  std::thread writer_;
};

}  // namespace pathway::access
