// The live reoffending tracker (issue 10 point 4): its cohort members are the published
// count's (the same children, index dates and reoffences, on generated data for many periods
// and scopes), and its month-by-month development, breakdowns and small group are worked by
// hand on small real databases. On SQLite, and PostgreSQL under scripts/with-postgres.
#include <gtest/gtest.h>

#include "measures/reoffending_cohort.h"
#include "measures_generator.h"
#include "performance/reoffending_tracker.h"

namespace pathway {
namespace {

using measures::ReoffendingCohort;

measures::Day day(const std::string& iso) { return measures::day_of(*parse_iso_date(iso)); }

measures::Period period(const std::string& from, const std::string& to) {
  return measures::parse_period(from, to).value();
}

std::vector<std::int64_t> ids_of(const ReoffendingCohort& cohort, const measures::RecordSnapshot& snapshot) {
  std::vector<std::int64_t> ids;
  for (const auto& member : cohort.members) ids.push_back(snapshot.children.id[member.child]);
  return ids;
}

TEST(ReoffendingCohortMembers, AreTheChildrenThePublishedCountCountsInEveryPeriodAndScope) {
  testing::MeasuresFixture db;
  testing::MeasuresGenerator generator(db);
  generator.districts();
  {
    store::Transaction transaction(db.connection());
    for (int i = 0; i < 250; ++i) generator.child();
    transaction.commit();
  }
  auto snapshot = db.snapshot();
  auto connection = db.database().database().acquire();
  const std::vector<std::pair<std::string, std::string>> periods = {
      {"2020-01-01", "2020-03-31"}, {"2021-04-01", "2021-06-30"}, {"2022-07-01", "2022-09-30"},
      {"2023-10-01", "2023-12-31"}, {"2024-01-01", "2024-03-31"}, {"2024-10-01", "2024-12-31"},
      {"2025-01-01", "2025-03-31"}, {"2018-01-01", "2030-12-31"}};
  const std::vector<std::vector<std::string>> district_sets = {{"A1", "A2", "B1", "B2"}, {"A1"}, {"A2", "B1"}};
  measures::Day today = day("2025-06-15");
  std::int64_t reoffences_seen = 0;
  for (const auto& [from, to] : periods) {
    for (const auto& districts : district_sets) {
      std::string where = from + " in " + districts.front() + "+" + std::to_string(districts.size());
      auto scope = measures::resolve_scope(snapshot, districts, {}).value();
      auto published = measures::measure_sets(snapshot, period(from, to), {scope}, today).front().reoffending;
      ReoffendingCohort cohort =
          measures::in_scope(measures::reoffending_cohort(snapshot, period(from, to)), snapshot, scope);
      auto progress = performance::cohort_progress(cohort, today);
      EXPECT_EQ(progress.figures.cohort, published.cohort) << where;
      EXPECT_EQ(progress.figures.reoffenders, published.reoffenders) << where;
      EXPECT_EQ(progress.figures.reoffences, published.reoffences) << where;
      EXPECT_EQ(progress.figures.binary_rate, published.binary_rate) << where;
      EXPECT_EQ(progress.figures.frequency_per_offender, published.frequency_per_offender) << where;
      EXPECT_EQ(progress.proof_window_closed, published.follow_up_complete) << where;
      reoffences_seen += published.reoffences;

      auto months = performance::follow_up_by_month(cohort, today);
      ASSERT_EQ(months.size(), 12u);
      EXPECT_EQ(months.back().figures.reoffences, published.reoffences) << where << ": month 12 is the cohort's";
      EXPECT_EQ(months.back().figures.reoffenders, published.reoffenders) << where;
      for (std::size_t m = 1; m < months.size(); ++m) {
        EXPECT_LE(months[m - 1].figures.reoffences, months[m].figures.reoffences) << where << ": only grows";
        EXPECT_GE(months[m - 1].observed, months[m].observed) << where;
      }

      auto characteristics = performance::read_characteristics(*connection, ids_of(cohort, snapshot));
      for (const auto& breakdown : performance::breakdowns(cohort, snapshot, characteristics, today)) {
        std::int64_t children = 0, reoffenders = 0, reoffences = 0;
        for (const auto& row : breakdown.rows) {
          children += row.figures.cohort;
          reoffenders += row.figures.reoffenders;
          reoffences += row.figures.reoffences;
        }
        EXPECT_EQ(children, published.cohort) << where << ": " << breakdown.title;
        EXPECT_EQ(reoffenders, published.reoffenders) << where << ": " << breakdown.title;
        EXPECT_EQ(reoffences, published.reoffences) << where << ": " << breakdown.title;
      }

      auto group = performance::small_group(cohort, snapshot);
      EXPECT_GE(group.reoffences * 2, group.cohort_reoffences) << where << ": at least half";
      if (!group.members.empty()) {
        auto ranked = performance::ranked_members(cohort, snapshot);
        std::int64_t without_last = group.reoffences - ranked[group.members.size() - 1]->reoffences;
        EXPECT_LT(without_last * 2, group.cohort_reoffences) << where << ": the fewest children";
      }
    }
  }
  EXPECT_GT(reoffences_seen, 0) << "the generated data has reoffences to compare";
}

class ReoffendingTracker : public ::testing::Test {
 protected:
  void SetUp() override { db.district("ASHFORD", "EAST", {{2024, 10'000}}); }

  void describe(std::int64_t child, const std::string& sex, const std::string& ethnicity,
                const std::string& looked_after) {
    db.connection().execute("UPDATE children SET sex = ?, ethnicity = ?, looked_after = ? WHERE id = ?",
                            {sex, ethnicity.empty() ? store::Value{nullptr} : store::Value{ethnicity},
                             looked_after.empty() ? store::Value{nullptr} : store::Value{looked_after}, child});
  }

  // The first quarter of 2024's cohort.
  ReoffendingCohort cohort(const measures::RecordSnapshot& snapshot) {
    return measures::reoffending_cohort(snapshot, period("2024-01-01", "2024-03-31"));
  }

  testing::MeasuresFixture db;
};

// A: index 2024-01-15; reoffences committed 2024-02-10 (within 1 month: by 02-15),
// 2024-03-20 (within 3: after 03-15, by 04-15) and 2024-09-01 (within 8: after 08-15, by
// 09-15). B: index 2024-03-31; reoffences 2024-04-30 (within 1: 03-31 + 1 month = 04-30) and
// 2024-05-01 (within 2). C: released on 2024-02-29, none. Today 2024-09-30: the last index
// date, 2024-03-31, is 6 months back (+6 = 09-30, on today), so months 1 to 6 are observed.
TEST_F(ReoffendingTracker, TheRatesDevelopMonthByMonthAndOnlyObservedMonthsCount) {
  auto a = db.child("2009-06-15", "ASHFORD");
  db.proven(a, "2024-01-15", "youth_caution");
  db.outcome(a, "2024-03-01", "fine", {db.offence(a, "2024-02-10")});
  db.outcome(a, "2024-05-01", "fine", {db.offence(a, "2024-03-20")});
  db.outcome(a, "2024-09-20", "fine", {db.offence(a, "2024-09-01")});
  auto b = db.child("2009-06-15", "ASHFORD");
  db.proven(b, "2024-03-31", "fine");
  db.outcome(b, "2024-06-01", "youth_caution", {db.offence(b, "2024-04-30"), db.offence(b, "2024-05-01")});
  auto c = db.child("2008-01-01", "ASHFORD");
  auto sentence = db.proven(c, "2023-10-01", "detention_and_training_order");
  db.custody(c, sentence, "2023-10-01", "2024-02-29");
  auto snapshot = db.snapshot();
  auto months = performance::follow_up_by_month(cohort(snapshot), day("2024-09-30"));
  // month: reoffenders, reoffences
  const std::vector<std::pair<int, int>> expected = {{2, 2}, {2, 3}, {2, 4}, {2, 4}, {2, 4}, {2, 4},
                                                     {2, 4}, {2, 5}, {2, 5}, {2, 5}, {2, 5}, {2, 5}};
  for (int m = 0; m < 12; ++m) {
    EXPECT_EQ(months[m].month, m + 1);
    EXPECT_EQ(months[m].observed, m < 6) << "month " << m + 1;
    EXPECT_EQ(months[m].figures.cohort, 3);
    EXPECT_EQ(months[m].figures.reoffenders, expected[m].first) << "month " << m + 1;
    EXPECT_EQ(months[m].figures.reoffences, expected[m].second) << "month " << m + 1;
  }
  EXPECT_NEAR(*months[0].figures.binary_rate, 2.0 / 3 * 100, 1e-9);
  EXPECT_NEAR(*months[2].figures.frequency_per_offender, 4.0 / 3, 1e-9);
  EXPECT_DOUBLE_EQ(*months[2].figures.frequency_per_reoffender, 2.0);

  auto progress = performance::cohort_progress(cohort(snapshot), day("2024-09-30"));
  EXPECT_EQ(progress.months_observed, 6);
  EXPECT_FALSE(progress.proof_window_closed);
  EXPECT_EQ(progress.closes_on, day("2025-09-30")) << "2024-03-31 + 18 months";
  EXPECT_EQ(performance::cohort_progress(cohort(snapshot), day("2025-03-30")).months_observed, 11);
  EXPECT_EQ(performance::cohort_progress(cohort(snapshot), day("2025-03-31")).months_observed, 12);
  EXPECT_TRUE(performance::cohort_progress(cohort(snapshot), day("2025-09-30")).proof_window_closed);
}

TEST_F(ReoffendingTracker, AnEmptyCohortHasNothingObservedAndNothingToWaitFor) {
  auto snapshot = db.snapshot();
  auto progress = performance::cohort_progress(cohort(snapshot), day("2024-09-30"));
  EXPECT_EQ(progress.figures.cohort, 0);
  EXPECT_EQ(progress.months_observed, 0);
  EXPECT_TRUE(progress.proof_window_closed);
  EXPECT_FALSE(progress.closes_on);
  for (const auto& month : performance::follow_up_by_month(cohort(snapshot), day("2024-09-30"))) {
    EXPECT_FALSE(month.observed);
  }
  auto group = performance::small_group(cohort(snapshot), snapshot);
  EXPECT_TRUE(group.members.empty());
  EXPECT_FALSE(group.percent_of_cohort);
}

// The index event of a day with two: the more severe (a referral order after a caution in the
// format's list); its most serious offence (robbery, gravity 6, over theft, gravity 3). A
// release's is the sentence's, with the sentence's offence.
TEST_F(ReoffendingTracker, TheIndexEventIsTheDaysMostSevereAndItsOffenceTheMostSerious) {
  auto child = db.child("2009-06-15", "ASHFORD");
  db.outcome(child, "2024-02-01", "youth_caution", {db.offence(child, "2024-01-05", "criminal_damage", 2)});
  db.outcome(child, "2024-02-01", "referral_order",
             {db.offence(child, "2024-01-10", "theft_and_handling", 3), db.offence(child, "2024-01-11", "robbery", 6)});
  auto released = db.child("2008-01-01", "ASHFORD");
  auto sentence = db.outcome(released, "2023-10-01", "detention_and_training_order",
                             {db.offence(released, "2023-09-01", "burglary", 5)});
  db.custody(released, sentence, "2023-10-01", "2024-03-01");
  auto snapshot = db.snapshot();
  auto members = cohort(snapshot).members;
  ASSERT_EQ(members.size(), 2u);
  EXPECT_EQ(members[0].index_date, day("2024-02-01"));
  EXPECT_EQ(members[0].index_outcome, *measures::outcome_code("referral_order"));
  EXPECT_FALSE(members[0].released);
  EXPECT_EQ(members[0].index_offence_category, *measures::offence_category_code("robbery"));
  EXPECT_EQ(members[1].index_outcome, *measures::outcome_code("detention_and_training_order"));
  EXPECT_TRUE(members[1].released);
  EXPECT_EQ(members[1].index_offence_category, *measures::offence_category_code("burglary"));
}

// Four children: a girl of 13 looked after (2 reoffences), a boy of 13 (1), a boy of 16 (0),
// a child of 16 whose sex is not known, with no ethnicity or looked-after status recorded (0).
TEST_F(ReoffendingTracker, EachBreakdownPutsEveryChildInOneRow) {
  auto girl = db.child("2010-06-01", "ASHFORD");
  describe(girl, "female", "WBRI", "yes");
  db.proven(girl, "2024-02-01", "youth_caution");
  db.proven(girl, "2024-04-01", "fine");
  db.proven(girl, "2024-05-01", "fine");
  auto boy = db.child("2010-03-02", "ASHFORD");
  describe(boy, "male", "BCRB", "no");
  db.proven(boy, "2024-03-01", "referral_order");
  db.proven(boy, "2024-06-01", "fine");
  auto older = db.child("2007-06-01", "ASHFORD");
  describe(older, "male", "WBRI", "no");
  db.proven(older, "2024-01-10", "youth_rehabilitation_order");
  auto unknown = db.child("2007-06-01", "ASHFORD");
  db.proven(unknown, "2024-01-20", "youth_caution");
  auto snapshot = db.snapshot();
  auto connection = db.database().database().acquire();
  auto cohort = this->cohort(snapshot);
  auto facts = performance::read_characteristics(*connection, ids_of(cohort, snapshot));
  auto tables = performance::breakdowns(cohort, snapshot, facts, day("2026-01-01"));
  ASSERT_EQ(tables.size(), 6u);
  auto rows = [](const performance::Breakdown& table) {
    std::vector<std::tuple<std::string, std::int64_t, std::int64_t, std::int64_t>> found;
    for (const auto& row : table.rows) {
      found.emplace_back(row.label, row.figures.cohort, row.figures.reoffenders, row.figures.reoffences);
    }
    return found;
  };
  using Rows = std::vector<std::tuple<std::string, std::int64_t, std::int64_t, std::int64_t>>;
  EXPECT_EQ(rows(tables[0]), (Rows{{"Aged 13", 2, 2, 3}, {"Aged 16", 2, 0, 0}}));
  EXPECT_EQ(rows(tables[1]), (Rows{{"Male", 2, 1, 1}, {"Female", 1, 1, 2}, {"Not known", 1, 0, 0}}));
  EXPECT_EQ(rows(tables[2]),
            (Rows{{"White - British", 2, 1, 2}, {"Black Caribbean", 1, 1, 1}, {"Not recorded", 1, 0, 0}}));
  EXPECT_EQ(rows(tables[3]), (Rows{{"Looked after", 1, 1, 2}, {"Not looked after", 2, 1, 1}, {"Not recorded", 1, 0, 0}}));
  EXPECT_EQ(rows(tables[4]), (Rows{{"Youth caution", 2, 1, 2}, {"Referral order", 1, 1, 1},
                                   {"Youth rehabilitation order", 1, 0, 0}}));
  EXPECT_EQ(rows(tables[5]), (Rows{{"Theft and handling stolen goods", 4, 2, 3}}));
  EXPECT_DOUBLE_EQ(*tables[1].rows[1].figures.binary_rate, 100.0);
}

// Reoffences 3, 3, 2, 2 and 0: 10 in all, so at least 5; the first two (6) are the fewest.
// The two with 3 tie and are taken by the earlier index date; so are the two with 2.
TEST_F(ReoffendingTracker, TheSmallGroupIsTheFewestChildrenWithAtLeastHalfTheReoffences) {
  auto reoffend = [&](const std::string& index_date, int reoffences) {
    auto child = db.child("2009-06-15", "ASHFORD");
    db.proven(child, index_date, "youth_caution");
    for (int i = 0; i < reoffences; ++i) db.proven(child, "2024-0" + std::to_string(5 + i) + "-10", "fine");
    return child;
  };
  auto later_three = reoffend("2024-02-02", 3);
  auto first_three = reoffend("2024-02-01", 3);
  reoffend("2024-01-05", 2);
  reoffend("2024-01-06", 2);
  reoffend("2024-03-01", 0);
  auto snapshot = db.snapshot();
  auto group = performance::small_group(cohort(snapshot), snapshot);
  ASSERT_EQ(group.members.size(), 2u);
  EXPECT_EQ(snapshot.children.id[group.members[0]], first_three);
  EXPECT_EQ(snapshot.children.id[group.members[1]], later_three);
  EXPECT_EQ(group.reoffences, 6);
  EXPECT_EQ(group.cohort_reoffences, 10);
  EXPECT_DOUBLE_EQ(*group.percent_of_cohort, 40.0);
  EXPECT_DOUBLE_EQ(*group.percent_of_reoffences, 60.0);
}

}  // namespace
}  // namespace pathway
