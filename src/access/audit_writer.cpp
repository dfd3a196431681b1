#include "access/audit_writer.h"

#include <limits>

#include "access/audit_records.h"
#include "core/log.h"
#include "store/transaction.h"

namespace pathway::access {

AuditWriter::AuditWriter(store::Database& database) : database_(database), writer_([this] { run(); }) {}

AuditWriter::~AuditWriter() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_.notify_one();
  writer_.join();
}

void AuditWriter::record(AuditEvent event) {
  Pending pending{std::move(event), false, nullptr};
  std::unique_lock lock(mutex_);
  queue_.push_back(&pending);
  work_.notify_one();
  finished_.wait(lock, [&] { return pending.done; });
  if (pending.failure) std::rethrow_exception(pending.failure);
}

void AuditWriter::run() {
  std::unique_lock lock(mutex_);
  auto last_filed = std::chrono::steady_clock::now();
  for (;;) {
    work_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) {  // stopping, and nothing left to write
      lock.unlock();
      file_behind(std::numeric_limits<std::int64_t>::max());
      return;
    }
    // Everything that queued while the last batch was being committed goes in this one.
    std::vector<Pending*> batch;
    batch.swap(queue_);
    lock.unlock();
    write(batch);
    lock.lock();
    for (Pending* pending : batch) pending->done = true;
    finished_.notify_all();
    if (auto now = std::chrono::steady_clock::now(); now - last_filed >= filing_interval) {
      // After the batch's requests were told, so none of them waits for the filing.
      lock.unlock();
      file_behind(events_per_filing);
      lock.lock();
      last_filed = now;
    }
  }
}

void AuditWriter::file_behind(std::int64_t at_most) {
  try {
    auto connection = database_.acquire();
    if (at_most == std::numeric_limits<std::int64_t>::max()) {
      file_all_records_behind_trail(*connection);
    } else {
      file_records_behind_trail(*connection, at_most);
    }
  } catch (const std::exception& error) {
    // The events themselves are durable; only the index of the records they name is behind,
    // and the next filing (or the next reader of the index) files them or reports why not.
    log_json("error", "filing the records named by audit events failed", {{"error", error.what()}});
  }
}

void AuditWriter::write(std::vector<Pending*>& batch) {
  try {
    auto connection = database_.acquire();
    std::vector<store::AuditRecord> records;
    records.reserve(batch.size());
    for (const Pending* pending : batch) records.push_back(audit_record(pending->event));
    // One append for the whole batch: the chain's lock is taken once, not per event.
    store::Transaction transaction(*connection);
    store::append_audit_events(*connection, records);
    transaction.commit();
  } catch (...) {
    auto failure = std::current_exception();
    for (Pending* pending : batch) pending->failure = failure;
  }
}

}  // namespace pathway::access
