// The deadline engine against the store, on both backends: the seeded calendar, tasks
// created from the justice record, moved when the trigger's date changes, closed by the
// closing event, withdrawn (and kept) when the trigger goes; a changed rule or bank holiday
// moving open tasks but not done ones; and "My work" listing a task only to the worker
// allocated in its case role.
#include <gtest/gtest.h>

#include "allocation/allocation_repository.h"
#include "children/child_repository.h"
#include "deadlines/bank_holidays.h"
#include "deadlines/refresh.h"
#include "deadlines/rule_delays.h"
#include "deadlines/task_records.h"
#include "deadlines/work_lists.h"
#include "justice/court_record.h"
#include "justice/offences.h"
#include "justice/outcomes.h"
#include "practice/assessments/assessment_templates.h"
#include "practice/assessments/assessments.h"
#include "practice/contacts/appointments.h"
#include "reference/geography.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;
using access::Role;
using deadlines::TaskStatus;

constexpr std::int64_t now = 1'790'000'000;

class DeadlineTasks : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    connection->execute("INSERT INTO teams (code, name) VALUES ('WEST_UNIT', 'West unit')");
    connection->execute("INSERT INTO team_districts (team_code, district_code) VALUES ('WEST_UNIT', 'MAIDSTONE')");
    auto child = children::create_child(*connection,
                                        {"Sam", "Deadline", year{2010} / 3 / 27, children::Sex::male, "WBRI",
                                         "MAIDSTONE", children::LookedAfter::unknown},
                                        "tester");
    child_id = child.id;
    connection->execute("UPDATE children SET holding_team_code = 'WEST_UNIT' WHERE id = ?", {child_id});
    offence_id = justice::create_offence(*connection, child_id, {year{2026} / 11 / 1, "robbery", 5, "A phone"}, {});
  }

  std::int64_t referral_order(Date made) {
    auto connection = test_.database().acquire();
    return justice::create_outcome(*connection, child_id, {made, "referral_order", {offence_id}, {}, {}, 6});
  }

  // The child's tasks after a refresh; only those of `rule` when one is named.
  std::vector<deadlines::StoredTask> refreshed(std::string_view rule = "") {
    auto connection = test_.database().acquire();
    store::Transaction transaction(*connection);
    deadlines::refresh_child(*connection, child_id);
    transaction.commit();
    return of_rule(deadlines::load_tasks(*connection, child_id), rule);
  }

  static std::vector<deadlines::StoredTask> of_rule(std::vector<deadlines::StoredTask> tasks, std::string_view rule) {
    if (rule.empty()) return tasks;
    std::erase_if(tasks, [rule](const deadlines::StoredTask& stored) { return stored.task.rule_code != rule; });
    return tasks;
  }

  void sql(std::string_view statement, std::initializer_list<store::Value> params) {
    auto connection = test_.database().acquire();
    connection->execute(statement, params);
  }

  testing::TestDatabase test_;
  std::int64_t child_id = 0;
  std::int64_t offence_id = 0;
};

TEST_F(DeadlineTasks, TheCalendarIsSeededFromTheFileAndEditable) {
  auto connection = test_.database().acquire();
  auto holidays = deadlines::list_bank_holidays(*connection);
  ASSERT_EQ(holidays.size(), 131u);
  EXPECT_EQ(holidays.front().date, year{2015} / 1 / 1);
  auto coronation = deadlines::find_bank_holiday(*connection, year{2023} / 5 / 8);
  ASSERT_TRUE(coronation);
  EXPECT_EQ(coronation->name, "Bank holiday for the coronation of King Charles III");
  EXPECT_TRUE(deadlines::remove_bank_holiday(*connection, year{2023} / 5 / 8));
  EXPECT_FALSE(deadlines::remove_bank_holiday(*connection, year{2023} / 5 / 8));
  EXPECT_TRUE(deadlines::load_calendar(*connection).is_working_day(year{2023} / 5 / 8));
}

TEST_F(DeadlineTasks, ARecordedTriggerMakesATaskItsDateMovesItItsClosingClosesItAndItsDeletionWithdrawsIt) {
  std::int64_t order = referral_order(year{2026} / 12 / 23);
  // The first appointment and the first panel.
  ASSERT_EQ(refreshed().size(), 2u);
  auto tasks = refreshed("referral_order_first_panel");
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].task.subject, "outcome:" + std::to_string(order));
  EXPECT_EQ(tasks[0].status, TaskStatus::open);
  EXPECT_EQ(tasks[0].task.due_on, year{2027} / 1 / 25);

  sql("UPDATE outcomes SET outcome_date = '2027-03-25' WHERE id = ?", {order});
  tasks = refreshed("referral_order_first_panel");
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].task.trigger_date, year{2027} / 3 / 25);
  EXPECT_EQ(tasks[0].task.due_on, year{2027} / 4 / 26);

  sql("UPDATE outcomes SET start_date = '2027-04-27' WHERE id = ?", {order});
  tasks = refreshed("referral_order_first_panel");
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].status, TaskStatus::done);
  EXPECT_EQ(tasks[0].task.closed_on, year{2027} / 4 / 27);  // a day late

  sql("DELETE FROM outcome_offences WHERE outcome_id = ?", {order});
  sql("DELETE FROM outcome_courts WHERE outcome_id = ?", {order});
  sql("DELETE FROM outcomes WHERE id = ?", {order});
  tasks = refreshed("referral_order_first_panel");
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].status, TaskStatus::withdrawn);
  EXPECT_EQ(tasks[0].task.due_on, year{2027} / 4 / 26);
  EXPECT_EQ(refreshed("referral_order_first_panel")[0].status, TaskStatus::withdrawn);  // and stays so
}

