#include "performance/report_job_store.h"

#include <sodium.h>

#include <stdexcept>

#include "core/random.h"
#include "store/transaction.h"

namespace pathway::performance {

namespace {

std::string_view status_code(ReportJobStatus status) {
  switch (status) {
    case ReportJobStatus::done: return "done";
    case ReportJobStatus::failed: return "failed";
    default: return "running";
  }
}

std::string to_base64(const std::string& bytes) {
  std::string text(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(text.data(), text.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  text.resize(text.size() - 1);  // the terminating NUL
  return text;
}

std::string from_base64(const std::string& text) {
  std::string bytes(text.size() / 4 * 3 + 3, '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(), text.size(), nullptr,
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    throw store::StoreError("a stored report file is not base64");
  }
  bytes.resize(length);
  return bytes;
}

constexpr std::string_view job_columns =
    "j.id, j.public_id, s.display_name, j.quarter, j.scope_kind, j.scope_code, j.status, j.steps_done, "
    "j.steps_total, j.started_at, j.finished_at FROM board_report_jobs j JOIN staff s ON s.id = j.requested_by";

ReportJob job_from(const store::Row& row, std::int64_t now) {
  ReportJob job;
  job.public_id = row.text(1);
  job.requested_by = row.text(2);
  auto quarter = parse_quarter(row.text(3));
  if (!quarter) throw store::StoreError("a board report job's quarter is not one: " + row.text(3));
  auto kind = measures::parse_scope_kind(row.text(4));
  if (!kind) throw store::StoreError("a board report job's scope is not one: " + row.text(4));
  job.request = {quarter.value(), *kind, row.text(5)};
  const std::string& status = row.text(6);
  job.status = status == "done" ? ReportJobStatus::done
               : status == "failed" ? ReportJobStatus::failed
                                    : ReportJobStatus::running;
  job.steps_done = row.integer(7);
  job.steps_total = row.integer(8);
  job.started_at = row.integer(9);
  job.finished_at = row.optional_integer(10);
  // The server making it stopped (a restart, a crash): it will never finish.
  if (job.status == ReportJobStatus::running && now - job.started_at > report_stalled_seconds) {
    job.status = ReportJobStatus::failed;
  }
  return job;
}

}  // namespace

std::string add_report_job(store::Connection& connection, const BoardReportRequest& request,
                           std::int64_t requested_by_staff_id, std::int64_t steps_total, std::int64_t now) {
  std::string public_id = random_public_id(12);
  connection.execute(
      "INSERT INTO board_report_jobs (public_id, requested_by, quarter, scope_kind, scope_code, status, steps_done, "
      "steps_total, started_at) VALUES (?, ?, ?, ?, ?, 'running', 0, ?, ?)",
      {public_id, requested_by_staff_id, request.quarter.code(), std::string(measures::scope_kind_name(request.scope_kind)),
       request.scope_code, steps_total, now});
  return public_id;
}

void record_report_progress(store::Connection& connection, const std::string& public_id, std::int64_t steps_done) {
  connection.execute("UPDATE board_report_jobs SET steps_done = ? WHERE public_id = ?", {steps_done, public_id});
}

void record_report_steps(store::Connection& connection, const std::string& public_id, std::int64_t steps_done,
                         std::int64_t steps_total) {
  connection.execute("UPDATE board_report_jobs SET steps_done = ?, steps_total = ? WHERE public_id = ?",
                     {steps_done, steps_total, public_id});
}

void finish_report_job(store::Connection& connection, const std::string& public_id,
                       const std::vector<ReportFile>& files, std::int64_t now) {
  store::Transaction transaction(connection);
  auto job = connection.query_one("SELECT id FROM board_report_jobs WHERE public_id = ?", {public_id});
  if (!job) throw store::StoreError("no board report job " + public_id);
  std::int64_t position = 0;
  for (const auto& file : files) {
    connection.execute(
        "INSERT INTO board_report_files (job_id, position, name, media_type, title, content_base64) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {job->integer(0), position++, file.name, file.media_type, file.title, to_base64(file.content)});
  }
  connection.execute(
      "UPDATE board_report_jobs SET status = 'done', steps_done = steps_total, finished_at = ? WHERE public_id = ?",
      {now, public_id});
  transaction.commit();
}

void fail_report_job(store::Connection& connection, const std::string& public_id, std::int64_t now) {
  connection.execute("UPDATE board_report_jobs SET status = ?, finished_at = ? WHERE public_id = ?",
                     {std::string(status_code(ReportJobStatus::failed)), now, public_id});
}

std::optional<ReportJob> find_report_job(store::Connection& connection, const std::string& public_id,
                                         std::int64_t now) {
  auto row = connection.query_one("SELECT " + std::string(job_columns) + " WHERE j.public_id = ?", {public_id});
  if (!row) return std::nullopt;
  ReportJob job = job_from(*row, now);
  if (job.status == ReportJobStatus::done) {
    for (const auto& file : connection.query(
             "SELECT name, media_type, title, LENGTH(content_base64) FROM board_report_files WHERE job_id = ? "
             "ORDER BY position",
             {row->integer(0)})) {
      job.files.push_back({file.text(0), file.text(1), file.text(2),
                           static_cast<std::size_t>(file.integer(3)) / 4 * 3});
    }
  }
  return job;
}

std::vector<ReportJob> recent_report_jobs(store::Connection& connection, std::int64_t now, int limit) {
  std::vector<ReportJob> jobs;
  for (const auto& row :
       connection.query("SELECT " + std::string(job_columns) + " ORDER BY j.started_at DESC, j.id DESC LIMIT ?",
                        {std::int64_t{limit}})) {
    jobs.push_back(job_from(row, now));
  }
  return jobs;
}

std::optional<ReportFile> find_report_file(store::Connection& connection, const std::string& public_id,
                                           const std::string& name) {
  auto row = connection.query_one(
      "SELECT f.name, f.media_type, f.title, f.content_base64 FROM board_report_files f "
      "JOIN board_report_jobs j ON j.id = f.job_id WHERE j.public_id = ? AND j.status = 'done' AND f.name = ?",
      {public_id, name});
  if (!row) return std::nullopt;
  return ReportFile{row->text(0), row->text(1), row->text(2), from_base64(row->text(3))};
}

void remove_report_jobs_before(store::Connection& connection, std::int64_t before) {
  store::Transaction transaction(connection);
  connection.execute(
      "DELETE FROM board_report_files WHERE job_id IN (SELECT id FROM board_report_jobs WHERE started_at < ?)",
      {before});
  connection.execute("DELETE FROM board_report_jobs WHERE started_at < ?", {before});
  transaction.commit();
}

}  // namespace pathway::performance
