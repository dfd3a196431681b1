#include "justice/yro_requirements.h"

#include <gtest/gtest.h>

#include "justice/periods.h"

namespace pathway::justice {
namespace {

using K = RequirementKind;

Date day(const char* iso) { return *parse_iso_date(iso); }

std::vector<std::string> fields(const std::vector<RuleBreach>& breaches) {
  std::vector<std::string> names;
  for (const auto& breach : breaches) names.push_back(breach.field);
  return names;
}

using Fields = std::vector<std::string>;

// A standard order for a child of 16, convicted and starting on 1 June 2023, for a year.
ProposedYro order_with(std::vector<Requirement> requirements, const char* born = "2007-05-15",
                       const char* convicted = "2023-06-01") {
  ProposedYro order;
  order.conviction_date = day(convicted);
  order.date_of_birth = day(born);
  order.takes_effect = day(convicted);
  order.end_date = add_months(order.takes_effect, 12);
  order.requirements = std::move(requirements);
  return order;
}

Requirement with_amount(K kind, int amount, AmountUnit unit, const char* starts = "2023-06-01") {
  return {kind, amount, unit, day(starts), std::nullopt, {}};
}
Requirement plain(K kind, const char* starts = "2023-06-01", std::optional<Date> ends = std::nullopt) {
  return {kind, std::nullopt, AmountUnit::none, day(starts), ends, {}};
}
Requirement curfew(std::vector<int> hours, const char* starts = "2023-06-01", const char* ends = "2023-11-30") {
  return {K::curfew, std::nullopt, AmountUnit::none, day(starts), day(ends), std::move(hours)};
}

Fields breaches_of(const ProposedYro& order, const IssPilot& pilot = iss_pilot()) {
  return fields(yro_breaches(order, pilot));
}

TEST(YroRequirements, ActivityIsAtMostNinetyDaysInAStandardOrder) {
  EXPECT_EQ(breaches_of(order_with({with_amount(K::activity, 90, AmountUnit::days)})), Fields{});
  EXPECT_EQ(breaches_of(order_with({with_amount(K::activity, 91, AmountUnit::days)})),
            Fields{"requirements[0].amount"});
}

ProposedYro iss_order(int activity_days, const char* convicted = "2023-09-01") {
  Requirement night_curfew = curfew({8, 8, 8, 8, 8, 0, 0}, convicted, convicted);
  night_curfew.ends_on = last_day_of_months(night_curfew.starts_on, 5);
  auto order = order_with({with_amount(K::activity, activity_days, AmountUnit::days, convicted),
                           plain(K::supervision, convicted), night_curfew},
                          "2007-05-15", convicted);
  order.kind = YroKind::intensive_supervision_and_surveillance;
  order.home_district_code = "THANET";
  return order;
}

TEST(YroRequirements, IssExtendedActivityIsNinetyOneToOneHundredAndEightyDays) {
  EXPECT_EQ(breaches_of(iss_order(90)), Fields{"requirements[0].amount"});
  EXPECT_EQ(breaches_of(iss_order(91)), Fields{});
  EXPECT_EQ(breaches_of(iss_order(180)), Fields{});
  auto too_long = yro_breaches(iss_order(181));
  ASSERT_EQ(fields(too_long), Fields{"requirements[0].amount"});
  EXPECT_NE(too_long.front().reason.find("91 to 180 days"), std::string::npos) << too_long.front().reason;
}

TEST(YroRequirements, IssPilotAreasAllowUpTo365DaysWhileThePilotRuns) {
  IssPilot pilot = iss_pilot({"THANET"});
  EXPECT_EQ(breaches_of(iss_order(365), pilot), Fields{});
  EXPECT_EQ(breaches_of(iss_order(366), pilot), Fields{"requirements[0].amount"});
  // Not a pilot area, or the default configuration (no areas).
  auto elsewhere = iss_order(181);
  elsewhere.home_district_code = "DOVER";
  EXPECT_EQ(breaches_of(elsewhere, pilot), Fields{"requirements[0].amount"});
  EXPECT_EQ(breaches_of(iss_order(181)), Fields{"requirements[0].amount"});
  // The pilot's dates: convictions from 3 July 2023, before 3 January 2026.
  EXPECT_EQ(breaches_of(iss_order(181, "2023-07-02"), pilot), Fields{"requirements[0].amount"});
  EXPECT_EQ(breaches_of(iss_order(365, "2023-07-03"), pilot), Fields{});
  EXPECT_EQ(breaches_of(iss_order(365, "2026-01-02"), pilot), Fields{});
  EXPECT_EQ(breaches_of(iss_order(181, "2026-01-03"), pilot), Fields{"requirements[0].amount"});
  EXPECT_TRUE(in_iss_pilot(pilot, day("2024-01-01"), "THANET"));
  EXPECT_FALSE(in_iss_pilot(pilot, day("2024-01-01"), "DOVER"));
}

TEST(YroRequirements, AnIssOrderHasSupervisionAndCurfewAndRunsSixMonthsOrMore) {
  auto order = iss_order(120);
  order.requirements.resize(1);  // the extended activity alone
  auto breaches = yro_breaches(order);
  ASSERT_EQ(fields(breaches), (Fields{"requirements", "requirements"}));
  EXPECT_NE(breaches[0].reason.find("supervision"), std::string::npos);
  EXPECT_NE(breaches[1].reason.find("curfew"), std::string::npos);
  order.requirements = {plain(K::supervision, "2023-09-01")};
  EXPECT_EQ(fields(yro_breaches(order)), (Fields{"requirements", "requirements"}));  // no activity, no curfew

  auto short_order = iss_order(120);
  short_order.end_date = day("2024-02-29");  // 6 months after 1 September 2023, less a day
  EXPECT_EQ(breaches_of(short_order), Fields{"end_date"});
  short_order.end_date = day("2024-03-01");
  EXPECT_EQ(breaches_of(short_order), Fields{});
}

TEST(YroRequirements, AnOrderLastsAtMostThreeYears) {
  auto order = order_with({plain(K::supervision)});
  order.end_date = day("2026-06-01");
  EXPECT_EQ(breaches_of(order), Fields{});
  order.end_date = day("2026-06-02");
  EXPECT_EQ(breaches_of(order), Fields{"end_date"});
  order.end_date = day("2023-05-31");
  EXPECT_EQ(breaches_of(order), Fields{"end_date"});
  order.end_date = day("2024-06-01");
  order.takes_effect = day("2023-05-31");  // before the conviction
  EXPECT_EQ(breaches_of(order), Fields{"takes_effect"});
}

TEST(YroRequirements, UnpaidWorkIsFortyToTwoHundredAndFortyHoursAtSixteenOrSeventeen) {
  auto hours = [](int amount, const char* born = "2007-05-15") {
    return breaches_of(order_with({with_amount(K::unpaid_work, amount, AmountUnit::hours)}, born));
  };
  EXPECT_EQ(hours(39), Fields{"requirements[0].amount"});
  EXPECT_EQ(hours(40), Fields{});
  EXPECT_EQ(hours(240), Fields{});
  EXPECT_EQ(hours(241), Fields{"requirements[0].amount"});
  EXPECT_EQ(hours(100, "2007-06-01"), Fields{});                        // 16 on the day of conviction
  EXPECT_EQ(hours(100, "2007-06-02"), Fields{"requirements[0].kind"});  // 15
  EXPECT_EQ(hours(100, "2005-06-02"), Fields{});                        // 17
}

TEST(YroRequirements, AttendanceCentreHoursFollowTheAgeAtConviction) {
  auto hours = [](int amount, const char* born) {
    return breaches_of(order_with({with_amount(K::attendance_centre, amount, AmountUnit::hours)}, born));
  };
  const char* thirteen = "2010-01-01";
  const char* fourteen = "2009-06-01";
  const char* fifteen = "2008-06-01";
  const char* sixteen = "2007-06-01";
  EXPECT_EQ(hours(1, thirteen), Fields{});
  EXPECT_EQ(hours(12, thirteen), Fields{});
  EXPECT_EQ(hours(13, thirteen), Fields{"requirements[0].amount"});
  EXPECT_EQ(hours(11, fourteen), Fields{"requirements[0].amount"});
  EXPECT_EQ(hours(12, fourteen), Fields{});
  EXPECT_EQ(hours(24, fifteen), Fields{});
  EXPECT_EQ(hours(25, fifteen), Fields{"requirements[0].amount"});
  EXPECT_EQ(hours(11, sixteen), Fields{"requirements[0].amount"});
  EXPECT_EQ(hours(25, sixteen), Fields{});
  EXPECT_EQ(hours(36, sixteen), Fields{});
  EXPECT_EQ(hours(37, sixteen), Fields{"requirements[0].amount"});
}

ProposedYro curfew_order(std::vector<int> hours, const char* convicted) {
  Requirement requirement = curfew(std::move(hours), convicted, convicted);
  requirement.ends_on = last_day_of_months(requirement.starts_on, 6);
  return order_with({requirement}, "2007-05-15", convicted);
}

TEST(YroRequirements, CurfewBeforeTwentyEighthJune2022IsTwoToSixteenHoursADay) {
  const char* before = "2022-06-27";
  EXPECT_EQ(breaches_of(curfew_order({16, 16, 16, 16, 16, 16, 16}, before)), Fields{});
  EXPECT_EQ(breaches_of(curfew_order({17, 0, 0, 0, 0, 0, 0}, before)), Fields{"requirements[0].curfew_hours"});
  EXPECT_EQ(breaches_of(curfew_order({2, 0, 0, 0, 0, 0, 0}, before)), Fields{});
  EXPECT_EQ(breaches_of(curfew_order({1, 0, 0, 0, 0, 0, 0}, before)), Fields{"requirements[0].curfew_hours"});
}

TEST(YroRequirements, CurfewFromTwentyEighthJune2022IsTwoToTwentyHoursAndAtMost112InSevenDays) {
  const char* on = "2022-06-28";
  EXPECT_EQ(breaches_of(curfew_order({20, 20, 20, 20, 20, 12, 0}, on)), Fields{});  // 112
  auto week = yro_breaches(curfew_order({20, 20, 20, 20, 20, 13, 0}, on));          // 113
  ASSERT_EQ(fields(week), Fields{"requirements[0].curfew_hours"});
  EXPECT_NE(week.front().reason.find("113"), std::string::npos);
  EXPECT_EQ(breaches_of(curfew_order({16, 16, 16, 16, 16, 16, 16}, on)), Fields{});
  EXPECT_EQ(breaches_of(curfew_order({17, 17, 17, 17, 17, 17, 17}, on)), Fields{"requirements[0].curfew_hours"});
  auto day21 = yro_breaches(curfew_order({21, 0, 0, 0, 0, 0, 0}, on));
  ASSERT_EQ(fields(day21), Fields{"requirements[0].curfew_hours"});
  EXPECT_NE(day21.front().reason.find("2 to 20 hours"), std::string::npos) << day21.front().reason;
  EXPECT_EQ(breaches_of(curfew_order({1, 0, 0, 0, 0, 0, 0}, on)), Fields{"requirements[0].curfew_hours"});
}

TEST(YroRequirements, ACurfewRunsWithinTwelveMonthsWithHoursForEachDayOfTheWeek) {
  auto order = order_with({curfew({10, 10, 10, 10, 10, 0, 0}, "2023-06-01", "2024-05-31")});
  order.end_date = day("2025-06-01");
  EXPECT_EQ(breaches_of(order), Fields{});
  order.requirements[0].ends_on = day("2024-06-01");
  EXPECT_EQ(breaches_of(order), Fields{"requirements[0].ends_on"});
  order.requirements[0].ends_on = std::nullopt;
  EXPECT_EQ(breaches_of(order), Fields{"requirements[0].ends_on"});
  EXPECT_EQ(breaches_of(order_with({curfew({10, 10, 10})})), Fields{"requirements[0].curfew_hours"});
  EXPECT_EQ(breaches_of(order_with({curfew({0, 0, 0, 0, 0, 0, 0})})), Fields{"requirements[0].curfew_hours"});
  auto not_curfew = plain(K::supervision);
  not_curfew.curfew_hours = {8, 8, 8, 8, 8, 8, 8};
  EXPECT_EQ(breaches_of(order_with({not_curfew})), Fields{"requirements[0].curfew_hours"});
}

TEST(YroRequirements, ExclusionIsAtMostThreeMonths) {
  EXPECT_EQ(breaches_of(order_with({plain(K::exclusion, "2023-06-01", day("2023-08-31"))})), Fields{});
  EXPECT_EQ(breaches_of(order_with({plain(K::exclusion, "2023-06-01", day("2023-09-01"))})),
            Fields{"requirements[0].ends_on"});
  EXPECT_EQ(breaches_of(order_with({plain(K::exclusion)})), Fields{"requirements[0].ends_on"});
}

TEST(YroRequirements, ResidenceOnlyAtSixteenOrSeventeenAndDrugTestingFromFourteen) {
  EXPECT_EQ(breaches_of(order_with({plain(K::residence)}, "2007-06-01")), Fields{});
  EXPECT_EQ(breaches_of(order_with({plain(K::residence)}, "2007-06-02")), Fields{"requirements[0].kind"});
  EXPECT_EQ(breaches_of(order_with({plain(K::drug_testing)}, "2009-06-01")), Fields{});
  EXPECT_EQ(breaches_of(order_with({plain(K::drug_testing)}, "2009-06-02")), Fields{"requirements[0].kind"});
}

TEST(YroRequirements, LocalAuthorityResidenceIsAtMostSixMonthsAndEndsBeforeEighteen) {
  EXPECT_EQ(breaches_of(order_with({plain(K::local_authority_residence, "2023-06-01", day("2023-11-30"))})), Fields{});
  EXPECT_EQ(breaches_of(order_with({plain(K::local_authority_residence, "2023-06-01", day("2023-12-01"))})),
            Fields{"requirements[0].ends_on"});
  // Born 10 January 2006: 18 on 10 January 2024.
  auto older = [](const char* ends) {
    return breaches_of(order_with({plain(K::local_authority_residence, "2023-08-01", day(ends))}, "2006-01-10"));
  };
  EXPECT_EQ(older("2024-01-09"), Fields{});
  EXPECT_EQ(older("2024-01-10"), Fields{"requirements[0].ends_on"});
}

TEST(YroRequirements, ElectronicMonitoringIsNeverAlone) {
  auto alone = yro_breaches(order_with({plain(K::electronic_monitoring)}));
  ASSERT_EQ(fields(alone), Fields{"requirements"});
  EXPECT_NE(alone.front().reason.find("curfew or exclusion"), std::string::npos) << alone.front().reason;
  EXPECT_EQ(breaches_of(order_with({plain(K::electronic_monitoring), plain(K::supervision)})), Fields{"requirements"});
  EXPECT_EQ(breaches_of(order_with({plain(K::electronic_monitoring), curfew({10, 10, 10, 10, 10, 10, 10})})), Fields{});
  EXPECT_EQ(
      breaches_of(order_with({plain(K::electronic_monitoring), plain(K::exclusion, "2023-06-01", day("2023-07-31"))})),
      Fields{});
}

TEST(YroRequirements, AmountsAreGivenInTheKindsUnitAndOnlyForKindsWithOne) {
  EXPECT_EQ(breaches_of(order_with({plain(K::unpaid_work)})), Fields{"requirements[0].amount"});
  EXPECT_EQ(breaches_of(order_with({with_amount(K::unpaid_work, 0, AmountUnit::hours)})),
            Fields{"requirements[0].amount"});
  EXPECT_EQ(breaches_of(order_with({with_amount(K::unpaid_work, 100, AmountUnit::days)})),
            Fields{"requirements[0].unit"});
  EXPECT_EQ(breaches_of(order_with({with_amount(K::supervision, 10, AmountUnit::days)})),
            Fields{"requirements[0].amount"});
}

TEST(YroRequirements, EachKindOnceAndFosteringOnlyInAnOrderWithFostering) {
  EXPECT_EQ(breaches_of(order_with({})), Fields{"requirements"});
  EXPECT_EQ(breaches_of(order_with({plain(K::supervision), plain(K::supervision)})), Fields{"requirements[1].kind"});
  EXPECT_EQ(breaches_of(order_with({plain(K::fostering)})), Fields{"requirements[0].kind"});
  auto fostering = order_with({plain(K::supervision)});
  fostering.kind = YroKind::fostering;
  EXPECT_EQ(breaches_of(fostering), Fields{"requirements"});
  fostering.requirements.push_back(plain(K::fostering));
  EXPECT_EQ(breaches_of(fostering), Fields{});
}

TEST(YroRequirements, RequirementsRunWithinTheOrder) {
  auto order =
      order_with({plain(K::prohibited_activity, "2023-05-31"), plain(K::education, "2023-06-01", day("2024-06-02")),
                  plain(K::programme, "2023-07-01", day("2023-06-30"))});
  EXPECT_EQ(breaches_of(order),
            (Fields{"requirements[0].starts_on", "requirements[1].ends_on", "requirements[2].ends_on"}));
}

TEST(YroRequirements, OldLimitsStayWithOldConvictions) {
  EXPECT_EQ(yro_limits_on(day("2022-06-27")).curfew_max_hours_a_day, 16);
  EXPECT_FALSE(yro_limits_on(day("2022-06-27")).curfew_max_hours_in_7_days);
  EXPECT_EQ(yro_limits_on(day("2022-06-28")).curfew_max_hours_a_day, 20);
  EXPECT_EQ(yro_limits_on(day("2022-06-28")).curfew_max_hours_in_7_days, 112);
  EXPECT_EQ(yro_limits_on(day("2009-12-01")).curfew_max_hours_a_day, 16);
}

TEST(YroRequirements, KindsHaveCodesLabelsAndUnits) {
  EXPECT_EQ(requirement_kinds().size(), 17u);
  for (const auto& info : requirement_kinds()) {
    EXPECT_EQ(requirement_kind_from_code(info.code), info.kind) << info.code;
    EXPECT_EQ(requirement_kind_info(info.kind).code, info.code);
  }
  EXPECT_FALSE(requirement_kind_from_code("community_service"));
  EXPECT_EQ(requirement_kind_info(K::activity).unit, AmountUnit::days);
  EXPECT_EQ(requirement_kind_info(K::unpaid_work).unit, AmountUnit::hours);
  EXPECT_EQ(yro_kind_for("youth_rehabilitation_order_iss"), YroKind::intensive_supervision_and_surveillance);
  EXPECT_EQ(yro_kind_for("youth_rehabilitation_order"), YroKind::standard);
  EXPECT_FALSE(yro_kind_for("referral_order"));
}

}  // namespace
}  // namespace pathway::justice
