// A child's circumstances and the early warnings worked out from the records, on both
// backends: the history kept newest first with who recorded each change, the circumstance
// on a day; each rule finding its change for the worse as soon as it is saved (a lost home,
// ETE ended, a flag raised, two missed appointments in a row, an offence once the child was
// known); who is shown a warning (the allocated worker, their line manager, a manager whose
// scope covers the case, never someone who may not open the record); and marking one seen,
// for that person only.
#include <gtest/gtest.h>

#include <algorithm>

#include "access/restricted_records.h"
#include "access/staff.h"
#include "children/child_repository.h"
#include "core/clock.h"
#include "practice/circumstances/circumstances.h"
#include "practice/early_warnings/early_warnings.h"
#include "practice/flags/flags.h"
#include "reference/geography.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using access::Role;
using access::ScopeKind;
using namespace std::chrono;

const children::ChangeAuthor amara_author{"amara", "Amara Nwosu"};

class EarlyWarnings : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    reference::add_district(*connection, {"THANET", "Thanet", "EAST", "East Kent"});
    connection->execute("INSERT INTO teams (code, name) VALUES ('WEST_UNIT', 'West unit'), ('EAST_UNIT', 'East unit')");
    connection->execute(
        "INSERT INTO team_districts (team_code, district_code) VALUES ('WEST_UNIT', 'MAIDSTONE'),"
        " ('EAST_UNIT', 'THANET')");
    east_lead = staff("east.lead", Role::manager, "EAST_UNIT", ScopeKind::team, "EAST_UNIT");
    west_lead = staff("west.lead", Role::manager, "WEST_UNIT", ScopeKind::team, "WEST_UNIT");
    // A senior practitioner of the West unit who supervises Amara: no manager's scope.
    supervisor = staff("supervisor", Role::case_manager, "WEST_UNIT", ScopeKind::none);
    amara = staff("amara", Role::case_manager, "WEST_UNIT", ScopeKind::none, "", supervisor.id);
    dan = staff("dan", Role::case_manager, "WEST_UNIT", ScopeKind::none);
    sam = child("Ward");
    allocate(sam, amara);
  }

  access::StaffMember staff(const std::string& username, Role role, const std::string& team, ScopeKind scope,
                            const std::string& scope_code = "", std::int64_t line_manager = 0) {
    auto connection = test_.database().acquire();
    auto added = access::add_staff_member(*connection, {.username = username,
                                                        .display_name = username,
                                                        .role = role,
                                                        .password = "correct horse battery staple",
                                                        .team_code = team,
                                                        .scope_kind = scope,
                                                        .scope_code = scope_code,
                                                        .line_manager_id = line_manager});
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.value();
  }

  children::Child child(const std::string& family) {
    auto connection = test_.database().acquire();
    auto made = children::create_child(*connection,
                                       {"Sam", family, Date{year{2010} / 3 / 27}, children::Sex::male, "WBRI",
                                        "MAIDSTONE", children::LookedAfter::unknown},
                                       "tester");
    // Held by the West unit; known to the service for a month.
    connection->execute("UPDATE children SET holding_team_code = 'WEST_UNIT', created_at = ? WHERE id = ?",
                        {to_iso_instant(now_unix_seconds() - 30 * 24 * 3600), made.id});
    return made;
  }

  void allocate(const children::Child& who, const access::StaffMember& worker) {
    auto connection = test_.database().acquire();
    connection->execute(
        "INSERT INTO case_workers (child_id, staff_id, case_role, started_at, allocated_by)"
        " VALUES (?, ?, 'case_manager', '2026-01-05T09:00:00Z', 'west.lead')",
        {who.id, worker.id});
  }

  std::int64_t record(const children::Child& who, std::string kind, std::string status, std::string suitability,
                      Date from, std::optional<int> hours = std::nullopt) {
    auto connection = test_.database().acquire();
    return practice::record_circumstance(*connection, who.id,
                                         {std::move(kind), std::move(status), std::move(suitability), hours, from, ""},
                                         amara_author);
  }

  void appointment(const children::Child& who, const char* on, const char* status) {
    auto connection = test_.database().acquire();
    connection->execute(
        "INSERT INTO appointments (child_id, practitioner_id, kind, starts_on, start_time,"
        " planned_minutes, place, with_whom, status, created_by, created_at, outcome_by, outcome_at)"
        " VALUES (?, ?, 'supervision', ?, '10:00', 60, 'Office', '', ?, 'amara', ?, 'amara', ?)",
        {who.id, amara.id, std::string(on), std::string(status), to_iso_instant(now_unix_seconds()),
         to_iso_instant(now_unix_seconds())});
  }

  std::vector<std::string> rules_for(const access::StaffMember& viewer) {
    auto connection = test_.database().acquire();
    std::vector<std::string> rules;
    for (const auto& warning : practice::early_warnings_for(*connection, viewer, now_unix_seconds())) {
      rules.push_back(warning.rule);
    }
    return rules;
  }

  std::vector<practice::EarlyWarning> of_child(const children::Child& who) {
    auto connection = test_.database().acquire();
    return practice::early_warnings_of_child(*connection, who.id, now_unix_seconds());
  }

  testing::TestDatabase test_;
  access::StaffMember east_lead, west_lead, supervisor, amara, dan;
  children::Child sam;
};

