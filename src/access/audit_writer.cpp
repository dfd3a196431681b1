#include "access/audit_writer.h"

#include "access/audit_records.h"
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
  for (;;) {
    work_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and nothing left to write
    // Everything that queued while the last batch was being committed goes in this one.
    std::vector<Pending*> batch;
    batch.swap(queue_);
    lock.unlock();
    write(batch);
    lock.lock();
    for (Pending* pending : batch) pending->done = true;
    finished_.notify_all();
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
    auto ids = store::append_audit_events(*connection, records);
    for (std::size_t i = 0; i < batch.size(); ++i) file_named_records(*connection, ids[i], batch[i]->event);
    transaction.commit();
  } catch (...) {
    auto failure = std::current_exception();
    for (Pending* pending : batch) pending->failure = failure;
  }
}

}  // namespace pathway::access
