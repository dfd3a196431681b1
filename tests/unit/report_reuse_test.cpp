#include "justice/report_reuse.h"

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

PreSentenceReport good_report() { return {day("2024-03-01"), true, day("2024-02-20"), false}; }

TEST(ReportReuse, UnderThreeMonthsOldQualityAssuredAndNothingChangedMayBeReused) {
  EXPECT_EQ(fields(report_reuse_breaches(good_report(), day("2024-03-01"))), Fields{});
  EXPECT_EQ(fields(report_reuse_breaches(good_report(), day("2024-05-31"))), Fields{});  // the last day
  auto old = report_reuse_breaches(good_report(), day("2024-06-01"));
  ASSERT_EQ(fields(old), Fields{"written_on"});
  EXPECT_NE(old.front().reason.find("31 May 2024"), std::string::npos) << old.front().reason;
  EXPECT_EQ(fields(report_reuse_breaches(good_report(), day("2024-02-29"))), Fields{"written_on"});
}

TEST(ReportReuse, EachReasonItMayNotBeReused) {
  auto report = good_report();
  report.quality_assured = false;
  EXPECT_EQ(fields(report_reuse_breaches(report, day("2024-04-01"))), Fields{"quality_assured"});
  report = good_report();
  report.significant_change_since_assessment = true;
  EXPECT_EQ(fields(report_reuse_breaches(report, day("2024-04-01"))), Fields{"significant_change_since_assessment"});
  report.last_assessment_on = std::nullopt;
  EXPECT_EQ(fields(report_reuse_breaches(report, day("2024-04-01"))), Fields{"last_assessment_on"});
  PreSentenceReport everything{day("2023-01-01"), false, day("2022-12-01"), true};
  EXPECT_EQ(fields(report_reuse_breaches(everything, day("2024-04-01"))),
            (Fields{"written_on", "quality_assured", "significant_change_since_assessment"}));
}

}  // namespace
}  // namespace pathway::justice
