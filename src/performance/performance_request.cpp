#include "performance/performance_request.h"

#include "performance/dashboard_scope.h"
#include "reference/geography.h"
#include "reference/teams.h"

namespace pathway::performance {

std::string PageScope::query() const { return parameter.empty() ? "" : parameter + "=" + code; }

ScopeChoice choose_scope(store::Connection& connection, const measures::RecordSnapshot& snapshot,
                         const web::PageContext& context) {
  // The dashboard's reading of the scope (performance/dashboard_scope.h), in this page's form.
  ScopeChoice choice;
  PerformanceScope chosen =
      scope_from_fields(context.query, Places::load(connection), snapshot, connection, choice.errors);
  if (!choice.errors.empty()) return choice;
  std::string parameter =
      chosen.kind == measures::ScopeKind::service ? "" : std::string(measures::scope_kind_name(chosen.kind));
  choice.scope = PageScope{parameter, chosen.code, chosen.name, chosen.districts};
  return choice;
}

std::vector<ScopeOption> scope_options(store::Connection& connection) {
  std::vector<ScopeOption> options;
  for (const auto& area : reference::list_areas(connection)) options.push_back({"area", area.code, area.name});
  for (const auto& district : reference::list_districts(connection)) {
    options.push_back({"district", district.code, district.name});
  }
  for (const auto& team : reference::list_teams(connection)) {
    if (team.active) options.push_back({"team", team.code, team.name});
  }
  return options;
}

std::string PerformanceRequest::query() const {
  std::string text = "quarter=" + quarter.code();
  if (scope && !scope->parameter.empty()) text += "&" + scope->query();
  return text;
}

PerformanceRequest read_request(store::Connection& connection, const measures::RecordSnapshot& snapshot,
                                const web::PageContext& context, Quarter default_quarter) {
  PerformanceRequest request{default_quarter, std::nullopt, {}};
  std::string asked = context.query_value("quarter");
  if (!asked.empty()) {
    auto quarter = parse_quarter(asked);
    if (quarter) {
      request.quarter = *quarter;
    } else {
      request.errors.push_back(
          {"quarter", "Enter a quarter as a year and a quarter number, like 2026-Q3 (Q1 is January to March)"});
    }
  }
  auto choice = choose_scope(connection, snapshot, context);
  request.scope = std::move(choice.scope);
  request.errors.insert(request.errors.end(), choice.errors.begin(), choice.errors.end());
  return request;
}

void add_request_form(web::ViewData& data, store::Connection& connection, const web::PageContext& context,
                      const PerformanceRequest& request, Quarter latest) {
  constexpr int quarters_offered = 16;
  web::ViewList quarters;
  auto offer = [&](Quarter quarter) {
    web::ViewData option;
    option.set("value", quarter.code());
    option.set("label", quarter.label());
    option.set("selected", quarter == request.quarter);
    quarters.push_back(std::move(option));
  };
  for (int back = 0; back < quarters_offered; ++back) offer(latest.plus(-back));
  if (request.quarter < latest.plus(1 - quarters_offered) || latest < request.quarter) offer(request.quarter);
  data.set("quarters", std::move(quarters));
  web::ViewList areas, districts, teams;
  for (const auto& option : scope_options(connection)) {
    web::ViewData item;
    item.set("value", option.code);
    item.set("label", option.name);
    item.set("selected", context.query_value(option.parameter) == option.code);
    auto& list = option.parameter == "area" ? areas : option.parameter == "district" ? districts : teams;
    list.push_back(std::move(item));
  }
  data.set("area_options", std::move(areas));
  data.set("district_options", std::move(districts));
  data.set("team_options", std::move(teams));
}

}  // namespace pathway::performance