TEST_F(DeadlineTasks, ACourtReportIsDueBeforeItsHearingAndClosedWhenSubmitted) {
  std::int64_t report = 0;
  {
    auto connection = test_.database().acquire();
    std::int64_t hearing =
        justice::create_hearing(*connection, child_id, {"Maidstone Youth Court", year{2022} / 1 / 5, "sentence"});
    report = justice::ask_for_report(*connection, child_id,
                                     {hearing, "pre_sentence", year{2021} / 12 / 1, year{2022} / 1 / 4});
  }
  auto tasks = refreshed();
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].task.subject, "court_report:" + std::to_string(report));
  EXPECT_EQ(tasks[0].task.due_on, year{2021} / 12 / 31);
  {
    auto connection = test_.database().acquire();
    auto stored = justice::reports_of_child(*connection, child_id).at(0);
    stored.status = "submitted";
    stored.submitted_on = year{2021} / 12 / 30;
    stored.assessment_on = year{2021} / 12 / 10;
    justice::record_report_progress(*connection, stored);
  }
  tasks = refreshed();
  EXPECT_EQ(tasks[0].status, TaskStatus::done);
  EXPECT_EQ(tasks[0].task.closed_on, year{2021} / 12 / 30);
}

TEST_F(DeadlineTasks, AChangedRuleOrBankHolidayMovesOpenTasksButNotDoneOnes) {
  std::int64_t done = referral_order(year{2026} / 12 / 23);
  sql("UPDATE outcomes SET start_date = '2027-01-20' WHERE id = ?", {done});
  referral_order(year{2027} / 3 / 25);
  refreshed();
  auto connection = test_.database().acquire();
  store::Transaction transaction(*connection);
  auto rules = deadlines::rules_in_use(*connection);
  const auto* panel = deadlines::rule_in_force(rules, "referral_order_first_panel", year{2027} / 1 / 1);
  ASSERT_NE(panel, nullptr);
  deadlines::set_rule_delay(*connection, *panel, {15, deadlines::DelayUnit::working_days, false}, "admin",
                            "2027-01-01T00:00:00Z");
  deadlines::refresh_all(*connection);
  auto tasks = of_rule(deadlines::load_tasks(*connection, child_id), "referral_order_first_panel");
  ASSERT_EQ(tasks.size(), 2u);
  EXPECT_EQ(tasks[0].status, TaskStatus::done);
  EXPECT_EQ(tasks[0].task.due_on, year{2027} / 1 / 25);  // judged against the rule of its time
  EXPECT_EQ(tasks[1].status, TaskStatus::open);
  EXPECT_EQ(tasks[1].task.due_on, year{2027} / 4 / 19);  // 15 working days after, Easter skipped

  deadlines::add_bank_holiday(*connection, {year{2027} / 4 / 16, "A day proclaimed"});
  deadlines::refresh_all(*connection);
  tasks = of_rule(deadlines::load_tasks(*connection, child_id), "referral_order_first_panel");
  EXPECT_EQ(tasks[1].task.due_on, year{2027} / 4 / 20);
  transaction.commit();
}

