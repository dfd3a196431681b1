// The Terms of kpi.md as the engine's day arithmetic: birthdays (29 February), months that
// end short, the last day of compulsory school age, and the lists of outcome types.
#include <gtest/gtest.h>

#include "measures/measure_terms.h"

namespace pathway::measures {
namespace {

using namespace std::chrono;

Day d(int y, unsigned m, unsigned dd) { return day_of(Date{year{y}, month{m}, day{dd}}); }

TEST(MeasureTerms, ABirthdayIsTheFirstDayOfTheNewAge) {
  Date born{year{2009}, June, day{15}};
  EXPECT_EQ(birthday(born, 10), d(2019, 6, 15));
  EXPECT_EQ(birthday(born, 18), d(2027, 6, 15));
  for (Day on : {d(2027, 6, 14), d(2027, 6, 15), d(2027, 6, 16)}) {
    EXPECT_EQ(age_on(born, date_of(on)) >= 18, on >= birthday(born, 18)) << to_iso(date_of(on));
  }
}

TEST(MeasureTerms, A29FebruaryBirthdayFallsOn1MarchInOtherYears) {
  Date born{year{2008}, February, day{29}};
  EXPECT_EQ(birthday(born, 18), d(2026, 3, 1));
  EXPECT_EQ(birthday(born, 16), d(2024, 2, 29)) << "2024 has a 29 February";
  EXPECT_EQ(birthday(born, 10), d(2018, 3, 1));
  for (Day on = d(2026, 2, 25); on <= d(2026, 3, 3); ++on) {
    EXPECT_EQ(age_on(born, date_of(on)) >= 18, on >= birthday(born, 18)) << to_iso(date_of(on));
  }
}

TEST(MeasureTerms, AddingMonthsStopsAtTheEndOfAShorterMonth) {
  EXPECT_EQ(add_months(d(2024, 1, 31), 1), d(2024, 2, 29));
  EXPECT_EQ(add_months(d(2025, 1, 31), 1), d(2025, 2, 28));
  EXPECT_EQ(add_months(d(2024, 8, 31), 18), d(2026, 2, 28));
  EXPECT_EQ(add_months(d(2024, 2, 29), 12), d(2025, 2, 28));
  EXPECT_EQ(add_months(d(2024, 1, 15), 12), d(2025, 1, 15));
}

TEST(MeasureTerms, SchoolAgeEndsOnTheLastFridayOfJuneOfTheSchoolYearOfThe16thBirthday) {
  // Turning 16 on 2025-06-15 (school year 2024/25): Friday 27 June 2025.
  EXPECT_EQ(last_day_of_school_age(Date{year{2009}, June, day{15}}), d(2025, 6, 27));
  // On 31 August 2025: still the school year 2024/25.
  EXPECT_EQ(last_day_of_school_age(Date{year{2009}, August, day{31}}), d(2025, 6, 27));
  // On 1 September 2025: the school year 2025/26, whose June ends on Friday 26 June 2026.
  EXPECT_EQ(last_day_of_school_age(Date{year{2009}, September, day{1}}), d(2026, 6, 26));
  // 30 June 2029 is a Saturday: the last Friday is the 29th. 30 June 2034 is a Friday: that
  // day itself.
  EXPECT_EQ(last_day_of_school_age(Date{year{2013}, January, day{1}}), d(2029, 6, 29));
  EXPECT_EQ(last_day_of_school_age(Date{year{2018}, March, day{1}}), d(2034, 6, 30));
  // 29 February 2008: 16 on 29 February 2024, school year 2023/24: Friday 28 June 2024.
  EXPECT_EQ(last_day_of_school_age(Date{year{2008}, February, day{29}}), d(2024, 6, 28));
}

TEST(MeasureTerms, OutcomeTypesBelongToTheTermsKpiMdListsThemIn) {
  auto code = [](std::string_view type) { return *outcome_code(type); };
  EXPECT_FALSE(outcome_code("caution"));
  EXPECT_TRUE(is_substantive(code("youth_caution")));
  EXPECT_FALSE(is_substantive(code("community_resolution")));
  EXPECT_FALSE(is_substantive(code("not_guilty")));
  EXPECT_TRUE(is_court_disposal(code("absolute_discharge")));
  EXPECT_FALSE(is_court_disposal(code("youth_conditional_caution")));
  EXPECT_TRUE(is_custodial_sentence(code("detention_at_his_majestys_pleasure")));
  EXPECT_FALSE(is_custodial_sentence(code("youth_rehabilitation_order_iss")));
  EXPECT_TRUE(is_index_outcome(code("youth_conditional_caution")));
  EXPECT_TRUE(is_index_outcome(code("youth_rehabilitation_order_iss")));
  EXPECT_FALSE(is_index_outcome(code("section_250")));
  EXPECT_FALSE(is_index_outcome(code("deferred_prosecution")));
  EXPECT_TRUE(is_court_programme_or_order(code("extended_sentence")));
  EXPECT_FALSE(is_court_programme_or_order(code("detention_at_his_majestys_pleasure")));
  EXPECT_FALSE(is_court_programme_or_order(code("fine")));
  EXPECT_TRUE(is_out_of_court_disposal(code("deferred_prosecution")));
  EXPECT_TRUE(is_serious_violence_offence("drugs", 5));
  EXPECT_FALSE(is_serious_violence_offence("drugs", 4));
  EXPECT_FALSE(is_serious_violence_offence("burglary", 8));
}

}  // namespace
}  // namespace pathway::measures
