// The headline measures: unique keys that name kpi.md's figures, found by key, and the two
// percentages kpi.md gives only as counts worked out from them (null when nothing ended).
#include <gtest/gtest.h>

#include <set>

#include "measures/measure_catalogue.h"
#include "measures/measure_targets.h"

namespace pathway::measures {
namespace {

TEST(MeasureCatalogue, KeysAreUniqueAndFoundAgain) {
  std::set<std::string> keys;
  for (const auto& headline : headline_measures()) {
    EXPECT_TRUE(keys.insert(headline.key()).second) << headline.key();
    EXPECT_EQ(find_headline_measure(headline.key()), &headline);
    EXPECT_FALSE(headline.label.empty());
  }
  EXPECT_EQ(find_headline_measure("custody.count_of_nothing"), nullptr);
}

TEST(MeasureCatalogue, ReadsTheFiguresOfAMeasureSet) {
  MeasureSet set;
  set.custody.percent_of_court_disposals = 4.25;
  set.first_time_entrants.count = 17;
  set.ete.school_age_ending = 8;
  set.ete.school_age_suitable = 6;
  EXPECT_EQ(find_headline_measure("custody.percent_of_court_disposals")->value(set), 4.25);
  EXPECT_EQ(find_headline_measure("first_time_entrants.count")->value(set), 17.0);
  EXPECT_EQ(find_headline_measure("ete.percent_school_age_suitable")->value(set), 75.0);
  // Nothing ended above school age: no percentage, never 0.
  EXPECT_EQ(find_headline_measure("ete.percent_above_school_age_suitable")->value(set), std::nullopt);
  EXPECT_EQ(find_headline_measure("reoffending.binary_rate")->value(set), std::nullopt);
}

TEST(MeasureCatalogue, CustodyAndReoffendingImproveByFallingEteByRising) {
  EXPECT_EQ(find_headline_measure("custody.percent_of_court_disposals")->better, Better::lower);
  EXPECT_EQ(find_headline_measure("reoffending.binary_rate")->better, Better::lower);
  EXPECT_EQ(find_headline_measure("ete.percent_suitable")->better, Better::higher);
}

TEST(MeasureScopeKinds, NamesReadBack) {
  for (auto kind : {ScopeKind::service, ScopeKind::area, ScopeKind::district, ScopeKind::team}) {
    EXPECT_EQ(parse_scope_kind(scope_kind_name(kind)), kind);
  }
  EXPECT_EQ(parse_scope_kind("county"), std::nullopt);
}

}  // namespace
}  // namespace pathway::measures
