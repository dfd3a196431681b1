// The checks on the account and team forms, without a database.
#include "admin/account_form.h"

#include <gtest/gtest.h>

#include "admin/team_form.h"

namespace pathway {
namespace {

using access::Role;
using access::ScopeKind;

admin::AccountChoices choices() {
  admin::AccountChoices known;
  known.teams = {{"north", "North Team", true, {"DARTFORD"}}, {"old", "Old Team", false, {"DOVER"}}};
  known.districts = {{"DARTFORD", "Dartford", "NORTH", "North Kent"}, {"DOVER", "Dover", "SOUTH", "South Kent"}};
  known.areas = {{"NORTH", "North Kent"}, {"SOUTH", "South Kent"}};
  access::Account boss;
  boss.staff.username = "boss";
  boss.staff.active = true;
  access::Account gone;
  gone.staff.username = "gone";
  gone.staff.active = false;
  known.accounts = {boss, gone};
  return known;
}

admin::AccountForm form() {
  admin::AccountForm typed;
  typed.username = "New.Person";
  typed.display_name = "  New Person ";
  typed.roles = {"administrator", "case_manager"};
  typed.team = "north";
  typed.line_manager = "boss";
  typed.fte_percent = "80";
  typed.caseload_capacity = "10";
  typed.scope = "team:north";
  return typed;
}

std::vector<std::string> fields(const admin::AccountValidation& checked) {
  std::vector<std::string> named;
  for (const auto& error : checked.errors) named.push_back(error.field);
  return named;
}

TEST(AccountForm, AcceptsAGoodFormPuttingPracticeRolesBeforeAdministrator) {
  auto checked = admin::validate_account_form(form(), choices(), nullptr);
  ASSERT_TRUE(checked.settings) << checked.errors.front().text;
  EXPECT_EQ(checked.settings->display_name, "New Person");
  EXPECT_EQ(checked.settings->roles, (std::vector<Role>{Role::case_manager, Role::administrator}));
  EXPECT_EQ(checked.settings->fte_percent, 80);
  // Only a manager has a scope: the select's value is ignored for anyone else.
  EXPECT_EQ(checked.settings->scope_kind, ScopeKind::none);
}

TEST(AccountForm, AManagerNeedsAScopeThatExists) {
  auto typed = form();
  typed.roles = {"manager"};
  for (std::string scope : {"", "team:nowhere", "district:NORTH", "service:x", "area"}) {
    typed.scope = scope;
    EXPECT_EQ(fields(admin::validate_account_form(typed, choices(), nullptr)), (std::vector<std::string>{"scope"}))
        << scope;
  }
  typed.scope = "area:SOUTH";
  auto checked = admin::validate_account_form(typed, choices(), nullptr);
  ASSERT_TRUE(checked.settings);
  EXPECT_EQ(checked.settings->scope_kind, ScopeKind::area);
  EXPECT_EQ(checked.settings->scope_code, "SOUTH");
  typed.scope = "service";
  EXPECT_EQ(admin::validate_account_form(typed, choices(), nullptr).settings->scope_kind, ScopeKind::service);
}

TEST(AccountForm, RefusesEachMistakeInFormOrder) {
  admin::AccountForm typed;
  typed.username = "new";
  typed.roles = {"wizard"};
  typed.team = "old";
  typed.line_manager = "gone";
  typed.fte_percent = "101";
  typed.caseload_capacity = "-1";
  typed.password = "password";
  EXPECT_EQ(fields(admin::validate_account_form(typed, choices(), nullptr)),
            (std::vector<std::string>{"username", "display-name", "roles", "team", "line-manager", "fte", "capacity",
                                      "password"}));
}

TEST(AccountForm, KeepsAnInactiveTeamOrLineManagerTheAccountAlreadyHas) {
  access::Account existing;
  existing.staff.username = "someone";
  existing.settings.team_code = "old";
  existing.settings.line_manager = "gone";
  auto typed = form();
  typed.team = "old";
  typed.line_manager = "gone";
  EXPECT_TRUE(admin::validate_account_form(typed, choices(), &existing).settings);
  typed.line_manager = "someone";
  EXPECT_EQ(fields(admin::validate_account_form(typed, choices(), &existing)),
            (std::vector<std::string>{"line-manager"}));
}

TEST(TeamForm, NeedsAFreeCodeAUniqueNameAndKnownDistricts) {
  auto known = choices();
  auto checked = admin::validate_team_form({" South ", "South Team", {"DOVER"}}, known.teams, known.districts, nullptr);
  ASSERT_TRUE(checked.team);
  EXPECT_EQ(checked.team->code, "south");
  auto refused = admin::validate_team_form({"north", "Old Team", {"NOWHERE"}}, known.teams, known.districts, nullptr);
  ASSERT_EQ(refused.errors.size(), 3u);
  EXPECT_EQ(refused.errors[2].target, "district-DARTFORD");
  // Renaming keeps the code, and a team may keep its own name.
  auto renamed = admin::validate_team_form({"ignored", "North Team", {"DOVER", "DARTFORD"}}, known.teams,
                                           known.districts, &known.teams[0]);
  ASSERT_TRUE(renamed.team);
  EXPECT_EQ(renamed.team->code, "north");
  EXPECT_EQ(renamed.team->district_codes, (std::vector<std::string>{"DARTFORD", "DOVER"}));
}

}  // namespace
}  // namespace pathway
