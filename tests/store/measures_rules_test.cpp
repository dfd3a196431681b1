// Hand-worked cases for each rule of shared/spec/kpi.md and each edge the issue names, on
// small real databases (SQLite; PostgreSQL under scripts/with-postgres). Each expectation
// is worked out by hand in the comment beside it.
#include <gtest/gtest.h>

#include "measures/measure_output.h"
#include "measures_fixture.h"

namespace pathway {
namespace {

using testing::OutcomeDetails;

class MeasureRules : public ::testing::Test {
 protected:
  void SetUp() override {
    db.district("ASHFORD", "EAST", {{2025, 10'000}, {2024, 9'000}});
    db.district("DOVER", "EAST", {{2025, 5'000}});
    db.district("MAIDSTONE", "WEST", {{2025, 20'000}});
  }
  testing::MeasuresFixture db;
};

// ---- First time entrants

TEST_F(MeasureRules, AFirstTimeEntrantIsCountedInThePeriodOfTheirFirstSubstantiveOutcome) {
  auto first = db.child("2010-05-01", "ASHFORD");
  db.proven(first, "2025-01-01");                // first ever, on the period's first day
  db.proven(first, "2025-02-01");                // a second in the period: still one child
  auto earlier = db.child("2010-05-01", "ASHFORD");
  db.proven(earlier, "2024-12-31");              // first was the day before the period
  db.proven(earlier, "2025-02-01");
  auto resolved = db.child("2010-05-01", "ASHFORD");
  db.proven(resolved, "2024-06-01", "community_resolution");  // not substantive: no entry then
  db.proven(resolved, "2025-03-31", "fine");     // first substantive, on the period's last day
  auto not_guilty = db.child("2010-05-01", "ASHFORD");
  db.proven(not_guilty, "2025-02-01", "not_guilty");
  auto m = db.measures("2025-01-01", "2025-03-31", {"ASHFORD"});
  EXPECT_EQ(m.first_time_entrants.count, 2);
  EXPECT_DOUBLE_EQ(*m.first_time_entrants.rate_per_100k, 2.0 / 10'000 * 100'000);  // 20
}

TEST_F(MeasureRules, AChildTurning18BeforeTheirFirstSubstantiveOutcomeIsNotAFirstTimeEntrant) {
  auto turned = db.child("2007-02-10", "ASHFORD");   // 18 on 2025-02-10
  db.proven(turned, "2025-02-10", "fine");
  auto still_17 = db.child("2007-02-11", "ASHFORD");  // 18 on 2025-02-11: 17 on the 10th
  db.proven(still_17, "2025-02-10", "fine");
  EXPECT_EQ(db.measures("2025-01-01", "2025-03-31").first_time_entrants.count, 1);
}

TEST_F(MeasureRules, AChildBornOn29FebruaryTurns18On1MarchInAYearWithout29February) {
  auto leapling = db.child("2008-02-29", "ASHFORD");  // 18 on 2026-03-01
  db.proven(leapling, "2026-02-28", "fine");          // 17: counted
  auto other = db.child("2008-02-29", "ASHFORD");
  db.proven(other, "2026-03-01", "fine");             // 18: not counted
  auto m = db.measures("2026-01-01", "2026-03-31");
  EXPECT_EQ(m.first_time_entrants.count, 1);
  EXPECT_EQ(m.custody.court_disposals, 1);
}

TEST_F(MeasureRules, RatesAreUnknownWhenAnyDistrictOfTheScopeHasNoPopulationForTheYearThePeriodEnds) {
  db.district("THANET", "EAST");  // no figure at all
  auto child = db.child("2010-05-01", "ASHFORD");
  db.proven(child, "2025-02-01", "fine");
  auto east = db.measures("2025-01-01", "2025-03-31", {}, {"EAST"});
  EXPECT_FALSE(east.population);
  EXPECT_FALSE(east.first_time_entrants.rate_per_100k) << "null, never zero";
  EXPECT_FALSE(east.custody.rate_per_1000);
  EXPECT_FALSE(east.serious_violence.rate_per_10k);
  EXPECT_EQ(east.first_time_entrants.count, 1);
  // A period ending in 2024 uses the 2024 figures: Dover has none, so the pair is unknown.
  auto year_2024 = db.measures("2024-12-01", "2024-12-31", {"ASHFORD", "DOVER"});
  EXPECT_FALSE(year_2024.population);
  // The year the period ends decides, not the year it starts.
  auto across = db.measures("2024-12-01", "2025-01-31", {"ASHFORD", "DOVER"});
  EXPECT_EQ(across.population, 15'000);
  auto ashford_2024 = db.measures("2024-12-01", "2024-12-31", {"ASHFORD"});
  EXPECT_EQ(ashford_2024.population, 9'000);
  EXPECT_DOUBLE_EQ(*ashford_2024.first_time_entrants.rate_per_100k, 0.0) << "a known population gives 0, not null";
}

TEST_F(MeasureRules, AChildCountsInTheScopeOfTheirHomeDistrict) {
  db.proven(db.child("2010-05-01", "ASHFORD"), "2025-02-01", "fine");
  db.proven(db.child("2010-05-01", "DOVER"), "2025-02-01", "fine");
  db.proven(db.child("2010-05-01", "MAIDSTONE"), "2025-02-01", "fine");
  EXPECT_EQ(db.measures("2025-01-01", "2025-03-31").first_time_entrants.count, 3);
  EXPECT_EQ(db.measures("2025-01-01", "2025-03-31", {}, {"EAST"}).first_time_entrants.count, 2);
  EXPECT_EQ(db.measures("2025-01-01", "2025-03-31", {"MAIDSTONE"}).first_time_entrants.count, 1);
  auto both = db.measures("2025-01-01", "2025-03-31", {"MAIDSTONE"}, {"EAST"});
  EXPECT_EQ(both.first_time_entrants.count, 3);
  EXPECT_EQ(both.districts, (std::vector<std::string>{"ASHFORD", "DOVER", "MAIDSTONE"}));
  EXPECT_EQ(both.population, 35'000);
}

// ---- Use of custody

TEST_F(MeasureRules, CustodyCountsCustodialSentencesAmongCourtDisposalsOfChildrenAged10To17) {
  auto child = db.child("2009-06-15", "ASHFORD");
  db.proven(child, "2025-01-10", "detention_and_training_order");
  db.proven(child, "2025-01-11", "section_250");
  db.proven(child, "2025-01-12", "referral_order");
  db.proven(child, "2025-01-13", "youth_caution");      // not a court disposal
  db.proven(child, "2025-01-14", "community_resolution");
  db.proven(child, "2025-04-01", "fine");               // after the period
  auto adult = db.child("2007-01-01", "ASHFORD");       // 18 on 2025-01-01
  db.proven(adult, "2025-02-01", "extended_sentence");
  auto m = db.measures("2025-01-01", "2025-03-31", {"ASHFORD"});
  EXPECT_EQ(m.custody.count, 2);
  EXPECT_EQ(m.custody.court_disposals, 3);
  EXPECT_DOUBLE_EQ(*m.custody.percent_of_court_disposals, 2.0 / 3 * 100);
  EXPECT_DOUBLE_EQ(*m.custody.rate_per_1000, 2.0 / 10'000 * 1'000);
}

TEST_F(MeasureRules, NoCourtDisposalsGivesNoPercentage) {
  auto m = db.measures("2025-01-01", "2025-03-31");
  EXPECT_EQ(m.custody.court_disposals, 0);
  EXPECT_FALSE(m.custody.percent_of_court_disposals);
  EXPECT_DOUBLE_EQ(*m.custody.rate_per_1000, 0.0);
}

// ---- Remands

TEST_F(MeasureRules, RemandEpisodesStartingInThePeriodLeaveOutUnconditionalBail) {
  auto child = db.child("2009-06-15", "DOVER");
  db.remand(child, "2024-12-31", "remand_youth_detention");  // the day before
  db.remand(child, "2025-01-01", "remand_youth_detention");
  db.remand(child, "2025-02-01", "conditional_bail");
  db.remand(child, "2025-02-02", "bail_iss");
  db.remand(child, "2025-02-03", "unconditional_bail");
  db.remand(child, "2025-03-31", "remand_local_authority");
  auto m = db.measures("2025-01-01", "2025-03-31");
  EXPECT_EQ(m.remands.episodes, 4);
  EXPECT_EQ(m.remands.youth_detention, 1);
  EXPECT_DOUBLE_EQ(*m.remands.percent_youth_detention, 25.0);
  EXPECT_FALSE(db.measures("2025-04-01", "2025-06-30").remands.percent_youth_detention);
}

// ---- Proven reoffending

TEST_F(MeasureRules, AReoffenceIsCommittedAfterTheIndexDateWithin12MonthsAndProvenWithin18) {
  auto child = db.child("2009-06-15", "ASHFORD");
  db.proven(child, "2024-01-15", "youth_caution");    // index date 2024-01-15
  // Offence on the index date itself: not after it.
  db.outcome(child, "2024-02-01", "fine", {db.offence(child, "2024-01-15")});
  // Committed 2025-01-15 (index + 12 months, included), proven 2025-07-15 (+18, included).
  db.outcome(child, "2025-07-15", "fine", {db.offence(child, "2025-01-15")});
  // Committed 2025-01-16: a day too late.
  db.outcome(child, "2025-02-01", "fine", {db.offence(child, "2025-01-16")});
  // Committed in time, proven 2025-07-16: after the waiting period.
  db.outcome(child, "2025-07-16", "fine", {db.offence(child, "2024-06-01")});
  // Committed in time but never proven (not guilty), or only by a community resolution.
  db.outcome(child, "2024-08-01", "not_guilty", {db.offence(child, "2024-07-01")});
  db.outcome(child, "2024-08-01", "community_resolution", {db.offence(child, "2024-07-02")});
  auto m = db.measures("2024-01-01", "2024-03-31", {"ASHFORD"}, {}, "2026-01-01");
  EXPECT_EQ(m.reoffending.cohort, 1);
  EXPECT_EQ(m.reoffending.reoffenders, 1);
  EXPECT_EQ(m.reoffending.reoffences, 1) << "only the offence of 2025-01-15";
  EXPECT_DOUBLE_EQ(*m.reoffending.binary_rate, 100.0);
  EXPECT_DOUBLE_EQ(*m.reoffending.frequency_per_reoffender, 1.0);
  EXPECT_DOUBLE_EQ(*m.reoffending.frequency_per_offender, 1.0);
  EXPECT_TRUE(m.reoffending.follow_up_complete) << "2024-01-15 + 18 months = 2025-07-15, before 2026-01-01";
}

TEST_F(MeasureRules, AnOffenceNamedByTwoOutcomesIsOneReoffenceProvenByTheEarlier) {
  auto child = db.child("2009-06-15", "ASHFORD");
  db.proven(child, "2024-01-15", "referral_order");
  auto offence = db.offence(child, "2024-05-01");
  db.outcome(child, "2025-10-01", "fine", {offence});             // too late on its own
  db.outcome(child, "2024-09-01", "youth_conditional_caution", {offence});
  db.outcome(child, "2024-08-01", "deferred_prosecution", {offence});  // not substantive: proves nothing
  auto m = db.measures("2024-01-01", "2024-03-31", {}, {}, "2026-01-01");
  EXPECT_EQ(m.reoffending.reoffences, 1);
  EXPECT_EQ(m.reoffending.reoffenders, 1);
}

TEST_F(MeasureRules, TheWindowsEndOnTheLastDayOfAShorterMonth) {
  auto child = db.child("2009-06-15", "ASHFORD");
  db.proven(child, "2024-08-31", "fine");  // +12 months: 2025-08-31; +18 months: 2026-02-28
  db.outcome(child, "2026-02-28", "fine", {db.offence(child, "2025-08-31")});  // counts
  db.outcome(child, "2026-03-01", "fine", {db.offence(child, "2025-08-30")});  // proven a day late
  auto m = db.measures("2024-07-01", "2024-09-30", {}, {}, "2026-02-27");
  EXPECT_EQ(m.reoffending.reoffences, 1);
  EXPECT_FALSE(m.reoffending.follow_up_complete) << "2026-02-28 is after today";
  EXPECT_TRUE(db.measures("2024-07-01", "2024-09-30", {}, {}, "2026-02-28").reoffending.follow_up_complete);
}

TEST_F(MeasureRules, TheIndexDateIsTheFirstIndexEventInThePeriodAndAReleaseFromASentenceIsOne) {
  auto released = db.child("2009-06-15", "ASHFORD");
  auto sentence = db.proven(released, "2023-06-01", "detention_and_training_order");
  db.custody(released, sentence, "2023-06-01", "2024-02-10");  // index date 2024-02-10
  // A later index event, for an offence before the index date: the index date stays 02-10.
  db.outcome(released, "2024-03-01", "fine", {db.offence(released, "2024-02-01")});
  db.outcome(released, "2024-04-01", "fine", {db.offence(released, "2024-02-20")});  // after 02-10: counts
  auto remanded = db.child("2009-06-15", "ASHFORD");
  db.custody(remanded, std::nullopt, "2024-01-01", "2024-02-10");  // release from remand: no index event
  auto custodial = db.child("2009-06-15", "ASHFORD");
  db.proven(custodial, "2024-02-01", "section_250");               // a custodial sentence: no index event
  auto caution_then_18 = db.child("2006-02-05", "DOVER");          // 18 on 2024-02-05
  db.proven(caution_then_18, "2024-02-04", "youth_caution");       // 17: in the cohort
  auto first_at_18 = db.child("2006-01-10", "DOVER");              // 18 on 2024-01-10
  db.proven(first_at_18, "2024-01-10", "youth_caution");           // first index event at 18: out
  auto m = db.measures("2024-01-01", "2024-03-31", {}, {}, "2026-01-01");
  EXPECT_EQ(m.reoffending.cohort, 2);
  EXPECT_EQ(m.reoffending.reoffenders, 1);
  EXPECT_EQ(m.reoffending.reoffences, 1);
  EXPECT_DOUBLE_EQ(*m.reoffending.binary_rate, 50.0);
  EXPECT_DOUBLE_EQ(*m.reoffending.frequency_per_offender, 0.5);
}

TEST_F(MeasureRules, AnEmptyCohortHasNoRatesAndNothingToWaitFor) {
  auto m = db.measures("2024-01-01", "2024-03-31", {}, {}, "2024-04-01");
  EXPECT_EQ(m.reoffending.cohort, 0);
  EXPECT_FALSE(m.reoffending.binary_rate);
  EXPECT_FALSE(m.reoffending.frequency_per_reoffender);
  EXPECT_FALSE(m.reoffending.frequency_per_offender);
  EXPECT_TRUE(m.reoffending.follow_up_complete);
}

// ---- Orders ending

TEST_F(MeasureRules, AChildWithSeveralOrdersEndingCountsOnceWithTheOneThatEndsLast) {
  auto child = db.child("2009-06-15", "ASHFORD");  // 16 on 2025-06-15
  db.proven(child, "2024-01-10", "referral_order",
            {"2024-02-01", "2025-02-01", "completed", "suitable", "suitable", ""});
  db.proven(child, "2024-03-10", "youth_rehabilitation_order",
            {"2024-03-10", "2025-03-01", "breached", "unsuitable", "unsuitable", ""});
  auto m = db.measures("2025-01-01", "2025-03-31");
  EXPECT_EQ(m.accommodation.ending, 1);
  EXPECT_EQ(m.accommodation.suitable, 0) << "the order ending 2025-03-01 decides";
  EXPECT_DOUBLE_EQ(*m.accommodation.percent_suitable, 0.0);
  EXPECT_EQ(m.ete.ending, 1);
  EXPECT_EQ(m.ete.suitable, 0);
}

TEST_F(MeasureRules, OrdersEndingTheSameDayAreDecidedByTheGreatestOutcomeIdInByteOrder) {
  auto child = db.child("2009-06-15", "ASHFORD");
  // "O-9" > "O-10" byte by byte ('9' > '1'), though 10 > 9 as numbers.
  db.proven(child, "2024-01-10", "referral_order", {"2024-02-01", "2025-02-01", "completed", "suitable", "suitable", "O-9"});
  db.proven(child, "2024-01-10", "youth_rehabilitation_order",
            {"2024-02-01", "2025-02-01", "completed", "unsuitable", "unsuitable", "O-10"});
  auto m = db.measures("2025-01-01", "2025-03-31");
  EXPECT_EQ(m.accommodation.ending, 1);
  EXPECT_EQ(m.accommodation.suitable, 1);
  EXPECT_EQ(m.ete.suitable, 1);
}

TEST_F(MeasureRules, WhatCountsAsAProgrammeOrOrderEnding) {
  auto a = db.child("2009-06-15", "ASHFORD");
  db.proven(a, "2024-01-10", "referral_order", {"2024-02-01", "2025-02-01", "ongoing", "suitable", "suitable", ""});
  auto b = db.child("2009-06-15", "ASHFORD");
  db.proven(b, "2024-01-10", "youth_caution", {"", "2025-02-01", "completed", "suitable", "suitable", ""});  // no start
  auto c = db.child("2009-06-15", "ASHFORD");
  db.proven(c, "2024-01-10", "detention_at_his_majestys_pleasure",
            {"2024-01-10", "2025-02-01", "completed", "suitable", "suitable", ""});  // not in the list
  auto d = db.child("2009-06-15", "ASHFORD");
  db.proven(d, "2024-01-10", "fine", {"2024-01-10", "2025-02-01", "completed", "suitable", "suitable", ""});
  auto e = db.child("2009-06-15", "ASHFORD");  // counted: an out-of-court disposal with a start
  db.proven(e, "2024-12-01", "community_resolution", {"2024-12-01", "2025-02-01", "completed", "suitable", "", ""});
  auto f = db.child("2009-06-15", "ASHFORD");  // counted: a court order needs no start date
  db.proven(f, "2024-01-10", "section_252a", {"", "2025-03-31", "not_applicable", "", "suitable", ""});
  auto m = db.measures("2025-01-01", "2025-03-31");
  EXPECT_EQ(m.accommodation.ending, 2);
  EXPECT_EQ(m.accommodation.suitable, 1);
  EXPECT_DOUBLE_EQ(*m.accommodation.percent_suitable, 50.0);
  EXPECT_EQ(m.ete.suitable, 1);
}

TEST_F(MeasureRules, AgeAndSchoolAgeAreTakenOnTheEndDate) {
  // Born 2009-06-15: 16 on 2025-06-15, in the school year 2024/25, whose last Friday of
  // June is 2025-06-27: of compulsory school age to 2025-06-27 included.
  auto on_last_day = db.child("2009-06-15", "ASHFORD");
  db.proven(on_last_day, "2024-01-10", "referral_order", {"2024-02-01", "2025-06-27", "completed", "suitable", "suitable", ""});
  auto day_after = db.child("2009-06-15", "ASHFORD");
  db.proven(day_after, "2024-01-10", "referral_order", {"2024-02-01", "2025-06-28", "completed", "suitable", "suitable", ""});
  // Born 2009-09-01: 16 on 2025-09-01, school year 2025/26: school age until 2026-06-26.
  auto september = db.child("2009-09-01", "ASHFORD");
  db.proven(september, "2024-01-10", "referral_order", {"2024-02-01", "2025-06-30", "completed", "unsuitable", "unsuitable", ""});
  // Born 2007-06-20: 18 on 2025-06-20, so not 16 or 17 on 2025-06-20.
  auto eighteen = db.child("2007-06-20", "ASHFORD");
  db.proven(eighteen, "2024-01-10", "referral_order", {"2024-02-01", "2025-06-20", "completed", "suitable", "suitable", ""});
  auto m = db.measures("2025-06-01", "2025-06-30");
  EXPECT_EQ(m.ete.ending, 4);
  EXPECT_EQ(m.ete.school_age_ending, 2);     // on_last_day, september
  EXPECT_EQ(m.ete.school_age_suitable, 1);
  EXPECT_EQ(m.ete.above_school_age_ending, 2);  // day_after, eighteen
  EXPECT_EQ(m.ete.above_school_age_suitable, 2);
  EXPECT_EQ(m.accommodation.aged_16_17_ending, 2);  // on_last_day (16 on 06-15), day_after
  EXPECT_EQ(m.accommodation.aged_16_17_suitable, 2);
  EXPECT_EQ(m.accommodation.suitable, 3);
}

TEST_F(MeasureRules, AChildBornOn29FebruaryIsOfSchoolAgeUntilJuneOfTheSchoolYearTheyTurn16) {
  // Born 2008-02-29: 16 on 2024-02-29 (a leap year), school year 2023/24: last Friday of
  // June 2024 is 2024-06-28.
  auto child = db.child("2008-02-29", "ASHFORD");
  db.proven(child, "2023-01-10", "referral_order", {"2023-02-01", "2024-06-28", "completed", "suitable", "suitable", ""});
  auto m = db.measures("2024-06-28", "2024-06-28");
  EXPECT_EQ(m.ete.school_age_ending, 1);
  EXPECT_EQ(m.accommodation.aged_16_17_ending, 1);
}

// ---- Out-of-court disposals completed

TEST_F(MeasureRules, OutOfCourtDisposalsAreCountedOnePerDisposal) {
  auto child = db.child("2010-06-15", "ASHFORD");
  db.proven(child, "2025-01-02", "community_resolution", {"2025-01-02", "2025-02-01", "completed", "", "", ""});
  db.proven(child, "2025-01-03", "youth_caution", {"2025-01-03", "2025-02-01", "breached", "", "", ""});
  db.proven(child, "2025-01-04", "deferred_prosecution", {"2025-01-04", "2025-02-01", "revoked", "", "", ""});
  db.proven(child, "2025-01-05", "youth_conditional_caution", {"2025-01-05", "2025-02-01", "not_applicable", "", "", ""});
  db.proven(child, "2025-01-06", "youth_caution", {"", "2025-02-01", "completed", "", "", ""});  // no start
  db.proven(child, "2025-01-07", "referral_order", {"2025-01-07", "2025-02-01", "completed", "", "", ""});  // court
  db.proven(child, "2025-01-08", "youth_caution", {"2025-01-08", "2025-04-01", "completed", "", "", ""});  // later
  auto m = db.measures("2025-01-01", "2025-03-31");
  EXPECT_EQ(m.out_of_court.ending, 3);
  EXPECT_EQ(m.out_of_court.completed, 1);
  EXPECT_DOUBLE_EQ(*m.out_of_court.percent_completed, 1.0 / 3 * 100);
}

// ---- Serious violence

TEST_F(MeasureRules, SeriousViolenceCountsChildrenProvenOfAViolentOffenceOfGravity5OrMore) {
  auto robber = db.child("2010-06-15", "ASHFORD");
  db.outcome(robber, "2025-02-01", "fine", {db.offence(robber, "2025-01-01", "robbery", 5)});
  db.outcome(robber, "2025-02-02", "referral_order", {db.offence(robber, "2025-01-02", "drugs", 8)});  // same child
  auto minor = db.child("2010-06-15", "ASHFORD");
  db.outcome(minor, "2025-02-01", "fine", {db.offence(minor, "2025-01-01", "violence_against_the_person", 4)});
  auto burglar = db.child("2010-06-15", "ASHFORD");
  db.outcome(burglar, "2025-02-01", "fine", {db.offence(burglar, "2025-01-01", "burglary", 7)});
  auto resolved = db.child("2010-06-15", "ASHFORD");
  db.outcome(resolved, "2025-02-01", "community_resolution",
             {db.offence(resolved, "2025-01-01", "violence_against_the_person", 6)});
  auto mixed = db.child("2010-06-15", "DOVER");  // one outcome, a serious offence among others
  db.outcome(mixed, "2025-03-31", "youth_caution",
             {db.offence(mixed, "2025-01-01", "theft_and_handling", 2),
              db.offence(mixed, "2025-01-02", "violence_against_the_person", 5)});
  auto m = db.measures("2025-01-01", "2025-03-31", {"ASHFORD", "DOVER"});
  EXPECT_EQ(m.serious_violence.children, 2);
  EXPECT_DOUBLE_EQ(*m.serious_violence.rate_per_10k, 2.0 / 15'000 * 10'000);
}

// ---- Where kpi.md leaves a choice (docs/kpi.md)

TEST_F(MeasureRules, AnOrderWithNoCompletionRecordedHasEndedAndRemandsAndEndingsHaveNoAgeLimit) {
  auto adult = db.child("2006-01-01", "ASHFORD");  // 18 on 2024-01-01
  db.remand(adult, "2025-02-01", "conditional_bail");
  db.proven(adult, "2023-06-01", "youth_rehabilitation_order", {"2023-06-01", "2025-02-01", "", "suitable", "", ""});
  auto m = db.measures("2025-01-01", "2025-03-31");
  EXPECT_EQ(m.remands.episodes, 1);
  EXPECT_EQ(m.accommodation.ending, 1);
  EXPECT_EQ(m.accommodation.suitable, 0) << "no accommodation recorded is not suitable";
  EXPECT_EQ(m.accommodation.aged_16_17_ending, 0);
  EXPECT_EQ(m.ete.above_school_age_ending, 1);
  EXPECT_EQ(m.ete.above_school_age_suitable, 1);
  EXPECT_EQ(m.out_of_court.ending, 0);
}

TEST_F(MeasureRules, SeriousViolenceCountsEverySubstantiveOutcomeNamingTheOffenceNotOnlyItsFirstProof) {
  auto child = db.child("2010-06-15", "ASHFORD");
  auto robbery = db.offence(child, "2024-12-01", "robbery", 6);
  db.outcome(child, "2025-02-01", "youth_conditional_caution", {robbery});
  db.outcome(child, "2025-05-01", "referral_order", {robbery});  // the caution's conditions broken
  EXPECT_EQ(db.measures("2025-01-01", "2025-03-31").serious_violence.children, 1);
  EXPECT_EQ(db.measures("2025-04-01", "2025-06-30").serious_violence.children, 1);
}

// ---- The JSON of kpi.md

TEST_F(MeasureRules, TheCommandsJsonHasTheSpecsKeysInItsOrderWithNullForUnknownRatios) {
  auto m = db.measures("2025-01-01", "2025-03-31", {"DOVER", "ASHFORD"});
  EXPECT_EQ(measures::measures_json(m),
            "{\n"
            "  \"definitions\": \"pathway-2025-1\",\n"
            "  \"period\": {\"from\": \"2025-01-01\", \"to\": \"2025-03-31\"},\n"
            "  \"scope\": {\"districts\": [\"ASHFORD\", \"DOVER\"]},\n"
            "  \"population\": 15000,\n"
            "  \"first_time_entrants\": {\"count\": 0, \"rate_per_100k\": 0.0},\n"
            "  \"custody\": {\"count\": 0, \"rate_per_1000\": 0.0, \"court_disposals\": 0, "
            "\"percent_of_court_disposals\": null},\n"
            "  \"remands\": {\"episodes\": 0, \"youth_detention\": 0, \"percent_youth_detention\": null},\n"
            "  \"reoffending\": {\"cohort\": 0, \"reoffenders\": 0, \"reoffences\": 0, \"binary_rate\": null, "
            "\"frequency_per_reoffender\": null, \"frequency_per_offender\": null, \"follow_up_complete\": true},\n"
            "  \"accommodation\": {\"ending\": 0, \"suitable\": 0, \"percent_suitable\": null, "
            "\"aged_16_17_ending\": 0, \"aged_16_17_suitable\": 0},\n"
            "  \"ete\": {\"ending\": 0, \"suitable\": 0, \"percent_suitable\": null, \"school_age_ending\": 0, "
            "\"school_age_suitable\": 0, \"above_school_age_ending\": 0, \"above_school_age_suitable\": 0},\n"
            "  \"out_of_court\": {\"ending\": 0, \"completed\": 0, \"percent_completed\": null},\n"
            "  \"serious_violence\": {\"children\": 0, \"rate_per_10k\": 0.0}\n"
            "}\n");
}

}  // namespace
}  // namespace pathway