TEST_F(EarlyWarnings, TheHistoryIsKeptNewestFirstWithWhoRecordedEachChange) {
  record(sam, "accommodation", "family_home", "suitable", year{2025} / 6 / 1);
  record(sam, "accommodation", "foster_care", "suitable", year{2026} / 10 / 12);
  record(sam, "ete", "school", "suitable", year{2025} / 9 / 3, 25);
  auto connection = test_.database().acquire();
  auto history = practice::circumstance_history(*connection, sam.id, "accommodation");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].details.status, "foster_care");
  EXPECT_EQ(history[1].details.status, "family_home");
  EXPECT_EQ(history[0].recorded_by_name, "Amara Nwosu");
  EXPECT_FALSE(history[0].recorded_at.empty());
  auto ete = practice::circumstance_history(*connection, sam.id, "ete");
  ASSERT_EQ(ete.size(), 1u);
  EXPECT_EQ(ete[0].details.hours, 25);

  EXPECT_EQ(practice::circumstance_on(*connection, sam.id, "accommodation", year{2026} / 1 / 1)->details.status,
            "family_home");
  EXPECT_EQ(practice::circumstance_on(*connection, sam.id, "accommodation", year{2026} / 10 / 12)->details.status,
            "foster_care");
  EXPECT_FALSE(practice::circumstance_on(*connection, sam.id, "accommodation", year{2025} / 5 / 31));
  EXPECT_FALSE(practice::circumstance_on(*connection, sam.id, "ete", year{2025} / 9 / 2));
}

TEST_F(EarlyWarnings, TheFirstCircumstanceIsWhereTheHistoryStartsNotAChange) {
  record(sam, "accommodation", "no_fixed_abode", "unsuitable", year{2026} / 11 / 1);
  record(sam, "ete", "none", "unsuitable", year{2026} / 11 / 1);
  EXPECT_TRUE(of_child(sam).empty());
  EXPECT_TRUE(rules_for(amara).empty());
}

TEST_F(EarlyWarnings, AChangeForTheWorseIsAWarningAsSoonAsItIsSavedSayingWhatAndWhen) {
  record(sam, "accommodation", "family_home", "suitable", year{2025} / 6 / 1);
  record(sam, "ete", "college", "suitable", year{2025} / 9 / 3, 16);
  EXPECT_TRUE(of_child(sam).empty()) << "no change for the worse yet";
  std::int64_t lost = record(sam, "accommodation", "no_fixed_abode", "unsuitable", year{2026} / 11 / 20);
  record(sam, "ete", "none", "unsuitable", year{2026} / 11 / 24);

  auto warnings = of_child(sam);
  ASSERT_EQ(warnings.size(), 2u);
  auto found =
      std::find_if(warnings.begin(), warnings.end(), [](const auto& w) { return w.rule == "accommodation_lost"; });
  ASSERT_NE(found, warnings.end());
  EXPECT_EQ(found->key, "circumstance:" + std::to_string(lost));
  EXPECT_EQ(found->title, "Accommodation lost");
  EXPECT_EQ(found->what, "Accommodation lost: was Living with parents or family, now No fixed abode");
  EXPECT_EQ(found->happened_on, Date{year{2026} / 11 / 20});
  EXPECT_NEAR(static_cast<double>(found->recorded_at), static_cast<double>(now_unix_seconds()), 60);
  EXPECT_EQ(found->href, "/children/" + sam.public_id + "/circumstances#accommodation-history");
  EXPECT_EQ(found->child_name, "Sam Ward");
  EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(), [](const auto& w) { return w.rule == "ete_ended"; }));
}

