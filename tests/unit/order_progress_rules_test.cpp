// The rules of an order in progress: warnings while the order runs and their count in the
// last 12 months, breach proceedings' dates and results, an order's expected end (a
// referral order's with its extensions), the remands that count towards a detention and
// training order, and the one "end before start" rule the record and remand credit share.
#include <gtest/gtest.h>

#include "justice/order_progress_rules.h"
#include "justice/order_release.h"
#include "justice/order_terms.h"
#include "justice/remand_credit.h"

namespace pathway::justice {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

std::vector<std::string> fields(const std::vector<RuleBreach>& breaches) {
  std::vector<std::string> names;
  for (const auto& breach : breaches) names.push_back(breach.field);
  return names;
}

const OrderPeriod yro{day("2025-03-01"), day("2025-03-03"), day("2026-03-02")};

TEST(OrderProgressRules, AWarningIsGivenWhileTheOrderRuns) {
  EXPECT_TRUE(warning_breaches(yro, day("2025-03-01")).empty());
  EXPECT_TRUE(warning_breaches(yro, day("2026-03-02")).empty());
  EXPECT_EQ(fields(warning_breaches(yro, day("2025-02-28"))), std::vector<std::string>{"given_on"});
  auto late = warning_breaches(yro, day("2026-03-03"));
  ASSERT_EQ(fields(late), std::vector<std::string>{"given_on"});
  EXPECT_NE(late[0].reason.find("after the order ended (2 March 2026)"), std::string::npos);
  EXPECT_TRUE(warning_breaches({day("2025-03-01"), std::nullopt, std::nullopt}, day("2030-01-01")).empty());
}

TEST(OrderProgressRules, WarningsAreCountedOverTheTwelveMonthsEndingToday) {
  Date today = day("2026-03-10");
  std::vector<Date> given = {day("2025-03-10"), day("2025-03-11"), day("2026-01-01"), day("2026-03-10"),
                             day("2026-03-11")};
  // 10 March 2025 is a year ago: out; tomorrow is not yet.
  EXPECT_EQ(warnings_in_last_12_months(given, today), 3);
  EXPECT_EQ(warnings_in_last_12_months({}, today), 0);
}

TEST(OrderProgressRules, BreachProceedingsBeginAfterTheOrderAndTheCourtDecidesLater) {
  EXPECT_TRUE(breach_proceedings_breaches(yro, {day("2025-09-01"), std::nullopt, ""}).empty());
  EXPECT_TRUE(breach_proceedings_breaches(yro, {day("2025-09-01"), day("2025-09-20"), "fine"}).empty());
  EXPECT_TRUE(breach_proceedings_breaches(yro, {day("2025-09-01"), std::nullopt, "withdrawn"}).empty());
  EXPECT_EQ(fields(breach_proceedings_breaches(yro, {day("2025-02-01"), std::nullopt, ""})),
            std::vector<std::string>{"begun_on"});
  auto early_court = breach_proceedings_breaches(yro, {day("2025-09-01"), day("2025-08-31"), ""});
  ASSERT_EQ(fields(early_court), std::vector<std::string>{"court_date"});
  EXPECT_EQ(early_court[0].reason, "it is before the date proceedings began (1 September 2025): give a date on or after it");
  EXPECT_EQ(fields(breach_proceedings_breaches(yro, {day("2025-09-01"), std::nullopt, "fine"})),
            std::vector<std::string>{"court_date"});
  EXPECT_EQ(fields(breach_proceedings_breaches(yro, {day("2025-09-01"), day("2025-09-02"), "prison"})),
            std::vector<std::string>{"result"});
}

TEST(OrderProgressRules, TheEndBeforeTheStartIsOneRule) {
  EXPECT_FALSE(end_before_start(day("2025-01-02"), day("2025-01-02"), "end_date", "start date"));
  EXPECT_FALSE(end_before_start(std::nullopt, day("2025-01-01"), "end_date", "start date"));
  EXPECT_FALSE(end_before_start(day("2025-01-02"), std::nullopt, "end_date", "start date"));
  auto breach = end_before_start(day("2025-01-02"), day("2025-01-01"), "release_date", "start date");
  ASSERT_TRUE(breach);
  EXPECT_EQ(breach->field, "release_date");
  EXPECT_EQ(breach->reason, "it is before the start date (2 January 2025): give a date on or after it");
  // Remand credit refuses the same remand the record's rules do.
  RemandFacts backwards{day("2023-03-10"), day("2023-03-09"), "remand_youth_detention"};
  EXPECT_FALSE(remand_credit(day("2023-06-01"), {{backwards, std::nullopt}}));
  EXPECT_EQ(fields(remand_breaches(day("2008-01-01"), backwards)), std::vector<std::string>{"end_date"});
}

TEST(OrderTerms, AReferralOrderRunsFromItsContractWithItsExtensions) {
  OrderTerms referral{"referral_order", day("2024-03-01"), day("2024-03-20"), 3, {}};
  EXPECT_EQ(expected_end(referral), day("2024-06-19"));
  referral.extensions = {{day("2024-05-01"), 2}, {day("2024-07-01"), 1}};
  EXPECT_EQ(expected_end(referral), day("2024-09-19"));
  // Without a contract it is counted as any other order, from the day it was made.
  EXPECT_EQ(expected_end({"referral_order", day("2024-03-01"), std::nullopt, 3, {}}), day("2024-06-01"));
  EXPECT_EQ(expected_end({"youth_rehabilitation_order", day("2025-06-01"), day("2025-06-02"), 12, {}}),
            day("2026-06-02"));
  EXPECT_EQ(expected_end({"youth_rehabilitation_order", day("2025-06-01"), std::nullopt, std::nullopt, {}}),
            std::nullopt);
  EXPECT_TRUE(is_order("detention_and_training_order"));
  EXPECT_TRUE(is_order("referral_order"));
  EXPECT_FALSE(is_order("fine"));
  EXPECT_FALSE(is_order("youth_caution"));
}

TEST(OrderRelease, TheRemandsCountedAreThoseAfterTheFirstOffenceAndBeforeTheOrder) {
  std::vector<RemandEvent> remands = {
      {"R1", day("2022-01-01"), day("2022-02-01"), "remand_youth_detention"},  // an earlier case
      {"R2", day("2023-01-10"), day("2023-02-08"), "remand_youth_detention"},  // 30 days
      {"R3", day("2023-02-09"), std::nullopt, "remand_local_authority"},       // to the order
      {"R4", day("2023-04-01"), std::nullopt, "remand_youth_detention"},       // after the order
  };
  auto counted = remands_for_order(remands, day("2023-01-05"), day("2023-03-01"));
  ASSERT_EQ(counted.size(), 2u);
  EXPECT_EQ(counted[0].remand.start_date, day("2023-01-10"));
  EXPECT_EQ(counted[1].remand.remand_type, "remand_local_authority");
  EXPECT_FALSE(counted[0].curfew);
  // Made after 28 June 2022: the 30 days in youth detention count, local authority days do not.
  auto release = release_of_order(day("2023-03-01"), 12, remands, day("2023-01-05"));
  ASSERT_TRUE(release && *release);
  EXPECT_EQ(release->value().credit.custody_days, 30);
  EXPECT_EQ(release->value().credit.local_authority_days, 20);
  EXPECT_EQ(release->value().credit.days_credited, 30);
  EXPECT_EQ(release->value().release_date,
            Date{std::chrono::sys_days{release->value().halfway_date} - std::chrono::days{30}});
  // Made before: nothing deducted.
  auto old = release_of_order(day("2022-03-01"), 12, {{"R", day("2022-01-10"), day("2022-02-08"),
                                                        "remand_youth_detention"}},
                              day("2022-01-05"));
  ASSERT_TRUE(old && *old);
  EXPECT_EQ(old->value().credit.custody_days, 30);
  EXPECT_EQ(old->value().credit.days_credited, 0);
  EXPECT_EQ(old->value().release_date, old->value().halfway_date);
  EXPECT_FALSE(release_of_order(day("2023-03-01"), std::nullopt, remands, day("2023-01-05")));
  auto unlawful = release_of_order(day("2021-03-01"), 5, {}, day("2021-01-05"));
  ASSERT_TRUE(unlawful);
  EXPECT_FALSE(*unlawful);
}

}  // namespace
}  // namespace pathway::justice
