// The account lifecycle and the organisation's reference data, on both backends.
#include "access/accounts.h"

#include <gtest/gtest.h>

#include "access/password_hash.h"
#include "access/sessions.h"
#include "access/sign_in_throttle.h"
#include "core/dates.h"
#include "reference/geography.h"
#include "reference/service_settings.h"
#include "reference/teams.h"
#include "test_database.h"

namespace pathway {
namespace {

using access::Role;

constexpr const char* password = "a long enough pass phrase";
constexpr std::int64_t day = 24 * 60 * 60;

// Two districts in one area and a team covering one of them.
void add_places(store::Connection& connection) {
  reference::add_district(connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
  reference::add_district(connection, {"TONBRIDGE", "Tonbridge", "WEST", "West Kent"});
  reference::add_team(connection, {"west", "West Kent Youth Justice Team", true, {"MAIDSTONE"}});
}

access::AccountSettings settings_for(std::string name, std::vector<Role> roles) {
  access::AccountSettings settings;
  settings.display_name = std::move(name);
  settings.roles = std::move(roles);
  return settings;
}

access::Account create(store::Connection& connection, const std::string& username, access::AccountSettings settings,
                       bool must_change = false) {
  auto created = access::create_account(connection, username, password, settings, must_change);
  EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
  return created.value();
}

TEST(Accounts, CreateKeepsEverySettingAndRoundTrips) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  add_places(*connection);
  create(*connection, "boss", settings_for("Tom Whitfield", {Role::manager}));
  access::AccountSettings settings{"Amara Nwosu", {Role::case_manager, Role::administrator}, "west", "boss", 60, 12,
                                   access::ScopeKind::none, ""};
  auto created = create(*connection, "Amara", settings, true);
  EXPECT_EQ(created.staff.username, "amara");
  EXPECT_TRUE(created.staff.must_change_password);

  auto found = access::find_account(*connection, "amara");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->settings.display_name, "Amara Nwosu");
  EXPECT_EQ(found->settings.roles, (std::vector<Role>{Role::case_manager, Role::administrator}));
  EXPECT_EQ(found->settings.team_code, "west");
  EXPECT_EQ(found->settings.line_manager, "boss");
  EXPECT_EQ(found->line_manager_name, "Tom Whitfield");
  EXPECT_EQ(found->settings.fte_percent, 60);
  EXPECT_EQ(found->settings.caseload_capacity, 12);
  EXPECT_EQ(found->last_sign_in_at, "");
  EXPECT_FALSE(found->created_at.empty());
  EXPECT_FALSE(access::find_account(*connection, "nobody"));
}

TEST(Accounts, UpdateReplacesSettingsAndDescribesTheChanges) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  add_places(*connection);
  auto before = create(*connection, "sam", settings_for("Sam Example", {Role::case_manager}));
  access::AccountSettings after{"Sam Example", {Role::manager}, "west", "", 80, 0, access::ScopeKind::district,
                                "TONBRIDGE"};
  auto updated = access::update_account(*connection, "sam", after);
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->settings.scope_kind, access::ScopeKind::district);
  EXPECT_EQ(updated->settings.scope_code, "TONBRIDGE");
  EXPECT_EQ(access::describe_changes(before.settings, after),
            "roles case_manager -> manager; team (none) -> west; FTE % 100 -> 80; scope (none) -> district:TONBRIDGE");
  EXPECT_EQ(access::describe_changes(after, after), "");
  EXPECT_EQ(access::update_account(*connection, "nobody", after).error().kind, ErrorKind::not_found);
}

TEST(Accounts, ListFiltersByWholeRoleTeamAndStatus) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  add_places(*connection);
  create(*connection, "casey", settings_for("Case Manager", {Role::case_manager}));
  auto both = settings_for("Both Roles", {Role::manager, Role::administrator});
  both.scope_kind = access::ScopeKind::service;
  both.team_code = "west";
  create(*connection, "both", both);
  create(*connection, "gone", settings_for("Gone Away", {Role::administrator}));
  access::disable_account(*connection, "gone");

  auto usernames = [&](const access::AccountFilter& filter) {
    std::vector<std::string> names;
    for (const auto& account : access::list_accounts(*connection, filter)) names.push_back(account.staff.username);
    return names;
  };
  EXPECT_EQ(usernames({}), (std::vector<std::string>{"both", "casey", "gone"}));
  EXPECT_EQ(usernames({Role::administrator, "", std::nullopt}), (std::vector<std::string>{"both", "gone"}));
  // "manager" must not match "case_manager".
  EXPECT_EQ(usernames({Role::manager, "", std::nullopt}), (std::vector<std::string>{"both"}));
  EXPECT_EQ(usernames({std::nullopt, "west", std::nullopt}), (std::vector<std::string>{"both"}));
  EXPECT_EQ(usernames({std::nullopt, "", false}), (std::vector<std::string>{"gone"}));
  EXPECT_EQ(usernames({std::nullopt, "", true}), (std::vector<std::string>{"both", "casey"}));
}

