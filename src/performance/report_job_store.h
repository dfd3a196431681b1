#pragma once
// Board reports made in the background (migration 27): the request, how far it has got and,
// once done, its files. Kept in the database, not in one server's memory, so that with
// several servers any of them answers the progress page and the downloads
// (docs/decisions/0021-pdf-library.md says why, and for how long).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "performance/board_report_files.h"
#include "performance/board_report_model.h"
#include "store/database.h"

namespace pathway::performance {

enum class ReportJobStatus { running, done, failed };

struct ReportFileEntry {
  std::string name, media_type, title;
  std::size_t bytes = 0;
};

struct ReportJob {
  std::string public_id;
  std::string requested_by;  // the display name of who asked for it
  BoardReportRequest request;
  ReportJobStatus status = ReportJobStatus::running;
  std::int64_t steps_done = 0, steps_total = 0;
  std::int64_t started_at = 0;  // unix seconds
  std::optional<std::int64_t> finished_at;
  std::vector<ReportFileEntry> files;  // when done, in the report's order
};

// How long a report is kept; and how long a report may run before it is taken to have
// stopped with the server that was making it.
inline constexpr std::int64_t report_kept_seconds = 7 * 24 * 3600;
inline constexpr std::int64_t report_stalled_seconds = 15 * 60;

// Adds a running job; returns its public id. The caller audits it in its transaction.
std::string add_report_job(store::Connection& connection, const BoardReportRequest& request,
                           std::int64_t requested_by_staff_id, std::int64_t steps_total, std::int64_t now);

void record_report_progress(store::Connection& connection, const std::string& public_id, std::int64_t steps_done);

// How many steps the job has, once it knows (a step per section of the report), and how many are done.
void record_report_steps(store::Connection& connection, const std::string& public_id, std::int64_t steps_done,
                         std::int64_t steps_total);

// Stores the files and marks the job done, in one transaction.
void finish_report_job(store::Connection& connection, const std::string& public_id,
                       const std::vector<ReportFile>& files, std::int64_t now);

void fail_report_job(store::Connection& connection, const std::string& public_id, std::int64_t now);

// The job, with its files' names when done; nullopt when there is none with that id. A job
// still running `report_stalled_seconds` after it started is given as failed.
std::optional<ReportJob> find_report_job(store::Connection& connection, const std::string& public_id,
                                         std::int64_t now);

// The newest jobs first, at most `limit`.
std::vector<ReportJob> recent_report_jobs(store::Connection& connection, std::int64_t now, int limit);

// One file of a finished job, or nullopt.
std::optional<ReportFile> find_report_file(store::Connection& connection, const std::string& public_id,
                                           const std::string& name);

// Removes jobs started before `before`, with their files.
void remove_report_jobs_before(store::Connection& connection, std::int64_t before);

}  // namespace pathway::performance
