// Teams as reference data: the list, adding a team, changing its name and the districts it
// covers, deactivating and reactivating it. Each change and its audit event are written
// in one transaction; a form with mistakes changes nothing.
#include <algorithm>

#include "access/audit.h"
#include "admin/admin_views.h"
#include "admin/team_form.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

using reference::Team;

std::string team_href(const std::string& code) { return "/admin/teams/" + code; }

std::string district_names(const Team& team, const std::vector<reference::District>& districts) {
  std::string names;
  for (const auto& district : districts) {
    if (std::find(team.district_codes.begin(), team.district_codes.end(), district.code) == team.district_codes.end()) {
      continue;
    }
    names += (names.empty() ? "" : ", ") + district.name;
  }
  return names;
}

Response team_not_found(PageContext& context) {
  return message_page(context, 404, "Team not found", "There is no team with that code.");
}

Response list_teams(PageContext& context) {
  auto connection = context.database.acquire();
  auto teams = reference::list_teams(*connection);
  auto districts = reference::list_districts(*connection);
  connection.reset();
  ViewData data = layout_data(context, "Teams", "/admin/teams");
  ViewList rows;
  for (const auto& team : teams) {
    ViewData row;
    row.set("code", team.code);
    row.set("name", team.name);
    row.set("href", team_href(team.code));
    row.set("active", team.active);
    row.set("districts", district_names(team, districts));
    rows.push_back(std::move(row));
  }
  data.set("has_teams", !rows.empty());
  data.set("teams", std::move(rows));
  std::string done = context.query_value("done");
  if (done == "deactivated" || done == "reactivated" || done == "saved") {
    ViewData banner;
    banner.set("heading", done == "saved" ? "Team saved" : "Team " + done);
    data.set("notification", std::move(banner));
  }
  return render_page(context, pages::teams, data);
}

admin::TeamForm read_form(const PageContext& context) {
  return {context.form_value("code"), context.form_value("name"), all_values(context.form, "districts")};
}

Response form_page(PageContext& context, const admin::TeamForm& form, const std::vector<reference::District>& districts,
                   const Team* existing, const std::vector<FieldError>& errors, int status) {
  std::string title = existing ? "Change " + existing->name : "Add a team";
  ViewData data = layout_data(context, title, "/admin/teams");
  admin::set_back_link(data, "/admin/teams", "Back to teams");
  data.set("heading", title);
  data.set("creating", existing == nullptr);
  data.set("action", existing ? team_href(existing->code) : "/admin/teams/new");
  data.set("code", existing ? existing->code : form.code);
  data.set("name", form.name);
  if (existing) {
    data.set("active", existing->active);
    data.set("deactivate_action", team_href(existing->code) + (existing->active ? "/deactivate" : "/reactivate"));
  }
  ViewList boxes;
  for (const auto& district : districts) {
    ViewData box;
    box.set("value", district.code);
    box.set("label", district.name);
    box.set("hint", district.area_name);
    box.set("checked", std::find(form.districts.begin(), form.districts.end(), district.code) != form.districts.end());
    boxes.push_back(std::move(box));
  }
  data.set("district_options", std::move(boxes));
  add_errors(data, errors);
  return render_page(context, pages::team_form, data, status);
}

Response new_team_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto districts = reference::list_districts(*connection);
  connection.reset();
  return form_page(context, {}, districts, nullptr, {}, 200);
}

Response edit_team_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto team = reference::find_team(*connection, context.params.at("code"));
  if (!team) return team_not_found(context);
  auto districts = reference::list_districts(*connection);
  connection.reset();
  return form_page(context, {team->code, team->name, team->district_codes}, districts, &*team, {}, 200);
}

// Adds the team (no `existing`) or saves its name and districts.
Response save_team(PageContext& context, bool creating) {
  admin::TeamForm form = read_form(context);
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  std::optional<Team> existing;
  if (!creating) {
    existing = reference::find_team(*connection, context.params.at("code"));
    if (!existing) return team_not_found(context);
  }
  auto teams = reference::list_teams(*connection);
  auto districts = reference::list_districts(*connection);
  auto checked = admin::validate_team_form(form, teams, districts, existing ? &*existing : nullptr);
  if (!checked.team) return form_page(context, form, districts, existing ? &*existing : nullptr, checked.errors, 422);
  const Team& team = *checked.team;
  // A save that changes nothing writes nothing, not even an audit event.
  if (existing && existing->name == team.name && existing->district_codes == team.district_codes) {
    return Response::redirect("/admin/teams?done=saved");
  }
  std::string covers;
  for (const auto& code : team.district_codes) covers += (covers.empty() ? "" : ",") + code;
  if (creating) {
    reference::add_team(*connection, team);
  } else {
    reference::update_team(*connection, team.code, team.name, team.district_codes);
  }
  access::record_audit_event(*connection, context.audit(creating ? "team.create" : "team.update", "team", team.code,
                                                        "name '" + team.name + "'; districts " + covers));
  transaction.commit();
  return Response::redirect("/admin/teams?done=saved");
}

PageHandler set_active(bool active) {
  return [active](PageContext& context) {
    auto connection = context.database.acquire();
    store::Transaction transaction(*connection);
    const std::string& code = context.params.at("code");
    if (!reference::set_team_active(*connection, code, active)) return team_not_found(context);
    access::record_audit_event(*connection, context.audit(active ? "team.reactivate" : "team.deactivate", "team", code));
    transaction.commit();
    return Response::redirect(std::string("/admin/teams?done=") + (active ? "reactivated" : "deactivated"));
  };
}

}  // namespace

void add_team_pages(Routes& routes) {
  using access::Permission;
  routes.page(Method::get, "/admin/teams", Permission::manage_reference_data, list_teams);
  routes.page(Method::get, "/admin/teams/new", Permission::manage_reference_data, new_team_form);
  routes.page(Method::post, "/admin/teams/new", Permission::manage_reference_data,
              [](PageContext& context) { return save_team(context, true); });
  routes.page(Method::get, "/admin/teams/{code}", Permission::manage_reference_data, edit_team_form);
  routes.page(Method::post, "/admin/teams/{code}", Permission::manage_reference_data,
              [](PageContext& context) { return save_team(context, false); });
  routes.page(Method::post, "/admin/teams/{code}/deactivate", Permission::manage_reference_data, set_active(false));
  routes.page(Method::post, "/admin/teams/{code}/reactivate", Permission::manage_reference_data, set_active(true));
}

}  // namespace pathway::web
