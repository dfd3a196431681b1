#pragma once
// Who must use two-factor sign-in, and what an account does after its password. The
// administrator chooses the roles (service setting 'two_factor_roles', a comma-separated
// list of role codes, "" for none); until they do, the roles that see the most: managers,
// analysts, the data protection officer and administrators.
#include <vector>

#include "access/roles.h"
#include "access/staff.h"
#include "store/database.h"

namespace pathway::access {

// The roles that must use two-factor sign-in when the administrator has not chosen.
const std::vector<Role>& default_two_factor_roles();

// The roles that must use two-factor sign-in now. Throws StoreError.
std::vector<Role> two_factor_roles(store::Connection& connection);

// Replaces the roles that must use two-factor sign-in (empty: none). Throws StoreError.
void set_two_factor_roles(store::Connection& connection, const std::vector<Role>& roles);

// What the account must do after its password is accepted: nothing more, enter a code
// (it has enrolled, whether its roles require it or not), or enrol (its roles require
// it and it has not). Throws StoreError.
enum class SecondStep { none, code, enrol };
SecondStep second_step_after_password(store::Connection& connection, const StaffMember& staff);

}  // namespace pathway::access
