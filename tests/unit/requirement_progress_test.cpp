// Progress on a youth rehabilitation order's requirement: what was ordered, in hours or
// days, what was done, and what may be recorded.
#include "justice/requirement_progress.h"

#include <gtest/gtest.h>

namespace pathway::justice {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

std::vector<std::string> fields(const std::vector<RuleBreach>& breaches) {
  std::vector<std::string> names;
  for (const auto& breach : breaches) names.push_back(breach.field);
  return names;
}

using Fields = std::vector<std::string>;

TEST(RequirementProgress, TheOrderedAmountIsTheAmountOrTheDaysOfThePeriod) {
  Requirement unpaid{RequirementKind::unpaid_work, 120, AmountUnit::hours, day("2024-01-08"), std::nullopt, {}};
  EXPECT_EQ(ordered_amount(unpaid)->amount, 120);
  EXPECT_EQ(ordered_amount(unpaid)->unit, AmountUnit::hours);
  Requirement curfew{RequirementKind::curfew, std::nullopt, AmountUnit::none, day("2024-01-01"), day("2024-03-31"),
                     {8, 8, 8, 8, 8, 8, 8}};
  EXPECT_EQ(ordered_amount(curfew)->amount, 91);  // 31 + 29 + 31, counting both ends
  EXPECT_EQ(ordered_amount(curfew)->unit, AmountUnit::days);
  Requirement supervision{RequirementKind::supervision, std::nullopt, AmountUnit::none, day("2024-01-01"),
                          std::nullopt, {}};
  EXPECT_FALSE(ordered_amount(supervision));
}

TEST(RequirementProgress, NoMoreThanWhatRemains) {
  Requirement activity{RequirementKind::activity, 30, AmountUnit::days, day("2024-01-01"), std::nullopt, {}};
  std::vector<ProgressEntry> done = {{day("2024-01-20"), 20}};
  Date today = day("2024-06-01");
  EXPECT_EQ(fields(progress_breaches(activity, done, {day("2024-02-10"), 10}, today)), Fields{});
  EXPECT_EQ(fields(progress_breaches(activity, done, {day("2024-02-10"), 11}, today)), Fields{"amount"});
  EXPECT_EQ(fields(progress_breaches(activity, done, {day("2024-02-10"), 0}, today)), Fields{"amount"});
  done.push_back({day("2024-02-10"), 10});
  auto complete = progress_breaches(activity, done, {day("2024-02-11"), 1}, today);
  ASSERT_EQ(fields(complete), Fields{"amount"});
  EXPECT_NE(complete[0].reason.find("nothing remains"), std::string::npos) << complete[0].reason;
}

TEST(RequirementProgress, NoMoreDaysDoneThanHavePassed) {
  Requirement activity{RequirementKind::activity, 60, AmountUnit::days, day("2024-01-01"), std::nullopt, {}};
  Date today = day("2024-06-01");
  EXPECT_EQ(fields(progress_breaches(activity, {}, {day("2024-01-10"), 10}, today)), Fields{});
  EXPECT_EQ(fields(progress_breaches(activity, {}, {day("2024-01-10"), 11}, today)), Fields{"amount"});
  // Entries after the day do not count against it.
  std::vector<ProgressEntry> later = {{day("2024-02-01"), 20}};
  EXPECT_EQ(fields(progress_breaches(activity, later, {day("2024-01-10"), 10}, today)), Fields{});
}

TEST(RequirementProgress, TheDayAndTheAmountOfARequirementWithNone) {
  Requirement supervision{RequirementKind::supervision, std::nullopt, AmountUnit::none, day("2024-01-01"),
                          std::nullopt, {}};
  Date today = day("2024-06-01");
  EXPECT_EQ(fields(progress_breaches(supervision, {}, {day("2024-02-01"), std::nullopt}, today)), Fields{});
  EXPECT_EQ(fields(progress_breaches(supervision, {}, {day("2024-02-01"), 2}, today)), Fields{"amount"});
  EXPECT_EQ(fields(progress_breaches(supervision, {}, {day("2023-12-31"), std::nullopt}, today)), Fields{"done_on"});
  EXPECT_EQ(fields(progress_breaches(supervision, {}, {day("2024-06-02"), std::nullopt}, today)), Fields{"done_on"});
  EXPECT_EQ(fields(progress_breaches(supervision, {}, {day("2024-03-02"), std::nullopt}, today, day("2024-03-01"))),
            Fields{"done_on"});
}

TEST(YroMissingRequirements, AnIssOrderStillNeedsItsThreeRequirementsUntilAdded) {
  ProposedYro order;
  order.kind = YroKind::intensive_supervision_and_surveillance;
  order.conviction_date = day("2024-01-01");
  order.date_of_birth = day("2008-01-01");
  order.takes_effect = order.conviction_date;
  order.end_date = day("2024-12-31");
  EXPECT_EQ(yro_missing_requirements(order).size(), 3u);
  order.requirements.push_back({RequirementKind::supervision, std::nullopt, AmountUnit::none, day("2024-01-01"),
                                std::nullopt, {}});
  EXPECT_EQ(yro_missing_requirements(order).size(), 2u);
  // Adding one to an incomplete order is not refused for what is still missing.
  Requirement curfew{RequirementKind::curfew, std::nullopt, AmountUnit::none, day("2024-01-01"), day("2024-03-31"),
                     {8, 8, 8, 8, 8, 0, 0}};
  EXPECT_EQ(fields(requirement_addition_breaches(order, curfew)), Fields{});
}

}  // namespace
}  // namespace pathway::justice
