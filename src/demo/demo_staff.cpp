// The demo county's service: five youth justice units covering Kent's twelve districts (the
// background plan: the two East Kent units share its three busiest districts), and the
// staff who work in them. One named account per role signs in with the demo password (the
// README lists them); the other staff exist so that caseloads, allocation and need to know
// look like a real service. Every account shares the one password, hashed once.
#include <map>
#include <stdexcept>

#include "access/password_hash.h"
#include "access/password_policy.h"
#include "access/staff.h"
#include "demo/demo_parts.h"

namespace pathway::demo {

namespace {

using access::Role;
using access::ScopeKind;

struct DemoTeam {
  std::string_view code;
  std::string_view name;
  std::vector<std::string_view> districts;
};

const std::vector<DemoTeam>& demo_teams() {
  static const std::vector<DemoTeam> all = {
      {"NORTH", "North Kent Youth Justice Unit", {"DARTFORD", "GRAVESHAM", "SEVENOAKS"}},
      {"WEST", "West Kent Youth Justice Unit", {"MAIDSTONE", "TONBRIDGE_AND_MALLING", "TUNBRIDGE_WELLS"}},
      {"SOUTH", "South Kent Youth Justice Unit", {"ASHFORD", "DOVER", "FOLKESTONE_AND_HYTHE"}},
      {"EAST_CANTERBURY", "Canterbury and Swale Youth Justice Unit", {"CANTERBURY", "SWALE", "THANET"}},
      {"EAST_THANET", "Thanet Youth Justice Unit", {"CANTERBURY", "SWALE", "THANET"}},
  };
  return all;
}

// Staff beyond the named accounts: per team, a unit lead, case managers (some part time),
// a transition practitioner and a restorative justice worker.
struct TeamStaff {
  std::string_view team;
  std::vector<std::string_view> names;  // unit lead, case managers..., transition, RJ
};

const std::vector<TeamStaff>& team_staff() {
  static const std::vector<TeamStaff> all = {
      {"NORTH", {"", "Kwame Asante", "Lucy Harrington", "Jas Dhillon", "", ""}},
      {"WEST", {"Helen Marsh", "Oliver Grant", "Fatima Begum", "Rhys Morgan", "Chloe Barker", "Sam Whitaker",
                "Nadia Rahman", "Paul Fenwick"}},
      {"SOUTH", {"Andrew Lyle", "Bethany Cole", "Tariq Hussain", "Emma Doherty", "Jack Turner", "Mei Chen",
                 "Lewis Boateng", "Sarah Quinn"}},
      {"EAST_CANTERBURY", {"Claire Hobbs", "Daniel Price", "Aisha Mohammed", "Tom Gallagher", "Ruth Elliott",
                           "Kieran Walsh", "Zoe Parker", "Imran Ali"}},
      {"EAST_THANET", {"Mark Stevens", "Jade Williams", "Connor Reid", "Priya Patel", "Hollie Brooks",
                       "Ben Carter", "Gemma Lowe", "Yusuf Okoro"}},
  };
  return all;
}

std::string username_for(std::string_view display_name) {
  std::string username;
  for (char c : display_name) {
    if (c == ' ') {
      username += '.';
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      username += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  return username;
}

class StaffBuilder {
 public:
  StaffBuilder(store::Connection& connection, std::string password)
      : connection_(connection), password_(std::move(password)), password_hash_(access::hash_password(password_)) {}

  std::int64_t add(access::NewStaffMember member) {
    // The policy still applies to each account (the password must not hold its username).
    if (auto refusal = access::check_new_password(password_, member.username)) {
      throw std::runtime_error("cannot create the demo account '" + member.username + "': " + *refusal);
    }
    member.password_hash = password_hash_;
    auto added = access::add_staff_member(connection_, member);
    if (!added.ok()) {
      throw std::runtime_error("cannot create the demo account '" + member.username + "': " + added.error().message);
    }
    ids_[added->username] = added->id;
    return added->id;
  }
  std::int64_t id(const std::string& username) const { return ids_.at(username); }

 private:
  store::Connection& connection_;
  std::string password_;
  std::string password_hash_;
  std::map<std::string, std::int64_t> ids_;
};

}  // namespace

const std::vector<DemoStaffMember>& demo_staff() {
  static const std::vector<DemoStaffMember> all = {
      {"admin", "Priya Shah", Role::administrator, "", ScopeKind::none, "", ""},
      {"manager", "Tom Whitfield", Role::manager, "", ScopeKind::service, "", ""},
      {"unitlead", "Grace Osei", Role::manager, "NORTH", ScopeKind::team, "NORTH", "manager"},
      {"caseworker", "Amara Nwosu", Role::case_manager, "NORTH", ScopeKind::none, "", "unitlead"},
      {"caseworker2", "Dan Kowalczyk", Role::case_manager, "NORTH", ScopeKind::none, "", "unitlead"},
      {"rjworker", "Siobhán Kelly", Role::restorative_justice_worker, "NORTH", ScopeKind::none, "", "unitlead"},
      {"transition", "Marcus Bennett", Role::transition_practitioner, "NORTH", ScopeKind::none, "", "unitlead"},
      {"support", "Joy Mensah", Role::business_support, "NORTH", ScopeKind::none, "", "unitlead"},
      {"analyst", "Hannah Li", Role::analyst, "", ScopeKind::none, "", "manager"},
      {"dpo", "David Okafor", Role::data_protection_officer, "", ScopeKind::none, "", "manager"},
      {"partner", "Laura Finch", Role::partner, "", ScopeKind::none, "", ""},
      {"volunteer", "Margaret Ashdown", Role::panel_volunteer, "", ScopeKind::none, "", ""},
  };
  return all;
}

void add_demo_teams(store::Connection& connection) {
  for (const auto& team : demo_teams()) {
    connection.execute("INSERT INTO teams (code, name) VALUES (?, ?)", {std::string(team.code), std::string(team.name)});
    for (auto district : team.districts) {
      connection.execute("INSERT INTO team_districts (team_code, district_code) VALUES (?, ?)",
                         {std::string(team.code), std::string(district)});
    }
  }
}

std::vector<DemoAccount> add_demo_accounts(store::Connection& connection, const std::string& password) {
  StaffBuilder staff(connection, password);
  std::vector<DemoAccount> accounts;
  for (const auto& member : demo_staff()) {
    bool holds_cases = member.role == Role::case_manager || member.role == Role::transition_practitioner;
    staff.add({.username = std::string(member.username),
               .display_name = std::string(member.display_name),
               .role = member.role,
               .team_code = std::string(member.team),
               .scope_kind = member.scope_kind,
               .scope_code = std::string(member.scope_code),
               .caseload_capacity = holds_cases ? 15 : 0,
               .line_manager_id = member.line_manager.empty() ? 0 : staff.id(std::string(member.line_manager))});
    accounts.push_back({std::string(member.username), std::string(access::role_label(member.role))});
  }
  // The East Kent area manager oversees both East Kent units.
  std::int64_t head = staff.id("manager");
  staff.add({.username = "rachel.adeyemi", .display_name = "Rachel Adeyemi", .role = Role::manager,
             .scope_kind = ScopeKind::area, .scope_code = "EAST", .line_manager_id = head});
  for (const auto& team : team_staff()) {
    std::string code(team.team);
    std::int64_t lead = code == "NORTH" ? staff.id("unitlead") : 0;
    for (std::size_t i = 0; i < team.names.size(); ++i) {
      if (team.names[i].empty()) continue;  // a named demo account holds this post
      bool last = i + 1 == team.names.size(), transition = i + 2 == team.names.size();
      Role role = i == 0 ? Role::manager
                  : last ? Role::restorative_justice_worker
                  : transition ? Role::transition_practitioner
                               : Role::case_manager;
      // Every third case manager works part time: capacity scales with hours.
      std::int64_t fte = role == Role::case_manager && i % 3 == 0 ? 60 : 100;
      std::int64_t id = staff.add({.username = username_for(team.names[i]),
                                   .display_name = std::string(team.names[i]),
                                   .role = role,
                                   .team_code = code,
                                   .scope_kind = i == 0 ? ScopeKind::team : ScopeKind::none,
                                   .scope_code = i == 0 ? code : "",
                                   .fte_percent = fte,
                                   .caseload_capacity = role == Role::case_manager ? 15 : role == Role::transition_practitioner ? 8 : 0,
                                   .line_manager_id = i == 0 ? head : lead});
      if (i == 0) lead = id;
    }
  }
  return accounts;
}

void hold_demo_cases(store::Connection& connection) {
  // create_child gave each child the first team covering its district; the second East Kent
  // unit holds every other child of the districts the two units share.
  connection.execute(
      "UPDATE children SET holding_team_code = 'EAST_THANET' WHERE holding_team_code = 'EAST_CANTERBURY'"
      " AND id % 2 = 0");
}

}  // namespace pathway::demo
