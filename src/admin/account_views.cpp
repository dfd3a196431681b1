#include "admin/account_views.h"

#include <algorithm>

#include "admin/admin_views.h"
#include "core/dates.h"

namespace pathway::admin {

namespace {

using web::ViewData;
using web::ViewList;

std::string shown_instant(const std::string& iso, std::string_view otherwise) {
  if (iso.empty()) return std::string(otherwise);
  auto instant = parse_iso_instant(iso);
  return instant ? to_uk_local_display(*instant) : iso;
}

std::string roles_label(const std::vector<access::Role>& roles) {
  std::string label;
  for (auto role : roles) label += (label.empty() ? "" : ", ") + std::string(access::role_label(role));
  return label;
}

template <class Place>
std::string name_of(const std::vector<Place>& places, const std::string& code) {
  auto found = std::find_if(places.begin(), places.end(), [&code](const Place& place) { return place.code == code; });
  return found == places.end() ? code : found->name;
}

std::string scope_label(access::ScopeKind kind, const std::string& code, const AccountChoices& places) {
  switch (kind) {
    case access::ScopeKind::service: return "The whole service";
    case access::ScopeKind::team: return "Team: " + name_of(places.teams, code);
    case access::ScopeKind::district: return "District: " + name_of(places.districts, code);
    case access::ScopeKind::area: return "Area: " + name_of(places.areas, code);
    case access::ScopeKind::none: return "";
  }
  return "";
}

}  // namespace

AccountChoices load_account_choices(store::Connection& connection) {
  return {reference::list_teams(connection), reference::list_districts(connection), reference::list_areas(connection),
          access::list_accounts(connection, {})};
}

std::string account_href(const std::string& username) { return "/admin/accounts/" + username; }

web::Response account_not_found(web::PageContext& context) {
  return web::message_page(context, 404, "Account not found", "There is no account with that username.");
}

std::map<std::string, std::string> team_names(const std::vector<reference::Team>& teams) {
  std::map<std::string, std::string> names;
  for (const auto& team : teams) names[team.code] = team.name;
  return names;
}

ViewData account_data(const access::Account& account, const std::map<std::string, std::string>& teams,
                      const AccountChoices* places) {
  const auto& settings = account.settings;
  ViewData data;
  data.set("username", account.staff.username);
  data.set("href", account_href(account.staff.username));
  data.set("display_name", settings.display_name);
  data.set("roles", roles_label(settings.roles));
  // Mustache shows a section for any string, even an empty one: what is absent is not set.
  if (!settings.team_code.empty()) {
    auto team = teams.find(settings.team_code);
    data.set("team", team == teams.end() ? settings.team_code : team->second);
  }
  if (!settings.line_manager.empty()) {
    data.set("line_manager", account.line_manager_name);
    data.set("line_manager_href", account_href(settings.line_manager));
  }
  data.set("fte_percent", std::to_string(settings.fte_percent));
  data.set("caseload_capacity", std::to_string(settings.caseload_capacity));
  if (places && settings.scope_kind != access::ScopeKind::none) {
    data.set("scope", scope_label(settings.scope_kind, settings.scope_code, *places));
  }
  data.set("active", account.staff.active);
  data.set("must_change_password", account.staff.must_change_password);
  data.set("created_at", shown_instant(account.created_at, ""));
  data.set("last_sign_in", shown_instant(account.last_sign_in_at, "Never"));
  return data;
}

AccountForm form_of(const access::Account& account) {
  const auto& settings = account.settings;
  AccountForm form;
  form.username = account.staff.username;
  form.display_name = settings.display_name;
  for (auto role : settings.roles) form.roles.emplace_back(access::role_code(role));
  form.team = settings.team_code;
  form.line_manager = settings.line_manager;
  form.fte_percent = std::to_string(settings.fte_percent);
  form.caseload_capacity = std::to_string(settings.caseload_capacity);
  form.scope = scope_choice(settings.scope_kind, settings.scope_code);
  return form;
}

void add_account_form_data(ViewData& data, const AccountForm& form, const AccountChoices& choices,
                           const access::Account* existing) {
  data.set("username", form.username);
  data.set("display_name", form.display_name);
  data.set("fte_percent", form.fte_percent);
  data.set("caseload_capacity", form.caseload_capacity);

  ViewList roles;
  for (auto role : roles_in_form_order()) {
    std::string code(access::role_code(role));
    ViewData item;
    item.set("value", code);
    item.set("label", std::string(access::role_label(role)));
    item.set("checked", std::find(form.roles.begin(), form.roles.end(), code) != form.roles.end());
    roles.push_back(std::move(item));
  }
  data.set("role_options", std::move(roles));

  ViewList teams{option("", "No team", form.team.empty())};
  for (const auto& team : choices.teams) {
    bool kept = existing && existing->settings.team_code == team.code;
    if (!team.active && !kept) continue;
    teams.push_back(option(team.code, team.name + (team.active ? "" : " (inactive)"), form.team == team.code));
  }
  data.set("team_options", std::move(teams));

  ViewList managers{option("", "No line manager", form.line_manager.empty())};
  for (const auto& account : choices.accounts) {
    const std::string& username = account.staff.username;
    bool kept = existing && existing->settings.line_manager == username;
    if ((!account.staff.active && !kept) || (existing && existing->staff.username == username)) continue;
    managers.push_back(option(username, account.staff.display_name + " (" + username + ")",
                              form.line_manager == username));
  }
  data.set("line_manager_options", std::move(managers));

  auto group = [&form](std::string label, std::string_view kind, const auto& places) {
    ViewList options;
    for (const auto& place : places) {
      std::string value = std::string(kind) + ":" + place.code;
      options.push_back(option(value, place.name, form.scope == value));
    }
    ViewData item;
    item.set("label", std::move(label));
    item.set("has_options", !options.empty());
    item.set("options", std::move(options));
    return item;
  };
  data.set("scope_service_selected", form.scope == "service");
  data.set("scope_none_selected", form.scope.empty());
  data.set("scope_groups", ViewList{group("Teams", "team", choices.teams), group("Areas", "area", choices.areas),
                                    group("Districts", "district", choices.districts)});
}

}  // namespace pathway::admin
