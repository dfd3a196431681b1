#include "justice/referral_order.h"

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

ReferralOrderFacts order(int months) { return {day("2024-03-01"), day("2024-03-20"), months, {}, std::nullopt}; }

TEST(ReferralOrder, ThreeToTwelveMonthsFromTheContract) {
  EXPECT_EQ(fields(referral_order_breaches(order(2))), Fields{"length_months"});
  EXPECT_EQ(fields(referral_order_breaches(order(3))), Fields{});
  EXPECT_EQ(fields(referral_order_breaches(order(12))), Fields{});
  EXPECT_EQ(fields(referral_order_breaches(order(13))), Fields{"length_months"});
  // 3 months beginning with 20 March 2024 end on 19 June.
  EXPECT_EQ(referral_order_expected_end(order(3)), day("2024-06-19"));
  EXPECT_EQ(referral_order_end(order(3)), day("2024-06-19"));
  auto early = order(6);
  early.contract_date = day("2024-02-29");
  EXPECT_EQ(fields(referral_order_breaches(early)), Fields{"contract_date"});
}

TEST(ReferralOrder, ExtensionsKeepItAtMostTwelveMonthsInAll) {
  auto extended = order(9);
  extended.extensions = {{day("2024-10-01"), 2}, {day("2024-12-01"), 1}};
  EXPECT_EQ(fields(referral_order_breaches(extended)), Fields{});
  EXPECT_EQ(referral_order_expected_end(extended), day("2025-03-19"));
  extended.extensions.back().months = 2;  // 13 months in all
  auto too_long = referral_order_breaches(extended);
  ASSERT_EQ(fields(too_long), Fields{"extensions[1].months"});
  EXPECT_NE(too_long.front().reason.find("at most 1 month"), std::string::npos) << too_long.front().reason;
  extended.extensions.back().months = 0;
  EXPECT_EQ(fields(referral_order_breaches(extended)), Fields{"extensions[1].months"});
}

TEST(ReferralOrder, AnExtensionIsMadeWhileTheOrderRuns) {
  auto extended = order(6);  // 20 March to 19 September 2024
  extended.extensions = {{day("2024-09-19"), 1}};
  EXPECT_EQ(fields(referral_order_breaches(extended)), Fields{});
  extended.extensions = {{day("2024-09-20"), 1}};
  EXPECT_EQ(fields(referral_order_breaches(extended)), Fields{"extensions[0].made_on"});
  extended.extensions = {{day("2024-03-19"), 1}};
  EXPECT_EQ(fields(referral_order_breaches(extended)), Fields{"extensions[0].made_on"});
  extended.extensions = {{day("2024-06-01"), 1}};
  extended.revoked_on = day("2024-05-31");
  EXPECT_EQ(fields(referral_order_breaches(extended)), Fields{"extensions[0].made_on"});
}

TEST(ReferralOrder, RevocationEndsItBetweenTheSentenceAndTheEnd) {
  auto revoked = order(6);
  revoked.revoked_on = day("2024-05-10");
  EXPECT_EQ(fields(referral_order_breaches(revoked)), Fields{});
  EXPECT_EQ(referral_order_end(revoked), day("2024-05-10"));
  EXPECT_EQ(referral_order_expected_end(revoked), day("2024-09-19"));
  revoked.revoked_on = day("2024-03-01");  // no contract agreed: back to court on the day
  EXPECT_EQ(fields(referral_order_breaches(revoked)), Fields{});
  revoked.revoked_on = day("2024-02-29");
  EXPECT_EQ(fields(referral_order_breaches(revoked)), Fields{"revoked_on"});
  revoked.revoked_on = day("2024-09-19");
  EXPECT_EQ(fields(referral_order_breaches(revoked)), Fields{});
  revoked.revoked_on = day("2024-09-20");
  EXPECT_EQ(fields(referral_order_breaches(revoked)), Fields{"revoked_on"});
}

}  // namespace
}  // namespace pathway::justice