TEST(Accounts, DisablingEndsEverySessionAtOnce) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  auto sam = create(*connection, "sam", settings_for("Sam Example", {Role::case_manager})).staff;
  auto other = create(*connection, "other", settings_for("Someone Else", {Role::case_manager})).staff;
  auto first = access::start_session(*connection, sam, 1000);
  auto second = access::start_session(*connection, sam, 1000);
  auto kept = access::start_session(*connection, other, 1000);
  ASSERT_TRUE(access::disable_account(*connection, "sam").ok());
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM sessions WHERE staff_id = ?", {sam.id})->integer(0), 0);
  EXPECT_FALSE(access::resume_session(*connection, first.token, 1001, {}));
  EXPECT_FALSE(access::resume_session(*connection, second.token, 1001, {}));
  EXPECT_TRUE(access::resume_session(*connection, kept.token, 1001, {}));
  EXPECT_FALSE(access::find_account(*connection, "sam")->staff.active);
  EXPECT_EQ(access::disable_account(*connection, "nobody").error().kind, ErrorKind::not_found);
}

TEST(Accounts, ReviewListsAccountsUnusedForNinetyDays) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  for (const char* username : {"recent", "stale", "never", "newcomer", "disabled"}) {
    create(*connection, username, settings_for(username, {Role::case_manager}));
  }
  std::int64_t now = 2'000'000'000;
  auto set = [&](const char* username, const char* column, std::int64_t when) {
    connection->execute("UPDATE staff SET " + std::string(column) + " = ? WHERE username = ?",
                        {to_iso_instant(when), std::string(username)});
  };
  for (const char* username : {"recent", "stale", "never", "disabled"}) set(username, "created_at", now - 400 * day);
  set("newcomer", "created_at", now - 10 * day);
  access::record_sign_in(*connection, access::find_account(*connection, "recent")->staff.id, now - 89 * day);
  access::record_sign_in(*connection, access::find_account(*connection, "stale")->staff.id, now - 91 * day);
  set("disabled", "last_sign_in_at", now - 200 * day);
  access::disable_account(*connection, "disabled");

  std::vector<std::string> listed;
  for (const auto& account : access::accounts_for_review(*connection, now)) listed.push_back(account.staff.username);
  EXPECT_EQ(listed, (std::vector<std::string>{"never", "stale"}));
  EXPECT_EQ(access::find_account(*connection, "recent")->last_sign_in_at, to_iso_instant(now - 89 * day));
}

TEST(Accounts, ResetPasswordGivesAGeneratedOneThatMustBeChanged) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  auto sam = create(*connection, "sam", settings_for("Sam Example", {Role::case_manager})).staff;
  auto session = access::start_session(*connection, sam, 1000);
  access::record_sign_in_failure(*connection, "sam", "192.0.2.1", 1000);
  auto reset = access::reset_password(*connection, "sam");
  ASSERT_TRUE(reset.ok());
  EXPECT_EQ(reset->size(), 19u);
  auto stored = access::find_staff_with_password_hash(*connection, "sam");
  EXPECT_TRUE(access::verify_password(stored->second, reset.value()));
  EXPECT_TRUE(stored->first.must_change_password);
  EXPECT_FALSE(access::resume_session(*connection, session.token, 1001, {}));
  EXPECT_EQ(access::clear_sign_in_failures(*connection, "sam"), 0);
  EXPECT_NE(access::generate_password(), access::generate_password());
}