TEST_F(EarlyWarnings, ANewFlagTwoMissedAppointmentsAndAnOffenceOnceKnownAreWarnings) {
  {
    auto connection = test_.database().acquire();
    practice::raise_flag(*connection, sam.id,
                         {"child_criminal_exploitation", std::nullopt, year{2026} / 11 / 25, year{2027} / 2 / 25,
                          "Seen with older boys"},
                         amara_author);
    connection->execute(
        "INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)"
        " VALUES ('o-1', ?, '2026-11-27', 'robbery', 6, ?)",
        {sam.id, to_iso_instant(now_unix_seconds())});
  }
  appointment(sam, "2026-11-10", "attended");
  appointment(sam, "2026-11-17", "unacceptable_absence");
  EXPECT_EQ(of_child(sam).size(), 2u) << "one missed appointment is not yet a warning";
  appointment(sam, "2026-11-24", "unacceptable_absence");

  auto warnings = of_child(sam);
  std::set<std::string> rules;
  for (const auto& warning : warnings) rules.insert(warning.rule);
  EXPECT_EQ(rules, (std::set<std::string>{"flag_raised", "missed_appointments", "new_arrest"}));
  for (const auto& warning : warnings) {
    if (warning.rule == "flag_raised") {
      EXPECT_EQ(warning.what.rfind("New flag: Child criminal exploitation, from 25 November 2026", 0), 0u)
          << warning.what;
      EXPECT_EQ(warning.href, "/children/" + sam.public_id + "/flags");
    }
    if (warning.rule == "missed_appointments") {
      EXPECT_EQ(warning.what, "Missed two appointments in a row: 17 November 2026 and 24 November 2026");
      EXPECT_EQ(warning.happened_on, Date{year{2026} / 11 / 24});
    }
    if (warning.rule == "new_arrest") {
      EXPECT_EQ(warning.what, "New offence recorded: Robbery on 27 November 2026");
      EXPECT_EQ(warning.href, "/children/" + sam.public_id + "/offences");
    }
  }
}

TEST_F(EarlyWarnings, AnOffenceEnteredWithTheReferralIsHistoryNotAnArrest) {
  auto connection = test_.database().acquire();
  connection->execute("UPDATE children SET created_at = ? WHERE id = ?", {to_iso_instant(now_unix_seconds()), sam.id});
  connection->execute(
      "INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)"
      " VALUES ('o-1', ?, '2026-06-27', 'robbery', 6, ?)",
      {sam.id, to_iso_instant(now_unix_seconds())});
  connection->execute(
      "INSERT INTO remands (exchange_id, child_id, start_date, remand_type, created_at)"
      " VALUES ('r-1', ?, '2026-07-01', 'conditional_bail', ?)",
      {sam.id, to_iso_instant(now_unix_seconds())});
  EXPECT_TRUE(practice::early_warnings_of_child(*connection, sam.id, now_unix_seconds()).empty());
}

TEST_F(EarlyWarnings, TheWorkerTheirLineManagerAndTheManagersOverTheCaseSeeItNoOneElse) {
  record(sam, "accommodation", "family_home", "suitable", year{2025} / 6 / 1);
  record(sam, "accommodation", "temporary", "unsuitable", year{2026} / 11 / 20);
  EXPECT_EQ(rules_for(amara), std::vector<std::string>{"accommodation_lost"}) << "the allocated worker";
  EXPECT_EQ(rules_for(west_lead), std::vector<std::string>{"accommodation_lost"}) << "the team's manager";
  EXPECT_EQ(rules_for(supervisor), std::vector<std::string>{"accommodation_lost"})
      << "the worker's line manager, who is no manager";
  EXPECT_TRUE(rules_for(east_lead).empty()) << "a manager of another team";
  EXPECT_TRUE(rules_for(dan).empty()) << "a colleague not allocated";
  {
    auto connection = test_.database().acquire();
    connection->execute("UPDATE staff SET line_manager_id = ? WHERE id = ?", {east_lead.id, amara.id});
  }
  EXPECT_TRUE(rules_for(east_lead).empty()) << "a line manager who may not open the record is not shown it";
}

