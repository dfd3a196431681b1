#include "reference/teams.h"

#include <map>

namespace pathway::reference {

namespace {

void set_districts(store::Connection& connection, const std::string& code,
                   const std::vector<std::string>& district_codes) {
  connection.execute("DELETE FROM team_districts WHERE team_code = ?", {code});
  for (const auto& district : district_codes) {
    connection.execute("INSERT INTO team_districts (team_code, district_code) VALUES (?, ?)", {code, district});
  }
}

std::vector<Team> teams_where(store::Connection& connection, const std::string& where,
                              const std::vector<store::Value>& params) {
  std::vector<Team> teams;
  std::map<std::string, std::size_t> by_code;
  for (const auto& row : connection.query("SELECT code, name, active FROM teams" + where + " ORDER BY name, code",
                                          params)) {
    by_code[row.text(0)] = teams.size();
    teams.push_back({row.text(0), row.text(1), row.integer(2) != 0, {}});
  }
  if (teams.empty()) return teams;
  // One query for every team's districts, not one per team.
  for (const auto& row : connection.query(
           "SELECT td.team_code, td.district_code FROM team_districts td JOIN districts d ON d.code = td.district_code"
           " ORDER BY d.name, d.code",
           {})) {
    auto team = by_code.find(row.text(0));
    if (team != by_code.end()) teams[team->second].district_codes.push_back(row.text(1));
  }
  return teams;
}

}  // namespace

std::vector<Team> list_teams(store::Connection& connection) { return teams_where(connection, "", {}); }

std::optional<Team> find_team(store::Connection& connection, const std::string& code) {
  auto teams = teams_where(connection, " WHERE code = ?", {code});
  if (teams.empty()) return std::nullopt;
  return teams.front();
}

void add_team(store::Connection& connection, const Team& team) {
  connection.execute("INSERT INTO teams (code, name, active) VALUES (?, ?, ?)",
                     {team.code, team.name, std::int64_t{team.active ? 1 : 0}});
  set_districts(connection, team.code, team.district_codes);
}

bool update_team(store::Connection& connection, const std::string& code, const std::string& name,
                 const std::vector<std::string>& district_codes) {
  if (connection.query("UPDATE teams SET name = ? WHERE code = ? RETURNING code", {name, code}).empty()) return false;
  set_districts(connection, code, district_codes);
  return true;
}

bool set_team_active(store::Connection& connection, const std::string& code, bool active) {
  return !connection
              .query("UPDATE teams SET active = ? WHERE code = ? RETURNING code",
                     {std::int64_t{active ? 1 : 0}, code})
              .empty();
}

}  // namespace pathway::reference
