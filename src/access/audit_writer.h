#pragma once
// Group commit for audit events that stand alone (someone viewed or searched records).
// Every page that shows personal data writes one, and a durable commit costs an fsync, so
// one writer thread commits the events of all waiting requests together. Each request
// still waits until its own event is durable before the page is answered.
//
// The writer also files the records each event names (access/audit_records.h) behind the
// trail, every `filing_interval`, between batches, and everything left when it stops.
//
// Events that record a change are not written here: they go in the same transaction as
// the change (record_audit_event), so neither is ever saved without the other.
#include <chrono>
#include <condition_variable>
#include <cstdint>
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

  // Often enough that a reader seldom has much to file first; seldom enough that the list
  // pages' records are filed many events to a commit (a list page names 25 children).
  static constexpr std::chrono::milliseconds filing_interval{100};
  // Bounds the time a filing keeps the next batch waiting after a long backlog.
  static constexpr std::int64_t events_per_filing = 2000;

  void run();
  void write(std::vector<Pending*>& batch);
  // Files the records named by up to `at_most` events not yet filed; logs a failure.
  void file_behind(std::int64_t at_most);

  store::Database& database_;
  std::mutex mutex_;
  std::condition_variable work_;      // the writer waits for events
  std::condition_variable finished_;  // requests wait for their batch
  std::vector<Pending*> queue_;
  bool stopping_ = false;
  std::thread writer_;
};

}  // namespace pathway::access
