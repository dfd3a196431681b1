// The court record in the store, on both backends: a court outcome's court and conviction
// hearing, hearings and their results, reports asked for, submitted, quality-assured and
// reused, the joint decision panel of an out-of-court decision (recorded and replaced), and
// hearings on the chronology with its filter.
#include <gtest/gtest.h>

#include "children/child_repository.h"
#include "justice/chronology.h"
#include "justice/court_record.h"
#include "justice/decision_panels.h"
#include "justice/offences.h"
#include "justice/outcomes.h"
#include "reference/geography.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;

class CourtRecord : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    child_id = children::create_child(*connection,
                                      {"Sam", "Court", year{2009} / 3 / 27, children::Sex::male, "WBRI", "MAIDSTONE",
                                       children::LookedAfter::unknown},
                                      "tester")
                   .id;
    offence_id = justice::create_offence(*connection, child_id, {year{2025} / 1 / 5, "robbery", 5, "A phone"}, {});
  }

  testing::TestDatabase test_;
  std::int64_t child_id = 0;
  std::int64_t offence_id = 0;
};

TEST_F(CourtRecord, ACourtOutcomeKeepsItsCourtAndConvictionAndAnotherHasNone) {
  auto connection = test_.database().acquire();
  justice::OutcomeDetails referral{year{2025} / 3 / 10, "referral_order", {offence_id}, {}, {}, 6, "", "", "",
                                   "Maidstone Youth Court", year{2025} / 2 / 20};
  justice::create_outcome(*connection, child_id, referral);
  std::int64_t other = justice::create_offence(*connection, child_id, {year{2025} / 4 / 1, "burglary", 3, ""}, {});
  justice::create_outcome(*connection, child_id, {year{2025} / 4 / 20, "youth_caution", {other}});
  auto outcomes = justice::outcomes_of_child(*connection, child_id);
  ASSERT_EQ(outcomes.size(), 2u);
  EXPECT_EQ(outcomes[0].details.court, "");
  EXPECT_FALSE(outcomes[0].details.hearing_date);
  EXPECT_EQ(outcomes[1].details.court, "Maidstone Youth Court");
  EXPECT_EQ(outcomes[1].details.hearing_date, year{2025} / 2 / 20);
  EXPECT_EQ(justice::court_names_in_use(*connection), std::vector<std::string>{"Maidstone Youth Court"});
}

TEST_F(CourtRecord, HearingsWithResultsAndReportsFromAskedToQualityAssuredAndReused) {
  auto connection = test_.database().acquire();
  std::int64_t plea = justice::create_hearing(*connection, child_id, {"Maidstone Youth Court", year{2025} / 2 / 20, "plea"});
  std::int64_t sentence =
      justice::create_hearing(*connection, child_id, {"Maidstone Youth Court", year{2025} / 3 / 10, "sentence"});
  justice::record_hearing_result(*connection, child_id, justice::hearings_of_child(*connection, child_id)[0],
                                 {"convicted", year{2025} / 3 / 10, "Adjourned for a report"}, {"tester"});
  auto hearings = justice::hearings_of_child(*connection, child_id);
  ASSERT_EQ(hearings.size(), 2u);
  EXPECT_EQ(hearings[0].id, plea);
  ASSERT_TRUE(hearings[0].result);
  EXPECT_EQ(hearings[0].result->result, "convicted");
  EXPECT_EQ(hearings[0].result->adjourned_to, year{2025} / 3 / 10);
  EXPECT_EQ(hearings[0].result->notes, "Adjourned for a report");
  EXPECT_FALSE(hearings[1].result);

  std::int64_t asked =
      justice::ask_for_report(*connection, child_id, {sentence, "pre_sentence", year{2025} / 2 / 20, year{2025} / 3 / 7});
  auto reports = justice::reports_of_child(*connection, child_id);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].status, "asked");
  auto done = reports[0];
  done.status = "quality_assured";
  done.submitted_on = year{2025} / 3 / 6;
  done.assessment_on = year{2025} / 2 / 25;
  done.quality_assured_on = year{2025} / 3 / 7;
  justice::record_report_progress(*connection, done);

  std::int64_t breach = justice::create_hearing(*connection, child_id, {"Maidstone Youth Court", year{2025} / 5 / 1, "breach"});
  std::int64_t reused = justice::reuse_report(*connection, child_id,
                                              {breach, "pre_sentence", year{2025} / 4 / 10, year{2025} / 4 / 28}, done);
  reports = justice::reports_of_child(*connection, child_id);
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].id, asked);
  EXPECT_EQ(reports[0].quality_assured_on, year{2025} / 3 / 7);
  EXPECT_EQ(reports[1].id, reused);
  EXPECT_EQ(reports[1].reused_report_id, asked);
  EXPECT_EQ(reports[1].status, "quality_assured");
  EXPECT_EQ(reports[1].submitted_on, year{2025} / 3 / 6);
  EXPECT_EQ(reports[1].request.hearing_id, breach);
}

