// The demo accounts: one for each role, so every view of Pathway can be tried, and a second
// case manager for trying two people editing the same record.
#include <stdexcept>

#include "access/staff.h"
#include "demo/demo_parts.h"

namespace pathway::demo {

const std::vector<DemoStaffMember>& demo_staff() {
  using access::Role;
  static const std::vector<DemoStaffMember> all = {
      {"admin", "Priya Shah", Role::administrator},
      {"manager", "Tom Whitfield", Role::manager},
      {"caseworker", "Amara Nwosu", Role::case_manager},
      {"caseworker2", "Dan Kowalczyk", Role::case_manager},
      {"rjworker", "Siobhán Kelly", Role::restorative_justice_worker},
      {"transition", "Marcus Bennett", Role::transition_practitioner},
      {"analyst", "Hannah Li", Role::analyst},
      {"volunteer", "Margaret Ashdown", Role::panel_volunteer},
  };
  return all;
}

std::vector<DemoAccount> add_demo_accounts(store::Connection& connection, const std::string& password) {
  std::vector<DemoAccount> accounts;
  for (const auto& member : demo_staff()) {
    auto added = access::add_staff_member(
        connection, {std::string(member.username), std::string(member.display_name), member.role, password});
    if (!added.ok()) {
      throw std::runtime_error("cannot create the demo account '" + std::string(member.username) +
                               "': " + added.error().message);
    }
    accounts.push_back({std::string(member.username), std::string(access::role_label(member.role))});
  }
  return accounts;
}

}  // namespace pathway::demo
