#include "justice/record_rules.h"

#include <gtest/gtest.h>

namespace pathway::justice {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

std::vector<std::string> fields(const std::vector<RuleBreach>& breaches) {
  std::vector<std::string> names;
  for (const auto& breach : breaches) names.push_back(breach.field);
  return names;
}

TEST(OffenceRules, TheChildIsTenToSeventeenOnTheOffenceDate) {
  Date born = day("2010-05-15");
  EXPECT_TRUE(offence_breaches(born, {day("2020-05-15"), 3}).empty());  // the 10th birthday
  EXPECT_EQ(fields(offence_breaches(born, {day("2020-05-14"), 3})), std::vector<std::string>{"offence_date"});
  EXPECT_TRUE(offence_breaches(born, {day("2028-05-14"), 3}).empty());  // the day before the 18th birthday
  auto adult = offence_breaches(born, {day("2028-05-15"), 3});
  ASSERT_EQ(fields(adult), std::vector<std::string>{"offence_date"});
  EXPECT_NE(adult.front().reason.find("was 18"), std::string::npos);
}

TEST(OffenceRules, GravityIsOneToEight) {
  Date born = day("2010-05-15");
  EXPECT_TRUE(offence_breaches(born, {day("2024-01-01"), 1}).empty());
  EXPECT_TRUE(offence_breaches(born, {day("2024-01-01"), 8}).empty());
  EXPECT_EQ(fields(offence_breaches(born, {day("2024-01-01"), 0})), std::vector<std::string>{"gravity"});
  EXPECT_EQ(fields(offence_breaches(born, {day("2024-01-01"), 9})), std::vector<std::string>{"gravity"});
}

TEST(OutcomeRules, DetentionAndTrainingOrderTermsFollowTheLawOnTheOrdersDate) {
  // Made on or after 28 June 2022: any whole number of months from 4 to 24.
  EXPECT_FALSE(dto_term_breach(5, day("2022-06-28")));
  EXPECT_FALSE(dto_term_breach(4, day("2024-01-01")));
  EXPECT_FALSE(dto_term_breach(24, day("2024-01-01")));
  EXPECT_TRUE(dto_term_breach(3, day("2024-01-01")));
  EXPECT_TRUE(dto_term_breach(25, day("2024-01-01")));
  // Before: only 4, 6, 8, 10, 12, 18 or 24.
  EXPECT_TRUE(dto_term_breach(5, day("2022-06-27")));
  EXPECT_TRUE(dto_term_breach(5, day("2021-03-01")));
  EXPECT_FALSE(dto_term_breach(18, day("2021-03-01")));
  EXPECT_TRUE(dto_term_breach(14, day("2021-03-01")));
}

TEST(OutcomeRules, ADetentionAndTrainingOrderNeedsAChildOfTwelveAndATerm) {
  Date born = day("2010-05-15");
  OutcomeFacts order{day("2022-05-14"), "detention_and_training_order", std::nullopt, std::nullopt, 6,
                     {day("2022-01-01")}};
  EXPECT_EQ(fields(outcome_breaches(born, order)), std::vector<std::string>{"outcome_type"});  // 11 that day
  order.outcome_date = day("2022-05-15");
  EXPECT_TRUE(outcome_breaches(born, order).empty());
  order.length_months = std::nullopt;
  EXPECT_EQ(fields(outcome_breaches(born, order)), std::vector<std::string>{"length_months"});
  order.length_months = 25;
  EXPECT_EQ(fields(outcome_breaches(born, order)), std::vector<std::string>{"length_months"});
  // Another outcome carries no term rule.
  OutcomeFacts fine{day("2021-01-01"), "fine", std::nullopt, std::nullopt, std::nullopt, {day("2020-12-01")}};
  EXPECT_TRUE(outcome_breaches(born, fine).empty());
}

TEST(OutcomeRules, OffencesComeBeforeTheOutcomeAndTheEndAfterTheStart) {
  Date born = day("2008-01-01");
  OutcomeFacts order{day("2024-03-01"), "referral_order", day("2024-03-20"), day("2024-03-19"), 6,
                     {day("2024-02-01"), day("2024-03-02")}};
  EXPECT_EQ(fields(outcome_breaches(born, order)), (std::vector<std::string>{"offence_ids", "end_date"}));
  order.offence_dates.clear();
  order.end_date = day("2024-03-20");
  EXPECT_EQ(fields(outcome_breaches(born, order)), std::vector<std::string>{"offence_ids"});
  order.offence_dates = {day("2024-03-01")};  // the same day is allowed
  EXPECT_TRUE(outcome_breaches(born, order).empty());
}

TEST(RemandRules, AgesAndDates) {
  Date born = day("2012-05-15");
  EXPECT_EQ(fields(remand_breaches(born, {day("2022-05-14"), std::nullopt, "conditional_bail"})),
            std::vector<std::string>{"start_date"});  // 9
  EXPECT_TRUE(remand_breaches(born, {day("2022-05-15"), std::nullopt, "remand_local_authority"}).empty());  // 10
  EXPECT_EQ(fields(remand_breaches(born, {day("2024-05-14"), std::nullopt, "remand_youth_detention"})),
            std::vector<std::string>{"remand_type"});  // 11
  EXPECT_TRUE(remand_breaches(born, {day("2024-05-15"), std::nullopt, "remand_youth_detention"}).empty());  // 12
  EXPECT_EQ(fields(remand_breaches(born, {day("2025-01-10"), day("2025-01-09"), "bail_iss"})),
            std::vector<std::string>{"end_date"});
}

TEST(RemandRules, OnlyARemandToAccommodationMakesTheChildLookedAfter) {
  EXPECT_TRUE(remand_makes_looked_after("remand_local_authority"));
  EXPECT_TRUE(remand_makes_looked_after("remand_youth_detention"));
  for (auto bail : {"unconditional_bail", "conditional_bail", "bail_supervision_and_support", "bail_iss"}) {
    EXPECT_FALSE(remand_makes_looked_after(bail)) << bail;
  }
}

TEST(CustodyRules, ReleaseIsNotBeforeTheStart) {
  EXPECT_TRUE(custody_breaches({day("2025-01-10"), std::nullopt}).empty());
  EXPECT_TRUE(custody_breaches({day("2025-01-10"), day("2025-01-10")}).empty());
  EXPECT_EQ(fields(custody_breaches({day("2025-01-10"), day("2025-01-09")})), std::vector<std::string>{"release_date"});
}

TEST(OutcomeTiers, FollowTheFormatsTable) {
  EXPECT_EQ(outcome_tier("not_guilty"), OutcomeTier::no_outcome);
  EXPECT_EQ(outcome_tier("youth_conditional_caution"), OutcomeTier::pre_court_substantive);
  EXPECT_EQ(outcome_tier("referral_order"), OutcomeTier::first_tier);
  EXPECT_EQ(outcome_tier("youth_rehabilitation_order_iss"), OutcomeTier::community);
  EXPECT_EQ(outcome_tier("section_252a"), OutcomeTier::custody);
  EXPECT_EQ(outcome_tier("caution"), std::nullopt);
  EXPECT_FALSE(is_court_outcome("youth_caution"));
  EXPECT_TRUE(is_court_outcome("fine"));
  for (auto type : outcome_types()) EXPECT_TRUE(outcome_tier(type)) << type;
}

}  // namespace
}  // namespace pathway::justice
