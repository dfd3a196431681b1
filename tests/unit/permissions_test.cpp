// The permission table's rules that hold whatever is added to it later.
#include <gtest/gtest.h>

#include "access/need_to_know.h"
#include "access/permissions.h"
#include "access/staff.h"

namespace pathway {
namespace {

using access::Permission;
using access::Role;

TEST(Permissions, AdministratorsReadNoChildsRecordUnlessTheyAlsoHoldAPracticeRole) {
  std::vector<Role> admin = {Role::administrator};
  for (Permission permission : {Permission::search_children, Permission::find_any_child, Permission::read_child_record,
                                Permission::correct_child_record, Permission::break_glass}) {
    EXPECT_FALSE(access::grants(admin, permission)) << access::permission_code(permission);
  }
  EXPECT_TRUE(access::grants(admin, Permission::manage_accounts));
  EXPECT_TRUE(access::grants({Role::administrator, Role::case_manager}, Permission::read_child_record));
}

TEST(Permissions, EveryPermissionIsGrantedToSomeRoleAndDescribed) {
  for (const auto& entry : access::all_permissions()) {
    bool granted = false;
    for (Role role : access::all_roles()) granted = granted || access::grants({role}, entry.permission);
    EXPECT_TRUE(granted) << entry.code;
    EXPECT_FALSE(entry.description.empty()) << entry.code;
  }
}

TEST(Permissions, PartnersAndVolunteersNeverSeeIdentityRowsOrBreakTheGlass) {
  for (Role role : {Role::partner, Role::panel_volunteer}) {
    EXPECT_FALSE(access::grants({role}, Permission::find_any_child));
    EXPECT_FALSE(access::grants({role}, Permission::break_glass));
    EXPECT_FALSE(access::grants({role}, Permission::add_child));
  }
}

TEST(Roles, StoreSeveralRolesAsOneCode) {
  EXPECT_EQ(access::roles_code({Role::administrator, Role::case_manager}), "administrator,case_manager");
  EXPECT_EQ(access::roles_from_code("administrator,case_manager"),
            (std::vector<Role>{Role::administrator, Role::case_manager}));
  EXPECT_EQ(access::roles_from_code("no_such_role,analyst"), std::vector<Role>{Role::analyst});
  EXPECT_TRUE(access::roles_from_code("").empty());
}

TEST(NeedToKnow, AnAccountWithoutTheReadPermissionOpensNothing) {
  access::StaffMember volunteer;
  volunteer.roles = {Role::panel_volunteer};
  EXPECT_EQ(access::may_open_condition(volunteer, 0).sql, "1 = 0");
  access::StaffMember nobody;  // no known role left (an unknown code was dropped)
  EXPECT_EQ(access::may_open_condition(nobody, 0).sql, "1 = 0");
}

TEST(NeedToKnow, WholeServiceRolesStillOpenRestrictedRecordsOnlyWhereNamed) {
  access::StaffMember analyst;
  analyst.id = 7;
  analyst.roles = {Role::analyst};
  auto condition = access::may_open_condition(analyst, 0);
  EXPECT_NE(condition.sql.find("c.restricted = 1 THEN"), std::string::npos) << condition.sql;
  EXPECT_NE(condition.sql.find("restricted_record_staff"), std::string::npos) << condition.sql;
}

}  // namespace
}  // namespace pathway
