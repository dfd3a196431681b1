#include "performance/report_job_runner.h"

#include <future>
#include <iostream>
#include <thread>

#include "core/clock.h"
#include "measures/snapshot_loading.h"
#include "performance/board_report_files.h"
#include "performance/report_job_store.h"
#include "store/transaction.h"

namespace pathway::performance {

namespace {

// Reading the records and counting the measures, before a step per section drawn, and the
// workbook and CSV files after them.
constexpr std::int64_t steps_before_sections = 2;
constexpr std::int64_t steps_after_sections = 1;

void make_report(store::Database& database, const std::string& public_id, const BoardReportRequest& request) {
  auto connection = database.acquire();
  std::int64_t read_at = now_unix_seconds();
  auto snapshot = measures::load_snapshot(*connection);
  auto districts = reference::list_districts(*connection);
  auto targets = measures::load_targets(*connection);
  record_report_progress(*connection, public_id, 1);
  auto report = build_board_report(snapshot, districts, targets, request, today_utc(), to_uk_local_display(read_at));
  if (!report) throw std::runtime_error(report.error().message);
  std::int64_t total = steps_before_sections + static_cast<std::int64_t>(report->sections.size()) + steps_after_sections;
  record_report_steps(*connection, public_id, steps_before_sections, total);
  auto files = board_report_files(report.value(), [&](std::size_t done, std::size_t) {
    record_report_progress(*connection, public_id, steps_before_sections + static_cast<std::int64_t>(done));
  });
  finish_report_job(*connection, public_id, files, now_unix_seconds());
}

}  // namespace

void make_board_report(store::Database& database, const std::string& public_id, const BoardReportRequest& request) {
  try {
    make_report(database, public_id, request);
  } catch (const std::exception& failure) {
    // The job's page says it failed; the reason (no personal data: the report holds none)
    // goes to the server's log for the administrator.
    std::cerr << "board report " << public_id << " failed: " << failure.what() << "\n";
    fail_report_job(*database.acquire(), public_id, now_unix_seconds());
  }
}

std::string start_board_report(store::Database& database, const BoardReportRequest& request,
                               std::int64_t requested_by_staff_id, access::AuditEvent started,
                               std::chrono::milliseconds wait) {
  std::string public_id;
  {
    auto connection = database.acquire();
    std::int64_t now = now_unix_seconds();
    remove_report_jobs_before(*connection, now - report_kept_seconds);
    store::Transaction transaction(*connection);
    public_id = add_report_job(*connection, request, requested_by_staff_id, steps_before_sections, now);
    started.record_id = public_id;
    access::record_audit_event(*connection, started);
    transaction.commit();
  }
  auto finished = std::make_shared<std::promise<void>>();
  std::future<void> done = finished->get_future();
  std::thread([&database, public_id, request, finished] {
    try {
      make_board_report(database, public_id, request);
    } catch (const std::exception& failure) {
      std::cerr << "board report " << public_id << ": could not record its failure: " << failure.what() << "\n";
    }
    finished->set_value();
  }).detach();
  done.wait_for(wait);
  return public_id;
}

}  // namespace pathway::performance
