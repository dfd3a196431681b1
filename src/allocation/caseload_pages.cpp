// The caseload pages: my caseload (every worker who holds cases), and for managers their
// teams' caseloads, one worker's children and the cases waiting for a case manager. The
// lists come filtered from the store (allocation/caseloads.h); handlers only shape them.
#include "allocation/allocation_views.h"
#include "allocation/caseloads.h"
#include "children/child.h"
#include "core/clock.h"
#include "web/app.h"

namespace pathway::web {

namespace {

// What the templates show of one child on a caseload or in the queue.
ViewData child_row(const std::string& public_id, const std::string& given_name, const std::string& family_name,
                   Date date_of_birth, const std::string& district, const std::string& team, Date today) {
  ViewData row;
  row.set("href", "/children/" + public_id);
  row.set("allocation_href", "/children/" + public_id + "/allocation");
  row.set("name", family_name + ", " + given_name);
  row.set("full_name", given_name + " " + family_name);
  row.set("date_of_birth", to_display(date_of_birth));
  row.set("age", std::to_string(age_on(date_of_birth, today)));
  row.set("district", district);
  row.set("team", team.empty() ? "No team" : team);
  return row;
}

// The children on a caseload as rows, and their public ids for the audit event.
ViewList caseload_rows(const std::vector<allocation::CaseloadChild>& children, std::string& shown) {
  Date today = today_utc();
  ViewList rows;
  for (const auto& child : children) {
    ViewData row = child_row(child.public_id, child.given_name, child.family_name, child.date_of_birth,
                             child.district_name, child.holding_team_name, today);
    row.set("role", std::string(allocation::case_role_label(child.role)));
    row.set("intensity", std::string(allocation::intensity_label(child.intensity)));
    row.set("intensive", child.intensity == allocation::Intensity::intensive);
    row.set("since", allocation::display_instant(child.started_at));
    rows.push_back(std::move(row));
    shown += (shown.empty() ? "" : " ") + ("child:" + child.public_id);
  }
  return rows;
}

ViewData caseload_numbers(const allocation::WorkerCaseload& caseload) {
  ViewData item;
  item.set("username", caseload.worker.username);
  item.set("href", "/caseloads/workers/" + caseload.worker.username);
  item.set("name", caseload.worker.display_name);
  item.set("team", caseload.worker.team_name.empty() ? "No team" : caseload.worker.team_name);
  item.set("children_held", std::to_string(caseload.children_held));
  item.set("other_cases", std::to_string(caseload.other_cases));
  item.set("intensive_cases", std::to_string(caseload.intensive_cases));
  item.set("weighted", allocation::hundredths_text(caseload.weighted_hundredths));
  item.set("fte", std::to_string(caseload.fte_percent));
  item.set("has_capacity", caseload.caseload_capacity > 0);
  item.set("capacity", allocation::hundredths_text(caseload.capacity_hundredths()));
  item.set("over_capacity", caseload.over_capacity());
  return item;
}

Response my_caseload(PageContext& context) {
  auto connection = context.database.acquire();
  auto children = allocation::caseload_children(*connection, context.staff().id, context.staff(), now_unix_seconds());
  ViewData data = layout_data(context, "My caseload", "/caseloads/mine");
  std::string shown;
  ViewList rows = caseload_rows(children, shown);
  data.set("count", std::to_string(rows.size()));
  data.set("has_children", !rows.empty());
  data.set("children", std::move(rows));
  context.record_view("caseload.mine", "", "", "shown: " + shown);
  return render_page(context, pages::my_caseload, data);
}

Response team_caseloads(PageContext& context) {
  auto connection = context.database.acquire();
  ViewData data = layout_data(context, "Team caseloads", "/caseloads/team");
  ViewList workers;
  for (const auto& caseload : allocation::team_caseloads(*connection, context.staff())) {
    workers.push_back(caseload_numbers(caseload));
  }
  data.set("has_workers", !workers.empty());
  data.set("workers", std::move(workers));
  auto waiting = allocation::home_caseload_counts(*connection, context.staff(), now_unix_seconds());
  data.set("unallocated", std::to_string(waiting.unallocated_in_scope.value_or(0)));
  return render_page(context, pages::team_caseloads, data);
}

Response worker_caseload(PageContext& context) {
  auto connection = context.database.acquire();
  auto caseload = allocation::worker_caseload(*connection, context.staff(), context.params.at("username"));
  if (!caseload) {
    return message_page(context, 404, "Worker not found",
                        "There is no worker with that username in the teams you manage. Choose a worker on the team "
                        "caseloads page.");
  }
  auto children =
      allocation::caseload_children(*connection, caseload->worker.id, context.staff(), now_unix_seconds());
  ViewData data = layout_data(context, caseload->worker.display_name + "’s caseload", "/caseloads/team");
  ViewData back;
  back.set("href", "/caseloads/team");
  back.set("text", "Team caseloads");
  data.set("back_link", back);
  data.set("worker", caseload_numbers(*caseload));
  std::string shown;
  ViewList rows = caseload_rows(children, shown);
  std::int64_t all = caseload->children_held + caseload->other_cases;
  std::int64_t hidden = all - static_cast<std::int64_t>(rows.size());
  if (hidden > 0) data.set("hidden", std::to_string(hidden));
  data.set("has_children", !rows.empty());
  data.set("children", std::move(rows));
  context.record_view("caseload.worker", "staff", caseload->worker.username, "shown: " + shown);
  return render_page(context, pages::worker_caseload, data);
}

Response unallocated(PageContext& context) {
  auto connection = context.database.acquire();
  auto waiting = allocation::unallocated_children(*connection, context.staff(), now_unix_seconds());
  ViewData data = layout_data(context, "Unallocated cases", "/caseloads/team");
  ViewData back;
  back.set("href", "/caseloads/team");
  back.set("text", "Team caseloads");
  data.set("back_link", back);
  Date today = today_utc();
  ViewList rows;
  std::string shown;
  for (const auto& child : waiting) {
    ViewData row = child_row(child.public_id, child.given_name, child.family_name, child.date_of_birth,
                             child.district_name, child.holding_team_name, today);
    row.set("waiting_since", allocation::display_instant(child.waiting_since));
    rows.push_back(std::move(row));
    shown += (shown.empty() ? "" : " ") + ("child:" + child.public_id);
  }
  data.set("count", std::to_string(rows.size()));
  data.set("has_children", !rows.empty());
  data.set("children", std::move(rows));
  context.record_view("caseload.unallocated", "", "", "shown: " + shown);
  return render_page(context, pages::unallocated_cases, data);
}

}  // namespace

void add_caseload_pages(Routes& routes) {
  using access::Permission;
  routes.page(Method::get, "/caseloads/mine", Permission::hold_cases, my_caseload);
  routes.page(Method::get, "/caseloads/team", Permission::allocate_cases, team_caseloads);
  routes.page(Method::get, "/caseloads/unallocated", Permission::allocate_cases, unallocated);
  routes.page(Method::get, "/caseloads/workers/{username}", Permission::allocate_cases, worker_caseload);
}

}  // namespace pathway::web
