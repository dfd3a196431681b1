#include "access/manager_scope.h"

namespace pathway::access {

namespace {

constexpr std::string_view teams_covering_district = "SELECT team_code FROM team_districts WHERE district_code = ?";
constexpr std::string_view teams_covering_area =
    "SELECT td.team_code FROM team_districts td JOIN districts d ON d.code = td.district_code WHERE d.area_code = ?";

}  // namespace

SqlCondition scope_children_condition(const StaffMember& manager) {
  const std::string& code = manager.scope_code;
  switch (manager.scope_kind) {
    case ScopeKind::team:
      return {"c.holding_team_code = ?", {code}};
    case ScopeKind::district:
      return {"c.district_code = ? OR c.holding_team_code IN (" + std::string(teams_covering_district) + ")",
              {code, code}};
    case ScopeKind::area:
      return {"c.district_code IN (SELECT code FROM districts WHERE area_code = ?) OR c.holding_team_code IN (" +
                  std::string(teams_covering_area) + ")",
              {code, code}};
    case ScopeKind::service:
      return {"1 = 1", {}};
    case ScopeKind::none:
      break;
  }
  return {"1 = 0", {}};
}

SqlCondition scope_teams_condition(const StaffMember& manager, std::string_view team_column) {
  std::string column(team_column);
  const std::string& code = manager.scope_code;
  switch (manager.scope_kind) {
    case ScopeKind::team:
      return {column + " = ?", {code}};
    case ScopeKind::district:
      return {column + " IN (" + std::string(teams_covering_district) + ")", {code}};
    case ScopeKind::area:
      return {column + " IN (" + std::string(teams_covering_area) + ")", {code}};
    case ScopeKind::service:
      return {"1 = 1", {}};
    case ScopeKind::none:
      break;
  }
  return {"1 = 0", {}};
}

}  // namespace pathway::access
