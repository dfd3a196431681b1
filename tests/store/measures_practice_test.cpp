// Hand-worked cases for the practice indicators of docs/kpi.md (definition set
// pathway-practice-2026-1: YJB KPIs 3, 4, 5 and 8), on small real databases (SQLite;
// PostgreSQL under scripts/with-postgres), with practice records written as the practice
// pages write them. Each expectation is worked out by hand in the comment beside it.
#include <gtest/gtest.h>

#include "measures/counted_figures.h"
#include "measures/measure_output.h"
#include "measures_fixture.h"

namespace pathway {
namespace {

using testing::OutcomeDetails;

// A referral order made on 10 January 2025, running from 20 January to 30 June 2025 and
// ending completed, in suitable ETE: its window is 20 January to 30 June 2025.
const OutcomeDetails referral_order{"2025-01-20", "2025-06-30", "completed", "suitable", "suitable", ""};

class PracticeIndicators : public ::testing::Test {
 protected:
  void SetUp() override {
    db.district("ASHFORD", "EAST", {{2025, 10'000}});
    db.district("DOVER", "EAST", {{2025, 5'000}});
  }

  // A child of ASHFORD whose referral order ends on 30 June 2025.
  std::int64_t child_with_order(const OutcomeDetails& order = referral_order) {
    auto child = db.child("2009-05-01", "ASHFORD");
    db.proven(child, "2025-01-10", "referral_order", order);
    return child;
  }

  measures::MeasureSet quarter() { return db.measures("2025-04-01", "2025-06-30"); }

  testing::MeasuresFixture db;
};

// ---- KPI 3: special educational needs and disability

TEST_F(PracticeIndicators, TheLatestSendScreeningByTheEndDateDecidesNeedAndPlan) {
  auto planned = child_with_order();
  db.assessment(planned, "send", "2024-12-01", {{"send_identified", "yes"}, {"plan_in_place", "no"}});
  db.assessment(planned, "send", "2025-03-01", {{"send_identified", "yes"}, {"plan_in_place", "yes"}});
  db.assessment(planned, "send", "2025-07-15", {{"send_identified", "no"}});  // after the end: not read
  auto assessed = child_with_order();  // a plan being assessed is not a plan in place
  db.assessment(assessed, "send", "2025-06-30", {{"send_identified", "yes"}, {"plan_in_place", "being_assessed"}});
  auto no_longer = child_with_order();  // the latest screening found no need
  db.assessment(no_longer, "send", "2024-06-01", {{"send_identified", "yes"}, {"plan_in_place", "yes"}});
  db.assessment(no_longer, "send", "2025-02-01", {{"send_identified", "no"}});
  auto drafted = child_with_order();  // a draft has found nothing
  db.assessment(drafted, "send", "2025-02-01", {{"send_identified", "yes"}, {"plan_in_place", "yes"}}, "draft");
  auto unsuitable = child_with_order({"2025-01-20", "2025-05-31", "breached", "unsuitable", "suitable", ""});
  db.assessment(unsuitable, "send", "2025-02-01", {{"send_identified", "yes"}, {"plan_in_place", "yes"}},
                "countersigned");
  auto m = quarter();
  EXPECT_EQ(m.send.ending, 5);
  EXPECT_EQ(m.send.identified, 3);    // planned, assessed, unsuitable
  EXPECT_EQ(m.send.with_plan, 2);     // planned, unsuitable
  EXPECT_EQ(m.send.suitable_ete, 2);  // planned, assessed (unsuitable ended in unsuitable ETE)
  EXPECT_DOUBLE_EQ(*m.send.percent_with_plan, 2.0 / 3.0 * 100);
  EXPECT_DOUBLE_EQ(*m.send.percent_suitable_ete, 2.0 / 3.0 * 100);
}

TEST_F(PracticeIndicators, WithNoNeedIdentifiedThePercentagesAreNullNeverZero) {
  child_with_order();
  auto m = quarter();
  EXPECT_EQ(m.send.ending, 1);
  EXPECT_EQ(m.send.identified, 0);
  EXPECT_FALSE(m.send.percent_with_plan);
  EXPECT_FALSE(m.mental_health.percent_planned);
  EXPECT_DOUBLE_EQ(*m.mental_health.percent_identified, 0.0);
  EXPECT_DOUBLE_EQ(*m.wider_services.percent_supported, 0.0);
  auto none = db.measures("2025-01-01", "2025-03-31");  // no order ended then
  EXPECT_FALSE(none.mental_health.percent_identified);
  EXPECT_FALSE(none.wider_services.percent_supported);
}

// ---- KPIs 4 and 5: mental health and substance misuse

TEST_F(PracticeIndicators, ANeedCountsWhenFoundDuringTheOrderAndSoDoItsPlanAndIntervention) {
  auto whole = child_with_order();  // found, planned and attended, all during the order
  db.assessment(whole, "youth_justice", "2025-01-20", {{"mental_health_need", "yes"}});  // the first day
  db.objective(whole, "emotional_mental_health", "2025-02-10T09:00:00Z");
  db.appointment(whole, "2025-06-30", "emotional_mental_health");  // the last day
  auto before = child_with_order();  // found before the order began: not this order's need
  db.assessment(before, "youth_justice", "2025-01-19", {{"mental_health_need", "yes"}});
  db.objective(before, "emotional_mental_health", "2025-02-10T09:00:00Z");
  auto screened = child_with_order();  // the screening's "some concern" is a need
  db.assessment(screened, "emotional_mental_health", "2025-03-01", {{"emh_need", "some_concern"}});
  db.objective(screened, "emotional_mental_health", "2025-01-19T23:00:00Z");  // made before the order
  db.appointment(screened, "2025-03-05", "emotional_mental_health", "unacceptable_absence");
  db.appointment(screened, "2025-03-12", "substance_misuse");  // another need's intervention
  db.appointment(screened, "2025-07-01", "emotional_mental_health");  // after the end
  auto no_concern = child_with_order();
  db.assessment(no_concern, "emotional_mental_health", "2025-03-01", {{"emh_need", "no_concern"}});
  auto m = quarter();
  EXPECT_EQ(m.mental_health.ending, 4);
  EXPECT_EQ(m.mental_health.identified, 2);  // whole, screened
  EXPECT_EQ(m.mental_health.planned, 1);     // whole
  EXPECT_EQ(m.mental_health.attended, 1);    // whole
  EXPECT_DOUBLE_EQ(*m.mental_health.percent_identified, 2.0 / 4.0 * 100);
  EXPECT_DOUBLE_EQ(*m.mental_health.percent_planned, 1.0 / 2.0 * 100);
  EXPECT_DOUBLE_EQ(*m.mental_health.percent_attended, 1.0 / 2.0 * 100);
  EXPECT_EQ(m.substance_misuse.identified, 0) << "an intervention alone identifies no need";
}

TEST_F(PracticeIndicators, SubstanceMisuseReadsItsScreeningAndEitherKindOfPlan) {
  auto brief = child_with_order();
  db.assessment(brief, "substance_misuse", "2025-02-01", {{"sm_need", "brief_intervention"}});
  db.objective(brief, "substance_misuse", "2025-02-02T10:00:00Z", "resettlement");
  auto referred = child_with_order();
  db.assessment(referred, "youth_justice", "2025-02-01", {{"substance_misuse_need", "yes"}});
  db.appointment(referred, "2025-04-01", "substance_misuse");
  db.appointment(referred, "2025-04-08", "substance_misuse");  // twice: still one child
  auto m = quarter();
  EXPECT_EQ(m.substance_misuse.identified, 2);
  EXPECT_EQ(m.substance_misuse.planned, 1);
  EXPECT_EQ(m.substance_misuse.attended, 1);
  EXPECT_EQ(m.mental_health.identified, 0);
}

TEST_F(PracticeIndicators, AnOrderWithNoStartDateRunsFromItsOutcomeDateAndOnlyTheLastOrderCounts) {
  auto child = db.child("2009-05-01", "ASHFORD");
  // A youth rehabilitation order with no start date, made on 10 January: its window opens
  // that day, so the assessment of 15 January is during it.
  db.proven(child, "2025-01-10", "youth_rehabilitation_order",
            {"", "2025-06-30", "completed", "suitable", "suitable", ""});
  db.assessment(child, "youth_justice", "2025-01-15", {{"mental_health_need", "yes"}});
  // Another order ended earlier in the quarter; the one ending last decides the window.
  db.proven(child, "2024-10-01", "referral_order", {"2024-10-01", "2025-04-30", "completed", "", "", ""});
  auto other = db.child("2009-05-01", "ASHFORD");
  db.proven(other, "2024-10-01", "referral_order", {"2024-10-01", "2025-04-30", "completed", "", "", ""});
  db.proven(other, "2025-05-01", "referral_order", {"2025-05-10", "2025-06-30", "completed", "", "", ""});
  db.assessment(other, "youth_justice", "2025-01-15", {{"mental_health_need", "yes"}});  // the first order's
  auto m = quarter();
  EXPECT_EQ(m.mental_health.ending, 2);
  EXPECT_EQ(m.mental_health.identified, 1);  // child; other's need was found before its last order
}

// ---- KPI 8: links to wider services

TEST_F(PracticeIndicators, AWiderServiceCountsWhenItsSupportOverlapsTheOrder) {
  auto early = child_with_order();  // ended the day the order began
  db.wider_service(early, "early_help", "2024-06-01", "2025-01-20");
  auto continuing = child_with_order();  // began before, continuing
  db.wider_service(continuing, "looked_after", "2023-01-01");
  db.wider_service(continuing, "child_in_need", "2025-03-01", "2025-04-01");
  auto late = child_with_order();  // began on the order's last day
  db.wider_service(late, "child_protection", "2025-06-30");
  auto before = child_with_order();  // ended the day before the order began
  db.wider_service(before, "early_help", "2024-01-01", "2025-01-19");
  auto after = child_with_order();  // began the day after it ended
  db.wider_service(after, "child_in_need", "2025-07-01");
  auto m = quarter();
  EXPECT_EQ(m.wider_services.ending, 5);
  EXPECT_EQ(m.wider_services.supported, 3);  // early, continuing (once for two), late
  EXPECT_EQ(m.wider_services.early_help, 1);
  EXPECT_EQ(m.wider_services.child_in_need, 1);
  EXPECT_EQ(m.wider_services.child_protection, 1);
  EXPECT_EQ(m.wider_services.looked_after, 1);
  EXPECT_DOUBLE_EQ(*m.wider_services.percent_supported, 3.0 / 5.0 * 100);
}

// ---- Keeping a server's snapshot current

TEST_F(PracticeIndicators, EachPracticeRecordTheIndicatorsReadRaisesTheCountOfChanges) {
  auto child = child_with_order();
  auto changes = [&] { return measures::record_changes(db.connection()); };
  auto before = changes();
  db.assessment(child, "youth_justice", "2025-02-01", {{"mental_health_need", "yes"}});  // assessment and answer
  auto assessed = changes();
  EXPECT_GT(assessed, before);
  db.objective(child, "emotional_mental_health", "2025-02-10T09:00:00Z");
  auto planned = changes();
  EXPECT_GT(planned, assessed);
  db.appointment(child, "2025-03-01", "emotional_mental_health");
  auto attended = changes();
  EXPECT_GT(attended, planned);
  db.wider_service(child, "early_help", "2025-01-01");
  EXPECT_GT(changes(), attended);
}

// ---- Scope, lists and output

TEST_F(PracticeIndicators, AScopeCountsItsOwnChildrenAndEachListHoldsItsFiguresChildren) {
  auto ashford = child_with_order();
  db.assessment(ashford, "youth_justice", "2025-02-01", {{"mental_health_need", "yes"}, {"substance_misuse_need", "yes"}});
  db.objective(ashford, "substance_misuse", "2025-02-02T10:00:00Z");
  db.wider_service(ashford, "early_help", "2025-01-01");
  auto dover = db.child("2009-05-01", "DOVER");
  db.proven(dover, "2025-01-10", "referral_order", referral_order);
  db.assessment(dover, "send", "2025-02-01", {{"send_identified", "yes"}, {"plan_in_place", "yes"}});
  db.appointment(dover, "2025-02-03", "emotional_mental_health");  // attended, but no need found
  EXPECT_EQ(db.measures("2025-04-01", "2025-06-30", {"DOVER"}).send.identified, 1);
  EXPECT_EQ(db.measures("2025-04-01", "2025-06-30", {"ASHFORD"}).send.identified, 0);
  EXPECT_EQ(db.measures("2025-04-01", "2025-06-30", {}, {"EAST"}).mental_health.identified, 1);

  auto snapshot = db.snapshot();
  auto period = measures::parse_period("2025-04-01", "2025-06-30").value();
  auto scope = measures::resolve_scope(snapshot, {}, {}).value();
  auto set = measures::measure_sets(snapshot, period, {scope}, period.to).front();
  int practice_figures = 0;
  for (const auto& figure : measures::counted_figures()) {
    if (figure.walk != measures::walk_practice_indicators) continue;
    ++practice_figures;
    auto records = measures::counted_records(snapshot, figure, period, scope);
    EXPECT_EQ(static_cast<std::int64_t>(records.size()), figure.value(set)) << figure.key();
    for (const auto& record : records) EXPECT_EQ(record.day, measures::day_of(*parse_iso_date("2025-06-30")));
  }
  EXPECT_EQ(practice_figures, 14);
  auto listed = [&](const char* key) {
    std::vector<std::int64_t> ids;
    for (const auto& record : measures::counted_records(snapshot, *measures::find_counted_figure(key), period, scope)) {
      ids.push_back(snapshot.children.id[record.child]);
    }
    return ids;
  };
  EXPECT_EQ(listed("substance_misuse.planned"), std::vector<std::int64_t>{ashford});
  EXPECT_EQ(listed("send.with_plan"), std::vector<std::int64_t>{dover});
  EXPECT_EQ(listed("wider_services.early_help"), std::vector<std::int64_t>{ashford});
}

TEST_F(PracticeIndicators, ThePracticeSetIsWrittenUnderItsOwnNameAndKpiMdsObjectIsUnchanged) {
  auto child = child_with_order();
  db.wider_service(child, "looked_after", "2025-01-01");
  auto m = quarter();
  std::string practice = measures::measures_json(m, measures::Definitions::practice);
  EXPECT_NE(practice.find("\"definitions\": \"pathway-practice-2026-1\""), std::string::npos);
  EXPECT_NE(practice.find("\"wider_services\": {\"ending\": 1, \"supported\": 1, \"percent_supported\": 100.0, "
                          "\"early_help\": 0, \"child_in_need\": 0, \"child_protection\": 0, \"looked_after\": 1}"),
            std::string::npos)
      << practice;
  EXPECT_NE(practice.find("\"send\": {\"ending\": 1, \"identified\": 0, \"with_plan\": 0, \"percent_with_plan\": null"),
            std::string::npos)
      << practice;
  std::string kpi_md = measures::measures_json(m);
  EXPECT_NE(kpi_md.find("\"definitions\": \"pathway-2025-1\""), std::string::npos);
  for (const char* key : {"\"send\"", "\"mental_health\"", "\"substance_misuse\"", "\"wider_services\""}) {
    EXPECT_EQ(kpi_md.find(key), std::string::npos) << key;
  }
  std::string csv = measures::measures_csv(m, measures::Definitions::practice);
  EXPECT_NE(csv.find("\nwider_services,looked_after,1\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\nsend,percent_with_plan,\n"), std::string::npos) << csv;
  EXPECT_EQ(measures::definitions_named("pathway-practice-2026-1"), measures::Definitions::practice);
  EXPECT_EQ(measures::definitions_named("pathway-2025-1"), measures::Definitions::kpi_md);
  EXPECT_FALSE(measures::definitions_named("pathway-2024-1"));
}

}  // namespace
}  // namespace pathway