TEST_F(CourtRecord, ADecisionPanelIsRecordedAndReplacedWithItsAttendeesInOrder) {
  auto connection = test_.database().acquire();
  std::int64_t outcome = justice::create_outcome(*connection, child_id, {year{2025} / 2 / 1, "youth_caution", {offence_id}});
  EXPECT_FALSE(justice::decision_panel_of(*connection, outcome));
  justice::record_decision_panel(*connection, outcome,
                                 {year{2025} / 1 / 28,
                                  {{"police", "PC Dev Okafor"}, {"youth_justice_service", "Priya Shah"}},
                                  "community_resolution",
                                  "A second offence"});
  justice::record_decision_panel(*connection, outcome,
                                 {year{2025} / 1 / 29,
                                  {{"youth_justice_service", "Priya Shah"}, {"police", "PC Jo Price"}, {"education", "Ann Lee"}},
                                  "youth_caution",
                                  ""});
  auto panel = justice::decision_panel_of(*connection, outcome);
  ASSERT_TRUE(panel);
  EXPECT_EQ(panel->panel_date, year{2025} / 1 / 29);
  ASSERT_EQ(panel->attendees.size(), 3u);
  EXPECT_EQ(panel->attendees[1].name, "PC Jo Price");
  EXPECT_EQ(panel->recommendation, "youth_caution");
  EXPECT_EQ(panel->police_reason, "");
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM decision_panels")->integer(0), 1);
}

TEST_F(CourtRecord, HearingsStandOnTheChronologyAndItsFilter) {
  auto connection = test_.database().acquire();
  justice::create_hearing(*connection, child_id, {"Maidstone Youth Court", year{2025} / 2 / 20, "plea"});
  justice::create_outcome(*connection, child_id,
                          {year{2025} / 2 / 20, "fine", {offence_id}, {}, {}, {}, "", "", "", "Maidstone Youth Court",
                           year{2025} / 2 / 20});
  auto events = justice::chronology(*connection, child_id, {});
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(justice::event_kind(events[0]), justice::EventKind::outcome);  // on one day, after the hearing
  EXPECT_EQ(std::get<justice::OutcomeEvent>(events[0]).court, "Maidstone Youth Court");
  ASSERT_EQ(justice::event_kind(events[1]), justice::EventKind::hearing);
  EXPECT_EQ(std::get<justice::HearingEvent>(events[1]).purpose, "plea");
  auto hearings = justice::chronology(*connection, child_id, {.kinds = {justice::EventKind::hearing}});
  EXPECT_EQ(hearings.size(), 1u);
  EXPECT_TRUE(justice::chronology(*connection, child_id,
                                  {.kinds = {justice::EventKind::hearing}, .from = year{2025} / 2 / 21})
                  .empty());
}

}  // namespace
}  // namespace pathway