TEST_F(EarlyWarnings, ARestrictedRecordsWarningReachesOnlyThoseNamedOnIt) {
  record(sam, "accommodation", "family_home", "suitable", year{2025} / 6 / 1);
  record(sam, "accommodation", "no_fixed_abode", "unsuitable", year{2026} / 11 / 20);
  {
    auto connection = test_.database().acquire();
    connection->execute("UPDATE children SET restricted = 1 WHERE id = ?", {sam.id});
    connection->execute("INSERT INTO restricted_record_staff (child_id, staff_id) VALUES (?, ?)", {sam.id, amara.id});
  }
  EXPECT_EQ(rules_for(amara).size(), 1u) << "named on the record";
  EXPECT_TRUE(rules_for(west_lead).empty()) << "the manager is not named: the warning does not leak";
  EXPECT_TRUE(rules_for(supervisor).empty());
}

TEST_F(EarlyWarnings, MarkingSeenTakesAWarningOffThatPersonsPageOnly) {
  record(sam, "ete", "school", "suitable", year{2025} / 9 / 3, 25);
  record(sam, "ete", "none", "unsuitable", year{2026} / 11 / 24);
  auto connection = test_.database().acquire();
  auto warning = practice::early_warnings_for(*connection, amara, now_unix_seconds()).at(0);
  {
    store::Transaction transaction(*connection);
    EXPECT_TRUE(practice::acknowledge_early_warning(*connection, amara.id, warning));
    EXPECT_FALSE(practice::acknowledge_early_warning(*connection, amara.id, warning)) << "once is enough";
    transaction.commit();
  }
  EXPECT_TRUE(rules_for(amara).empty());
  EXPECT_EQ(rules_for(west_lead), std::vector<std::string>{"ete_ended"}) << "the manager has not seen it";
  auto seen = practice::acknowledgements_of(*connection, amara.id, sam.id);
  ASSERT_EQ(seen.count(warning.key), 1u);
  EXPECT_NEAR(static_cast<double>(seen[warning.key]), static_cast<double>(now_unix_seconds()), 60);
  EXPECT_EQ(of_child(sam).size(), 1u) << "the record still lists it";
}

TEST_F(EarlyWarnings, TheNewestRecordedComesFirst) {
  record(sam, "ete", "school", "suitable", year{2025} / 9 / 3, 25);
  record(sam, "accommodation", "family_home", "suitable", year{2025} / 6 / 1);
  std::int64_t ended = record(sam, "ete", "none", "unsuitable", year{2026} / 11 / 24);
  std::int64_t lost = record(sam, "accommodation", "temporary", "unsuitable", year{2026} / 10 / 1);
  auto connection = test_.database().acquire();
  // The home lost was recorded (late) after the ETE ended: it comes first, whatever its date.
  connection->execute("UPDATE child_circumstances SET recorded_at = ? WHERE id = ?",
                      {to_iso_instant(now_unix_seconds() - 3 * 24 * 3600), ended});
  connection->execute("UPDATE child_circumstances SET recorded_at = ? WHERE id = ?",
                      {to_iso_instant(now_unix_seconds() - 3600), lost});
  EXPECT_EQ(rules_for(amara), (std::vector<std::string>{"accommodation_lost", "ete_ended"}));
}

TEST_F(EarlyWarnings, AChangeRecordedBeforeTheWindowIsNoLongerOnTheHomePage) {
  record(sam, "ete", "school", "suitable", year{2025} / 9 / 3, 25);
  std::int64_t id = record(sam, "ete", "none", "unsuitable", year{2026} / 10 / 1);
  auto connection = test_.database().acquire();
  connection->execute("UPDATE child_circumstances SET recorded_at = ? WHERE id = ?",
                      {to_iso_instant(now_unix_seconds() - (practice::early_warning_days + 1) * 24 * 3600), id});
  EXPECT_TRUE(rules_for(amara).empty());
  EXPECT_EQ(of_child(sam).size(), 1u) << "the record lists it for a year";
}

}  // namespace
}  // namespace pathway
