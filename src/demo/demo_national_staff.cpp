// The national demo's staff: a manager and case managers for each service beyond the demo
// county, written many to a statement with the county accounts' password hash, so that
// twenty thousand accounts cost no more than a few thousand rows (hashing a password takes
// a good part of a second by design).
#include "demo/demo_national_staff.h"

#include <map>
#include <stdexcept>

#include "access/password_policy.h"
#include "access/roles.h"
#include "access/staff.h"
#include "allocation/allocation_repository.h"
#include "core/clock.h"
#include "demo/demo_parts.h"
#include "store/copy.h"
#include "store/row_streams.h"

namespace pathway::demo {

namespace {

using access::Role;

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

// A name for the nth account of the national staff, fixed by n.
std::string staff_name(std::uint64_t n) {
  const NameList& names = names_of(Heritage::english);
  std::uint64_t state = n;
  std::uint64_t draw = splitmix64(state);
  const auto& given = draw % 2 ? names.boys : names.girls;
  return std::string(given[(draw >> 8) % given.size()]) + " " +
         std::string(names.families[(draw >> 32) % names.families.size()].male);
}

}  // namespace

std::int64_t add_national_staff(store::Connection& connection, const NationalCases& cases, const std::string& password) {
  auto county = connection.query_one("SELECT password_hash FROM staff ORDER BY id LIMIT 1");
  auto head = connection.query_one("SELECT id FROM staff WHERE username = 'manager'");
  if (!county || !head) throw std::logic_error("the national staff join the demo county's accounts, made first");
  std::string password_hash = county->text(0);
  std::map<std::string_view, std::int64_t> open_cases;
  for (const auto& worked : cases.cases) {
    if (worked.open_since) ++open_cases[cases.teams[worked.team]];
  }
  std::int64_t id = connection.query_one("SELECT MAX(id) + 1 FROM staff")->integer(0);
  std::string created_at = to_iso_instant(now_unix_seconds());
  std::vector<store::Value> rows;
  std::int64_t added = 0;
  auto add = [&](const std::string& username, Role role, const std::string& team, bool manages,
                 std::int64_t line_manager) {
    if (auto refusal = access::check_new_password(password, username)) {
      throw std::runtime_error("cannot create the demo account '" + username + "': " + *refusal);
    }
    std::vector<store::Value> row = {id,
                                     username,
                                     staff_name(static_cast<std::uint64_t>(id)),
                                     std::string(access::role_code(role)),
                                     password_hash,
                                     created_at,
                                     team,
                                     manages ? store::Value{std::string("team")} : store::Value{nullptr},
                                     manages ? store::Value{team} : store::Value{nullptr},
                                     std::int64_t{100},
                                     manages ? std::int64_t{0} : national_caseload_capacity,
                                     line_manager};
    rows.insert(rows.end(), std::make_move_iterator(row.begin()), std::make_move_iterator(row.end()));
    ++added;
    return id++;
  };
  const auto& services = national_services();
  // The first service is the demo county, whose teams and staff are its own.
  for (std::size_t s = 1; s < services.size(); ++s) {
    std::string team(services[s].code);
    std::string prefix = lower(team);
    std::int64_t manager = add(prefix + "-manager", Role::manager, team, true, head->integer(0));
    // Enough for the open cases at full capacity, and one at least, who also held the
    // team's cases that have closed.
    auto open = open_cases.find(team);
    std::int64_t needed = open == open_cases.end() ? 1 : (open->second + national_caseload_capacity - 1) /
                                                             national_caseload_capacity;
    for (std::int64_t n = 1; n <= std::max<std::int64_t>(needed, 1); ++n) {
      add(prefix + "-cm-" + std::to_string(n), Role::case_manager, team, false, manager);
    }
  }
  store::insert_rows(connection, "staff",
                     "id, username, display_name, roles, password_hash, created_at, team_code, scope_kind, scope_code,"
                     " fte_percent, caseload_capacity, line_manager_id",
                     12, rows);
  store::advance_identity(connection, "staff");
  return added;
}

std::vector<NationalTeamStaff> national_team_staff(store::Connection& connection, const NationalCases& cases) {
  std::map<std::string, std::size_t, std::less<>> team_index;
  for (std::size_t i = 0; i < cases.teams.size(); ++i) team_index.emplace(cases.teams[i], i);
  std::vector<NationalTeamStaff> teams(cases.teams.size());
  auto head = connection.query_one("SELECT id FROM staff WHERE username = 'manager'");
  std::int64_t head_of_service = head ? head->integer(0) : 0;

  auto managers = allocation::holds_any_role_condition({Role::manager});
  std::string service_manager;
  for (const auto& row : connection.query("SELECT st.username, COALESCE(st.scope_kind, ''), COALESCE(st.scope_code, '')"
                                          " FROM staff st WHERE st.active = 1 AND " + managers.sql + " ORDER BY st.id",
                                          managers.params)) {
    if (row.text(1) == "service" && service_manager.empty()) service_manager = row.text(0);
    if (row.text(1) != "team") continue;
    auto team = team_index.find(row.text(2));
    if (team != team_index.end() && teams[team->second].allocator.empty()) teams[team->second].allocator = row.text(0);
  }
  for (auto& team : teams) {
    if (team.allocator.empty()) team.allocator = service_manager.empty() ? "demo" : service_manager;
  }

  auto holds = allocation::holds_any_role_condition({Role::case_manager});
  for (const auto& row : connection.query("SELECT st.id, st.username, st.display_name, COALESCE(st.team_code, ''),"
                                          " COALESCE(st.line_manager_id, 0) FROM staff st WHERE st.active = 1 AND " +
                                              holds.sql + " ORDER BY st.id",
                                          holds.params)) {
    auto team = team_index.find(row.text(3));
    if (team == team_index.end()) continue;
    std::int64_t line_manager = row.integer(4);
    teams[team->second].case_managers.push_back(
        {row.integer(0), row.text(1), row.text(2), line_manager != 0 ? line_manager : head_of_service});
  }
  return teams;
}

}  // namespace pathway::demo
