// Appointments and contacts in the store, on both backends: scheduled, rescheduled,
// cancelled and recorded as written; a practitioner's coming appointments with the child's
// initials; the contact check against the intensity's expectation, as an administrator
// sets it; two missed appointments in a row as an attendance change; and calendar
// addresses kept only as a hash, revoked by making a new one or stopping it.
#include <gtest/gtest.h>

#include "access/accounts.h"
#include "children/child_repository.h"
#include "core/clock.h"
#include "core/random.h"
#include "practice/contacts/appointments.h"
#include "practice/contacts/calendar_addresses.h"
#include "practice/contacts/contact_monitoring.h"
#include "reference/geography.h"
#include "test_database.h"

namespace pathway {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date on(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

class ContactsStore : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    auto added = access::add_staff_member(*connection, {.username = "amara", .display_name = "Amara Nwosu",
                                                        .role = access::Role::case_manager,
                                                        .password = "correct horse battery staple"});
    ASSERT_TRUE(added.ok());
    amara = added.value().id;
    child_id = children::create_child(*connection,
                                      {"Jade", "Smith", on(2010, 5, 1), children::Sex::female, "WBRI", "MAIDSTONE",
                                       children::LookedAfter::no},
                                      "tester")
                   .id;
    connection->execute("INSERT INTO case_workers (child_id, staff_id, case_role, started_at, allocated_by, intensity)"
                        " VALUES (?, ?, 'case_manager', '2026-01-05T09:00:00Z', 'tester', 'enhanced')",
                        {child_id, amara});
  }

  std::int64_t schedule(Date date, int minute = 10 * 60) {
    return practice::schedule_appointment(*test_.database().acquire(), child_id,
                                          {amara, "supervision", date, minute, 60, "Maidstone office", "Mum"}, "amara");
  }

  void record(std::int64_t id, const std::string& status) {
    practice::AppointmentOutcome outcome;
    outcome.status = status;
    outcome.reason = status == "attended" ? "" : "Did not come";
    outcome.engagement = status == "attended" ? "good" : "";
    practice::record_appointment_outcome(*test_.database().acquire(), id, outcome, std::nullopt, "amara");
  }

  testing::TestDatabase test_;
  std::int64_t amara = 0;
  std::int64_t child_id = 0;
};

TEST_F(ContactsStore, AppointmentsReadBackAsWritten) {
  auto connection = test_.database().acquire();
  auto first = schedule(on(2026, 3, 2));
  auto second = schedule(on(2026, 3, 9), 14 * 60 + 30);
  auto third = schedule(on(2026, 3, 16));
  practice::reschedule_appointment(*connection, second,
                                   {amara, "home_visit", on(2026, 3, 10), 15 * 60, 45, "Home", ""});
  practice::cancel_appointment(*connection, third, "Child in hospital");
  practice::AppointmentOutcome outcome{"attended", "", "Jade and her mum", "Office", 50, "some",
                                       "Talked about school", "programme_session", "Choices", "substance_misuse"};
  practice::record_appointment_outcome(*connection, first, outcome, std::nullopt, "amara");

  auto all = practice::appointments_of_child(*connection, child_id);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].id, third);  // latest first
  EXPECT_EQ(all[0].status, "cancelled");
  EXPECT_EQ(all[0].status_reason, "Child in hospital");
  EXPECT_EQ(all[1].plan, (practice::AppointmentPlan{amara, "home_visit", on(2026, 3, 10), 15 * 60, 45, "Home", ""}));
  EXPECT_EQ(all[1].practitioner_name, "Amara Nwosu");
  ASSERT_TRUE(all[2].outcome);
  EXPECT_EQ(all[2].outcome->minutes, 50);
  EXPECT_EQ(all[2].outcome->programme, "Choices");
  EXPECT_EQ(all[2].outcome->need_area, "substance_misuse");
  EXPECT_TRUE(all[2].outcome_at);
  EXPECT_FALSE(practice::find_appointment(*connection, child_id + 1, first));

  // A recorded outcome is not recorded over, nor an appointment done rescheduled.
  practice::record_appointment_outcome(*connection, first, {"unacceptable_absence", "x"}, std::nullopt, "amara");
  practice::reschedule_appointment(*connection, first, {amara, "other", on(2026, 4, 1), 0, 5, "Elsewhere", ""});
  auto again = practice::find_appointment(*connection, child_id, first);
  EXPECT_EQ(again->status, "attended");
  EXPECT_EQ(again->plan.starts_on, on(2026, 3, 2));
}

