#pragma once
// Teams: the youth justice units staff belong to, each covering some districts. Reference
// data an administrator keeps (admin/team_pages.cpp). A team is deactivated rather than
// removed, so the accounts and cases that name it keep their history; a deactivated team
// is no longer offered for new accounts.
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace pathway::reference {

struct Team {
  std::string code;  // short and fixed, e.g. "north"
  std::string name;  // what people call it, e.g. "North Yorkshire Youth Justice Team"
  bool active = true;
  std::vector<std::string> district_codes;  // the districts it covers, by code
};

// Every team, active and not, by name, with the districts each covers.
std::vector<Team> list_teams(store::Connection& connection);

// The team with this code, or nullopt. Throws StoreError.
std::optional<Team> find_team(store::Connection& connection, const std::string& code);

// Adds the team with its districts. Throws UniqueViolation if the code is taken, and
// StoreError for a district that does not exist: callers check first.
void add_team(store::Connection& connection, const Team& team);

// Replaces the team's name and districts; false when there is no such team. Throws
// StoreError for a district that does not exist.
bool update_team(store::Connection& connection, const std::string& code, const std::string& name,
                 const std::vector<std::string>& district_codes);

// Activates or deactivates the team; false when there is no such team. Throws StoreError.
bool set_team_active(store::Connection& connection, const std::string& code, bool active);

}  // namespace pathway::reference
