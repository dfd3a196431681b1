// "My work" (issue 11 point 5): a worker's open tasks across their cases, by when they
// are due; for managers, overdue and due-this-week counts per worker in their scope, each
// linking to the worker's list. The lists come filtered from the store
// (deadlines/work_lists.h): a task about a child the viewer may not open is not shown.
#include "allocation/caseloads.h"
#include "core/clock.h"
#include "deadlines/work_lists.h"
#include "deadlines/work_views.h"
#include "web/app.h"

namespace pathway::web {

namespace {

constexpr std::string_view team_path = "/my-work/team";

Response my_work(PageContext& context) {
  auto connection = context.database.acquire();
  Date today = today_utc();
  auto tasks = deadlines::open_tasks_of(*connection, context.staff().id, context.staff(), now_unix_seconds());
  connection.reset();
  ViewData data = layout_data(context, "My work", "/my-work");
  add_work_groups(data, tasks, today);
  context.record_view("my_work.view", "", "", access::shown_records(children_named(tasks)));
  return render_page(context, pages::my_work, data);
}

ViewData worker_counts(const allocation::WorkerCaseload& caseload, const deadlines::DueCounts& counts) {
  ViewData row;
  row.set("name", caseload.worker.display_name);
  row.set("team", caseload.worker.team_name.empty() ? "No team" : caseload.worker.team_name);
  row.set("href", std::string(team_path) + "/" + caseload.worker.username);
  row.set("overdue", std::to_string(counts.overdue));
  row.set("has_overdue", counts.overdue > 0);
  row.set("this_week", std::to_string(counts.this_week));
  return row;
}

Response team_work(PageContext& context) {
  auto connection = context.database.acquire();
  Date today = today_utc();
  std::int64_t now = now_unix_seconds();
  ViewList workers;
  for (const auto& caseload : allocation::team_caseloads(*connection, context.staff())) {
    auto tasks = deadlines::open_tasks_of(*connection, caseload.worker.id, context.staff(), now);
    workers.push_back(worker_counts(caseload, deadlines::due_counts(tasks, today)));
  }
  connection.reset();
  ViewData data = layout_data(context, "Team work", std::string(team_path));
  data.set("has_workers", !workers.empty());
  data.set("workers", std::move(workers));
  return render_page(context, pages::team_work, data);
}

Response worker_work(PageContext& context) {
  auto connection = context.database.acquire();
  auto caseload = allocation::worker_caseload(*connection, context.staff(), context.params.at("username"));
  if (!caseload) {
    return message_page(context, 404, "Worker not found",
                        "There is no worker with that username in the teams you manage. Choose a worker on the team "
                        "work page.");
  }
  Date today = today_utc();
  auto tasks = deadlines::open_tasks_of(*connection, caseload->worker.id, context.staff(), now_unix_seconds());
  connection.reset();
  ViewData data = layout_data(context, caseload->worker.display_name + "’s work", std::string(team_path));
  ViewData back;
  back.set("href", std::string(team_path));
  back.set("text", "Team work");
  data.set("back_link", back);
  data.set("worker_name", caseload->worker.display_name);
  data.set("team", caseload->worker.team_name);
  add_work_groups(data, tasks, today);
  context.record_view("my_work.worker", "staff", caseload->worker.username,
                      access::shown_records(children_named(tasks)));
  return render_page(context, pages::worker_work, data);
}

}  // namespace

void add_my_work_pages(Routes& routes) {
  using access::Permission;
  routes.page(Method::get, "/my-work", Permission::hold_cases, my_work);
  routes.page(Method::get, "/my-work/team", Permission::allocate_cases, team_work);
  routes.page(Method::get, "/my-work/team/{username}", Permission::allocate_cases, worker_work);
}

}  // namespace pathway::web