TEST(Accounts, ChangingYourOwnPasswordChecksTheCurrentOneAndEndsOtherSessions) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  auto sam = create(*connection, "sam", settings_for("Sam Example", {Role::case_manager}), true).staff;
  auto here = access::start_session(*connection, sam, 1000);
  auto elsewhere = access::start_session(*connection, sam, 1000);

  auto wrong = access::change_own_password(*connection, sam, "not my password", "a brand new pass phrase", here.token);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().kind, ErrorKind::forbidden);
  auto weak = access::change_own_password(*connection, sam, password, "short", here.token);
  ASSERT_FALSE(weak.ok());
  EXPECT_EQ(weak.error().kind, ErrorKind::invalid);
  auto same = access::change_own_password(*connection, sam, password, password, here.token);
  EXPECT_FALSE(same.ok());
  EXPECT_TRUE(access::find_account(*connection, "sam")->staff.must_change_password);
  EXPECT_TRUE(access::resume_session(*connection, elsewhere.token, 1001, {}));

  ASSERT_TRUE(access::change_own_password(*connection, sam, password, "a brand new pass phrase", here.token).ok());
  EXPECT_FALSE(access::find_account(*connection, "sam")->staff.must_change_password);
  EXPECT_TRUE(access::resume_session(*connection, here.token, 1001, {}));
  EXPECT_FALSE(access::resume_session(*connection, elsewhere.token, 1001, {}));
  auto stored = access::find_staff_with_password_hash(*connection, "sam");
  EXPECT_TRUE(access::verify_password(stored->second, "a brand new pass phrase"));
}

TEST(Teams, AddUpdateDeactivateWithTheirDistricts) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  add_places(*connection);
  reference::add_team(*connection, {"all", "All of West Kent", true, {"TONBRIDGE", "MAIDSTONE"}});
  auto teams = reference::list_teams(*connection);
  ASSERT_EQ(teams.size(), 2u);
  EXPECT_EQ(teams[0].code, "all");
  EXPECT_EQ(teams[0].district_codes, (std::vector<std::string>{"MAIDSTONE", "TONBRIDGE"}));
  EXPECT_EQ(teams[1].district_codes, (std::vector<std::string>{"MAIDSTONE"}));

  EXPECT_TRUE(reference::update_team(*connection, "west", "West Team", {"TONBRIDGE"}));
  auto west = reference::find_team(*connection, "west");
  EXPECT_EQ(west->name, "West Team");
  EXPECT_EQ(west->district_codes, (std::vector<std::string>{"TONBRIDGE"}));
  EXPECT_TRUE(reference::set_team_active(*connection, "west", false));
  EXPECT_FALSE(reference::find_team(*connection, "west")->active);
  EXPECT_FALSE(reference::update_team(*connection, "nope", "Nope", {}));
  EXPECT_FALSE(reference::set_team_active(*connection, "nope", false));
  EXPECT_FALSE(reference::find_team(*connection, "nope"));
  EXPECT_THROW(reference::add_team(*connection, {"west", "Again", true, {}}), store::UniqueViolation);
}

TEST(Places, DistrictsAndAreasAreRenamedByCode) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  add_places(*connection);
  EXPECT_TRUE(reference::rename_district(*connection, "MAIDSTONE", "Maidstone Borough"));
  EXPECT_TRUE(reference::rename_area(*connection, "WEST", "Kent West"));
  EXPECT_FALSE(reference::rename_district(*connection, "NOWHERE", "Nowhere"));
  auto district = reference::find_district(*connection, "MAIDSTONE");
  EXPECT_EQ(district->name, "Maidstone Borough");
  EXPECT_EQ(district->area_name, "Kent West");
  EXPECT_THROW(reference::rename_district(*connection, "MAIDSTONE", "Tab\there"), std::invalid_argument);
}

TEST(ServiceSettings, DefaultsUntilChangedAndIgnoresValuesOutOfRange) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  EXPECT_EQ(reference::setting_value(*connection, reference::break_glass_hours), 24);
  reference::set_setting_value(*connection, reference::break_glass_hours, 8);
  EXPECT_EQ(reference::setting_value(*connection, reference::break_glass_hours), 8);
  reference::set_setting_value(*connection, reference::break_glass_hours, 12);
  EXPECT_EQ(reference::setting_value(*connection, reference::break_glass_hours), 12);
  connection->execute("UPDATE service_settings SET value = '9999' WHERE name = 'break_glass_hours'");
  EXPECT_EQ(reference::setting_value(*connection, reference::break_glass_hours), 24);
}

}  // namespace
}  // namespace pathway
