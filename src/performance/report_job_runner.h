#pragma once
// Makes a board report in the background: reads the records, counts the measures, draws the
// files and stores them (performance/report_job_store.h), recording its progress as it goes,
// so that a report taking minutes never keeps a request (or the browser) waiting.
#include <chrono>
#include <string>

#include "access/audit.h"
#include "performance/board_report_model.h"
#include "store/database.h"

namespace pathway::performance {

// Adds the job and its audit event (`started`, whose record_id is filled with the job's id)
// in one transaction, then makes the report on a thread of its own. Waits up to `wait` for
// it to finish, so that a quick report is ready when the browser is sent to its page.
// Returns the job's public id. Throws StoreError if the job cannot be added.
std::string start_board_report(store::Database& database, const BoardReportRequest& request,
                               std::int64_t requested_by_staff_id, access::AuditEvent started,
                               std::chrono::milliseconds wait);

// Makes the report of a job already added (today's records, today deciding which reoffending
// follow-ups have ended), storing its progress, files or failure. Throws only if the failure
// itself cannot be stored.
void make_board_report(store::Database& database, const std::string& public_id, const BoardReportRequest& request);

}  // namespace pathway::performance
