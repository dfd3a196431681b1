// The shipped deadline rules against a table of worked dates that crosses weekends, bank
// holidays, the one-off days of 2022 and 2023 and year ends (each worked by hand from the
// calendar); rule versions chosen by the trigger's date; and the tasks planned from a
// child's events: closed by the event that answers them, on time or late.
#include <gtest/gtest.h>

#include "deadlines/event_kinds.h"
#include "deadlines/rules.h"
#include "deadlines/task_plan.h"
#include "england_and_wales_calendar.h"

namespace pathway {
namespace {

using namespace std::chrono;
using deadlines::DeadlineRule;
using deadlines::Delay;
using deadlines::DelayUnit;
namespace kinds = deadlines::kinds;

const DeadlineRule& shipped(std::string_view code) {
  for (const auto& rule : deadlines::default_rules()) {
    if (rule.code == code) return rule;
  }
  throw std::logic_error("no rule " + std::string(code));
}

struct WorkedDate {
  const char* rule;
  Date trigger;
  Date due;
  const char* why;
};

const WorkedDate worked_dates[] = {
    // Wednesday 23 December 2026: Christmas (Fri), Boxing Day's substitute (Mon 28th) and
    // New Year's Day (Fri) are skipped: 24, 29, 30, 31 Dec, then 16 days of January.
    {"referral_order_first_panel", year{2026} / 12 / 23, year{2027} / 1 / 25, "Christmas and New Year 2026-27"},
    {"referral_order_first_appointment", year{2026} / 12 / 23, year{2027} / 1 / 4, "24, 29, 30, 31 Dec, 4 Jan"},
    // Thursday 25 March 2027: Good Friday and Easter Monday skipped.
    {"referral_order_first_appointment", year{2027} / 3 / 25, year{2027} / 4 / 5, "Easter 2027"},
    {"referral_order_first_panel", year{2027} / 3 / 25, year{2027} / 4 / 26, "Easter 2027, 20 days"},
    // Wednesday 1 June 2022: the moved spring holiday (Thu 2nd) and the Platinum Jubilee (Fri 3rd).
    {"out_of_court_assessment", year{2022} / 6 / 1, year{2022} / 6 / 17, "Platinum Jubilee 2022"},
    // Friday 27 May 2022: Monday 30 May was a working day that year.
    {"referral_order_first_appointment", year{2022} / 5 / 27, year{2022} / 6 / 7, "30, 31 May, 1, 6, 7 June"},
    // Friday 16 September 2022: the State Funeral on Monday 19th.
    {"referral_order_first_appointment", year{2022} / 9 / 16, year{2022} / 9 / 26, "State Funeral 2022"},
    // Friday 5 May 2023: the Coronation on Monday 8th.
    {"out_of_court_assessment", year{2023} / 5 / 5, year{2023} / 5 / 22, "Coronation 2023"},
    // A hearing on Wednesday 5 January 2022: two working days before, across New Year's
    // Day's substitute (Monday 3rd) and the year end.
    {"court_report_before_hearing", year{2022} / 1 / 5, year{2021} / 12 / 31, "backwards over the year end"},
    // A hearing on Tuesday 30 December 2025: Boxing Day (Fri) and the weekend skipped.
    {"court_report_before_hearing", year{2025} / 12 / 30, year{2025} / 12 / 24, "backwards over Christmas"},
    // Release on 31 March 2027: one month before is the last day of February.
    {"accommodation_before_release", year{2027} / 3 / 31, year{2027} / 2 / 28, "a month back to a shorter month"},
    {"accommodation_before_release", year{2027} / 1 / 15, year{2026} / 12 / 15, "a month back over the year end"},
};

TEST(DeadlineRules, WorkedDatesAcrossBankHolidaysWeekendsAndYearEnds) {
  auto calendar = testing::england_and_wales();
  for (const auto& worked : worked_dates) {
    const auto& rule = shipped(worked.rule);
    EXPECT_EQ(deadlines::due_date(rule.delay, worked.trigger, calendar), worked.due)
        << worked.rule << " from " << to_iso(worked.trigger) << ": " << worked.why;
  }
}

TEST(DeadlineRules, CalendarDaysCountWeekendsAndHolidays) {
  auto calendar = testing::england_and_wales();
  EXPECT_EQ(deadlines::due_date({10, DelayUnit::calendar_days, false}, year{2026} / 12 / 23, calendar),
            year{2027} / 1 / 2);
  EXPECT_EQ(deadlines::due_date({0, DelayUnit::working_days, false}, year{2026} / 12 / 25, calendar),
            year{2026} / 12 / 25);
}

TEST(DeadlineRules, EveryShippedRuleNamesKnownKindsAndACaseRole) {
  for (const auto& rule : deadlines::default_rules()) {
    EXPECT_NE(kinds::find_event_kind(rule.trigger_kind), nullptr) << rule.code;
    EXPECT_NE(kinds::find_event_kind(rule.closing_kind), nullptr) << rule.code;
    EXPECT_TRUE(rule.case_role == "case_manager" || rule.case_role == "transition_practitioner" ||
                rule.case_role == "restorative_justice_worker")
        << rule.code;
  }
}

// The Victims' Code's timescales are versioned: the version in force on the trigger's
// date decides.
TEST(DeadlineRules, TheVersionInForceOnTheTriggersDateDecides) {
  std::vector<DeadlineRule> rules = {
      {"victim_rj_information", year{2021} / 4 / 1, "Restorative justice information", "crime_reported",
       {5, DelayUnit::working_days, false}, "rj_information_given", "restorative_justice_worker"},
      {"victim_rj_information", year{2026} / 1 / 1, "Restorative justice information", "crime_reported",
       {3, DelayUnit::working_days, false}, "rj_information_given", "restorative_justice_worker"},
  };
  EXPECT_EQ(deadlines::rule_in_force(rules, "victim_rj_information", year{2021} / 3 / 31), nullptr);
  EXPECT_EQ(deadlines::rule_in_force(rules, "victim_rj_information", year{2025} / 12 / 31)->delay.amount, 5);
  EXPECT_EQ(deadlines::rule_in_force(rules, "victim_rj_information", year{2026} / 1 / 1)->delay.amount, 3);
}

TEST(DeadlineRules, DelaysInWordsAndUnitCodes) {
  EXPECT_EQ(deadlines::delay_words({20, DelayUnit::working_days, false}), "20 working days after");
  EXPECT_EQ(deadlines::delay_words({1, DelayUnit::months, true}), "1 month before");
  EXPECT_EQ(deadlines::delay_words({1, DelayUnit::working_days, true}), "1 working day before");
  for (auto unit : {DelayUnit::working_days, DelayUnit::calendar_days, DelayUnit::months}) {
    EXPECT_EQ(deadlines::parse_unit(deadlines::unit_code(unit)), unit);
  }
  EXPECT_EQ(deadlines::parse_unit("weeks"), std::nullopt);
}

deadlines::Event event(std::string_view kind, std::string subject, std::string answers, Date date) {
  return {std::string(kind), 7, std::move(subject), std::move(answers), date, std::nullopt};
}

TEST(TaskPlan, ATaskIsClosedByTheEventThatAnswersItOnTimeOrLate) {
  auto calendar = testing::england_and_wales();
  std::vector<DeadlineRule> rules = {shipped("referral_order_first_panel")};
  auto planned = deadlines::plan_tasks(
      rules,
      {event(kinds::referral_order_made, "outcome:1", "", year{2026} / 12 / 23),
       event(kinds::referral_order_contract_signed, "outcome:1", "outcome:1", year{2027} / 1 / 26),
       event(kinds::referral_order_made, "outcome:2", "", year{2027} / 3 / 25)},
      calendar);
  ASSERT_EQ(planned.size(), 2u);
  EXPECT_EQ(planned[0].subject, "outcome:1");
  EXPECT_EQ(planned[0].due_on, year{2027} / 1 / 25);
  EXPECT_EQ(planned[0].closed_on, year{2027} / 1 / 26);  // a day late
  EXPECT_EQ(planned[1].subject, "outcome:2");
  EXPECT_EQ(planned[1].closed_on, std::nullopt);
  EXPECT_EQ(planned[1].case_role, "case_manager");
}

TEST(TaskPlan, AGeneralClosingEventAnswersTheEarliestOpenTaskBeforeIt) {
  auto calendar = testing::england_and_wales();
  std::vector<DeadlineRule> rules = {shipped("referral_order_first_appointment")};
  auto planned = deadlines::plan_tasks(
      rules,
      {event(kinds::appointment_attended, "appointment:9", "", year{2027} / 1 / 2),  // before any order
       event(kinds::referral_order_made, "outcome:1", "", year{2027} / 1 / 4),
       event(kinds::referral_order_made, "outcome:2", "", year{2027} / 1 / 6),
       event(kinds::appointment_attended, "appointment:10", "", year{2027} / 1 / 7)},
      calendar);
  ASSERT_EQ(planned.size(), 2u);
  EXPECT_EQ(planned[0].closed_on, year{2027} / 1 / 7);
  EXPECT_EQ(planned[1].closed_on, std::nullopt);  // one appointment answers one task
}

TEST(TaskPlan, ATriggerBeforeEveryVersionMakesNoTaskAndANamedWorkerIsKept) {
  auto calendar = testing::england_and_wales();
  std::vector<DeadlineRule> rules = {{"victim_rj_information", year{2021} / 4 / 1, "Restorative justice information",
                                      "crime_reported", {1, DelayUnit::working_days, false}, "rj_information_given",
                                      "restorative_justice_worker"}};
  auto early = event("crime_reported", "victim:1", "", year{2021} / 3 / 1);
  auto later = event("crime_reported", "victim:2", "", year{2026} / 12 / 24);
  later.assigned_staff_id = 42;
  auto planned = deadlines::plan_tasks(rules, {early, later}, calendar);
  ASSERT_EQ(planned.size(), 1u);
  EXPECT_EQ(planned[0].subject, "victim:2");
  EXPECT_EQ(planned[0].due_on, year{2026} / 12 / 29);
  EXPECT_EQ(planned[0].assigned_staff_id, 42);
}

}  // namespace
}  // namespace pathway
