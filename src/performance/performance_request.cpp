#include "performance/performance_request.h"

#include <array>
#include <charconv>

#include "reference/geography.h"
#include "reference/teams.h"

namespace pathway::performance {

namespace {

Error invalid(std::string message) { return Error{ErrorKind::invalid, std::move(message)}; }

// The districts of a team: none is an empty scope (resolve_scope would read "no codes" as
// every district).
measures::Scope districts_of(const measures::RecordSnapshot& snapshot, const std::vector<std::string>& codes) {
  if (codes.empty()) return {};
  auto scope = measures::resolve_scope(snapshot, codes, {});
  return scope ? scope.value() : measures::Scope{};
}

std::optional<std::string> area_name(store::Connection& connection, const std::string& code) {
  for (const auto& area : reference::list_areas(connection)) {
    if (area.code == code) return area.name;
  }
  return std::nullopt;
}

}  // namespace

std::string PageScope::query() const { return parameter.empty() ? "" : parameter + "=" + code; }

ScopeChoice choose_scope(store::Connection& connection, const measures::RecordSnapshot& snapshot,
                         const web::PageContext& context) {
  ScopeChoice choice;
  std::vector<std::pair<std::string, std::string>> given;
  for (const char* parameter : {"area", "district", "team"}) {
    std::string value = context.query_value(parameter);
    if (!value.empty()) given.emplace_back(parameter, value);
  }
  if (given.size() > 1) {
    choice.errors.push_back({given[1].first, "Choose one of an area, a district or a team, not more than one"});
    return choice;
  }
  if (given.empty()) {
    choice.scope = PageScope{"", "", "the whole service", measures::whole_service(snapshot)};
    return choice;
  }
  const auto& [parameter, code] = given.front();
  if (parameter == "area") {
    if (auto name = area_name(connection, code)) {
      choice.scope = PageScope{parameter, code, *name, measures::resolve_scope(snapshot, {}, {code}).value()};
    }
  } else if (parameter == "district") {
    if (auto district = reference::find_district(connection, code)) {
      choice.scope = PageScope{parameter, code, district->name, districts_of(snapshot, {code})};
    }
  } else if (auto team = reference::find_team(connection, code)) {
    choice.scope = PageScope{parameter, code, team->name, districts_of(snapshot, team->district_codes)};
  }
  if (!choice.scope) choice.errors.push_back({parameter, "There is no " + parameter + " with the code " + code});
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