TEST_F(ContactsStore, ComingAppointmentsGiveTheChildsInitials) {
  auto connection = test_.database().acquire();
  schedule(on(2026, 3, 2));
  auto later = schedule(on(2026, 3, 20));
  auto sooner = schedule(on(2026, 3, 12));
  practice::cancel_appointment(*connection, schedule(on(2026, 3, 15)), "Moved");
  auto coming = practice::coming_appointments(*connection, amara, on(2026, 3, 10), 10);
  ASSERT_EQ(coming.size(), 2u);
  EXPECT_EQ(coming[0].appointment.id, sooner);
  EXPECT_EQ(coming[1].appointment.id, later);
  EXPECT_EQ(coming[0].child_initials, "J.S.");
  EXPECT_EQ(practice::coming_appointments(*connection, amara, on(2026, 3, 10), 1).size(), 1u);
}

TEST_F(ContactsStore, TheContactCheckFollowsTheIntensityAndTheAdministratorsExpectation) {
  auto connection = test_.database().acquire();
  record(schedule(on(2026, 3, 3)), "attended");
  // Enhanced: 1 in 7 days by default.
  auto check = practice::contact_check(*connection, child_id, on(2026, 3, 9));
  ASSERT_TRUE(check);
  EXPECT_EQ(check->intensity, allocation::Intensity::enhanced);
  EXPECT_TRUE(check->judged);
  EXPECT_EQ(check->seen, 1);
  EXPECT_TRUE(check->seen_as_planned);
  EXPECT_FALSE(practice::contact_check(*connection, child_id, on(2026, 3, 10))->seen_as_planned);
  EXPECT_EQ(practice::children_not_seen_as_planned(*connection, amara, on(2026, 3, 10)).size(), 1u);

  practice::set_contact_expectation(*connection, allocation::Intensity::enhanced, {1, 14}, "admin");
  EXPECT_EQ(practice::contact_expectation(*connection, allocation::Intensity::enhanced),
            (practice::ContactExpectation{1, 14}));
  EXPECT_TRUE(practice::contact_check(*connection, child_id, on(2026, 3, 10))->seen_as_planned);
  EXPECT_TRUE(practice::children_not_seen_as_planned(*connection, amara, on(2026, 3, 10)).empty());
}

TEST_F(ContactsStore, TwoMissedAppointmentsInARowAreAnAttendanceChange) {
  auto connection = test_.database().acquire();
  auto since = now_unix_seconds() - 1;
  record(schedule(on(2026, 3, 2)), "unacceptable_absence");
  record(schedule(on(2026, 3, 5)), "attended");
  record(schedule(on(2026, 3, 9)), "acceptable_absence");
  EXPECT_TRUE(practice::attendance_changes_since(*connection, child_id, since).empty());
  auto missed = schedule(on(2026, 3, 12));
  schedule(on(2026, 3, 20));  // still to come: not part of the run
  record(missed, "unacceptable_absence");
  auto changes = practice::attendance_changes_since(*connection, child_id, since);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].appointment_id, missed);
  EXPECT_EQ(changes[0].what, "Missed two appointments in a row: 9 March 2026 and 12 March 2026");
  EXPECT_TRUE(practice::attendance_changes_since(*connection, child_id, now_unix_seconds() + 10).empty());
}

TEST_F(ContactsStore, ACalendarAddressIsKeptAsAHashAndRevoked) {
  auto connection = test_.database().acquire();
  EXPECT_FALSE(practice::calendar_address_since(*connection, amara));
  auto secret = practice::issue_calendar_secret(*connection, amara);
  EXPECT_GE(secret.size(), 40u);
  EXPECT_EQ(connection->query_one("SELECT token_hash FROM calendar_feeds")->text(0), sha256_hex(secret));
  EXPECT_FALSE(connection->query_one("SELECT 1 FROM calendar_feeds WHERE token_hash = ?", {secret}));
  ASSERT_TRUE(practice::calendar_owner(*connection, secret));
  EXPECT_EQ(practice::calendar_owner(*connection, secret)->username, "amara");

  auto renewed = practice::issue_calendar_secret(*connection, amara);
  EXPECT_FALSE(practice::calendar_owner(*connection, secret));
  EXPECT_TRUE(practice::calendar_owner(*connection, renewed));
  EXPECT_TRUE(practice::revoke_calendar_secret(*connection, amara));
  EXPECT_FALSE(practice::calendar_owner(*connection, renewed));
  EXPECT_FALSE(practice::revoke_calendar_secret(*connection, amara));
}

}  // namespace
}  // namespace pathway
