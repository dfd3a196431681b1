// The board report pages (issue 10 point 6): /performance/reports to choose a quarter and a
// place and see the reports made lately, a job's page (progress that refreshes itself, then
// the downloads), and each download. Aggregates only, so open to all staff; every download
// is audited, naming the file.
#include <algorithm>

#include "core/clock.h"
#include "performance/board_report_request_form.h"
#include "performance/report_job_runner.h"
#include "performance/report_job_store.h"
#include "web/app.h"

namespace pathway::web {

namespace {

using performance::ReportJob;
using performance::ReportJobStatus;

constexpr std::string_view reports_path = "/performance/reports";
// A report that is ready within this time is shown ready; a slower one shows its progress.
constexpr std::chrono::milliseconds quick_report{1000};
constexpr int refresh_seconds = 5;
constexpr int recent_jobs_shown = 20;

std::string job_href(const std::string& public_id) { return std::string(reports_path) + "/" + public_id; }

std::string status_text(const ReportJob& job) {
  switch (job.status) {
    case ReportJobStatus::done: return "Ready";
    case ReportJobStatus::failed: return "Failed";
    default: return "Being made";
  }
}

std::string place_text(const ReportJob& job, const std::vector<reference::District>& districts) {
  return performance::request_place_label(job.request, districts);
}

Response reports_page(PageContext& context, const performance::BoardReportForm& form,
                      const std::vector<FieldError>& errors, int status) {
  auto connection = context.database.acquire();
  auto districts = reference::list_districts(*connection);
  std::int64_t now = now_unix_seconds();
  auto jobs = performance::recent_report_jobs(*connection, now, recent_jobs_shown);
  connection.reset();
  ViewData data = layout_data(context, "Board reports", "/performance");
  data.set("quarter_options", performance::quarter_options(form, today_utc()));
  data.set("place_options", performance::place_options(form, districts));
  ViewList rows;
  for (const auto& job : jobs) {
    ViewData row;
    row.set("quarter", job.request.quarter.label());
    row.set("place", place_text(job, districts));
    row.set("requested_by", job.requested_by);
    row.set("started", to_uk_local_display(job.started_at));
    row.set("status", status_text(job));
    row.set("href", job_href(job.public_id));
    rows.push_back(std::move(row));
  }
  data.set("has_jobs", !rows.empty());
  data.set("jobs", std::move(rows));
  add_errors(data, errors);
  return render_page(context, pages::board_reports, data, status);
}

Response list_reports(PageContext& context) {
  return reports_page(context, performance::form_from_query(context.query_value("quarter"), context.query_value("area"),
                                                            context.query_value("district")),
                      {}, 200);
}

Response start_report(PageContext& context) {
  performance::BoardReportForm form{context.form_value("quarter"), context.form_value("place")};
  auto connection = context.database.acquire();
  auto districts = reference::list_districts(*connection);
  connection.reset();
  auto checked = performance::check_board_report_form(form, districts, today_utc());
  if (!checked.request) return reports_page(context, form, checked.errors, 422);
  const auto& request = *checked.request;
  std::string id = performance::start_board_report(
      context.database, request, context.staff().id,
      context.audit("board_report.start", "board_report", "",
                    request.quarter.code() + "; " + performance::request_place_label(request, districts)),
      quick_report);
  return Response::redirect(job_href(id));
}

Response report_not_found(PageContext& context) {
  return message_page(context, 404, "Report not found",
                      "There is no board report at this address. Reports are kept for 7 days: make it again.");
}

Response show_job(PageContext& context) {
  const std::string& id = context.params.at("id");
  auto connection = context.database.acquire();
  auto job = performance::find_report_job(*connection, id, now_unix_seconds());
  if (!job) return report_not_found(context);
  auto districts = reference::list_districts(*connection);
  connection.reset();
  std::string title = "Board report: " + job->request.quarter.label();
  ViewData data = layout_data(context, title, "/performance");
  data.set("heading", title);
  data.set("place", place_text(*job, districts));
  data.set("requested_by", job->requested_by);
  data.set("started", to_uk_local_display(job->started_at));
  data.set("href", job_href(id));
  bool running = job->status == ReportJobStatus::running;
  data.set("running", running);
  data.set("failed", job->status == ReportJobStatus::failed);
  data.set("done", job->status == ReportJobStatus::done);
  if (running) {
    // Refreshing by itself unless the reader asked it to stop (WCAG 2.2.1: a way to turn it off).
    bool stopped = context.query_value("refresh") == "off";
    if (!stopped) data.set("refresh_seconds", std::to_string(refresh_seconds));
    data.set("stopped", stopped);
    data.set("steps_done", std::to_string(job->steps_done));
    data.set("steps_total", std::to_string(std::max(job->steps_total, job->steps_done)));
  }
  ViewList files;
  for (const auto& file : job->files) {
    ViewData link;
    link.set("title", file.title);
    link.set("href", job_href(id) + "/files/" + file.name);
    link.set("size", std::to_string(std::max<std::size_t>(1, (file.bytes + 1023) / 1024)) + " KB");
    files.push_back(std::move(link));
  }
  data.set("files", std::move(files));
  return render_page(context, pages::board_report_job, data);
}

Response download(PageContext& context) {
  const std::string& id = context.params.at("id");
  const std::string& name = context.params.at("name");
  auto connection = context.database.acquire();
  auto file = performance::find_report_file(*connection, id, name);
  connection.reset();
  if (!file) return report_not_found(context);
  // The board report holds aggregates only; the event names the file, so the trail says
  // exactly what left the service.
  context.audit_log.record(context.audit("board_report.download", "board_report", id, "file " + file->name));
  Response response;
  response.content_type = file->media_type;
  response.set_header("Content-Disposition", "attachment; filename=\"" + file->name + "\"");
  response.body = std::move(file->content);
  return response;
}

}  // namespace

void add_board_report_pages(Routes& routes) {
  using access::Permission;
  routes.page(Method::get, std::string(reports_path), Permission::see_performance, list_reports);
  routes.page(Method::post, std::string(reports_path), Permission::see_performance, start_report);
  routes.page(Method::get, std::string(reports_path) + "/{id}", Permission::see_performance, show_job);
  routes.page(Method::get, std::string(reports_path) + "/{id}/files/{name}", Permission::see_performance, download);
}

}  // namespace pathway::web