TEST_F(DeadlineTasks, MyWorkListsATaskToTheWorkerAllocatedInItsCaseRoleOnly) {
  auto connection = test_.database().acquire();
  auto add = [&](const std::string& username, Role role, access::ScopeKind scope = access::ScopeKind::none) {
    auto added = access::add_staff_member(*connection, {.username = username, .display_name = username, .role = role,
                                                        .password = "correct horse battery staple",
                                                        .team_code = "WEST_UNIT", .scope_kind = scope,
                                                        .scope_code = scope == access::ScopeKind::none ? "" : "WEST_UNIT"});
    EXPECT_TRUE(added.ok());
    return added.value();
  };
  auto lead = add("west.lead", Role::manager, access::ScopeKind::team);
  auto amara = add("amara", Role::case_manager);
  auto dan = add("dan", Role::case_manager);
  ASSERT_TRUE(allocation::allocate_case_manager(
                  *connection, lead, {child_id, "amara", allocation::CaseRole::case_manager,
                                      allocation::Intensity::standard, ""},
                  now)
                  .ok());
  connection.reset();
  std::int64_t order = referral_order(year{2026} / 12 / 23);
  refreshed();
  connection = test_.database().acquire();
  auto mine = deadlines::open_tasks_of(*connection, amara.id, amara, now);
  // The first appointment (due first) and the first panel.
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0].title, "First appointment on a referral order");
  EXPECT_EQ(mine[0].due_on, year{2027} / 1 / 4);  // 24, 29, 30, 31 December, 4 January
  EXPECT_EQ(mine[1].title, "First referral order panel");
  EXPECT_EQ(mine[1].due_on, year{2027} / 1 / 25);
  EXPECT_EQ(deadlines::where_recorded(mine[1]),
            "/children/" + mine[1].child_public_id + "/outcomes/" + std::to_string(order));
  EXPECT_TRUE(deadlines::open_tasks_of(*connection, dan.id, dan, now).empty());
  EXPECT_EQ(deadlines::open_tasks_of(*connection, amara.id, lead, now).size(), 2u);  // her manager sees them
  auto counts = deadlines::due_counts(mine, year{2027} / 1 / 20);
  EXPECT_EQ(counts.overdue, 1);  // the first appointment
  EXPECT_EQ(counts.this_week, 1);
  EXPECT_EQ(deadlines::due_counts(mine, year{2027} / 1 / 26).overdue, 2);
}

// The assessments feature's source (practice/assessments/deadline_sources.h): a completed
// youth justice assessment closes the assessment owed after a youth conditional caution;
// a draft or a screening does not.
TEST_F(DeadlineTasks, ACompletedYouthJusticeAssessmentClosesTheTaskOfAssessingAfterACaution) {
  auto connection = test_.database().acquire();
  justice::create_outcome(*connection, child_id, {year{2026} / 11 / 2, "youth_conditional_caution", {offence_id}, {}, {}, {}});
  auto tasks = refreshed();
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].task.rule_code, "out_of_court_assessment");
  EXPECT_EQ(tasks[0].status, TaskStatus::open);

  auto worker = access::add_staff_member(*connection, {.username = "assessor", .display_name = "Assessor",
                                                       .role = Role::case_manager,
                                                       .password = "correct horse battery staple"});
  ASSERT_TRUE(worker.ok());
  auto template_of = [&](std::string_view kind) {
    for (const auto& version : practice::latest_templates(*connection)) {
      if (version.kind == kind) return version.id;
    }
    return std::int64_t{0};
  };
  auto screening = practice::create_assessment(*connection, child_id, template_of("ete"), worker.value().id,
                                               year{2026} / 11 / 3, std::nullopt, {});
  practice::mark_completed(*connection, screening, year{2026} / 11 / 4);
  auto assessment = practice::create_assessment(*connection, child_id, template_of("youth_justice"), worker.value().id,
                                                year{2026} / 11 / 3, std::nullopt, {});
  EXPECT_EQ(refreshed()[0].status, TaskStatus::open);  // a screening and a draft answer nothing

  practice::mark_completed(*connection, assessment, year{2026} / 11 / 10);
  tasks = refreshed();
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].status, TaskStatus::done);
  EXPECT_EQ(tasks[0].task.closed_on, year{2026} / 11 / 10);
}

// The appointments feature's source (practice/contacts/deadline_sources.h): the first
// appointment the child attends after a referral order is made closes the task of seeing
// them; a missed one does not.
TEST_F(DeadlineTasks, AnAttendedAppointmentClosesTheFirstAppointmentOnAReferralOrder) {
  referral_order(year{2026} / 11 / 2);
  auto tasks = refreshed("referral_order_first_appointment");
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].status, TaskStatus::open);
  EXPECT_EQ(tasks[0].task.due_on, year{2026} / 11 / 9);  // 5 working days after a Monday

  auto connection = test_.database().acquire();
  auto worker = access::add_staff_member(*connection, {.username = "seer", .display_name = "Seer",
                                                       .role = Role::case_manager,
                                                       .password = "correct horse battery staple"});
  ASSERT_TRUE(worker.ok());
  auto appointment = [&](Date day, std::string status) {
    practice::AppointmentPlan plan{worker.value().id, "supervision", day, 600, 60, "Office", "Sam"};
    auto id = practice::schedule_appointment(*connection, child_id, plan, "seer");
    practice::record_appointment_outcome(*connection, id, {.status = status, .reason = status == "attended" ? "" : "Did not come"},
                                         std::nullopt, "seer");
  };
  appointment(year{2026} / 11 / 4, "unacceptable_absence");
  EXPECT_EQ(refreshed("referral_order_first_appointment")[0].status, TaskStatus::open);
  appointment(year{2026} / 11 / 11, "attended");
  tasks = refreshed("referral_order_first_appointment");
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].status, TaskStatus::done);
  EXPECT_EQ(tasks[0].task.closed_on, year{2026} / 11 / 11);  // two days late
}

}  // namespace
}  // namespace pathway
