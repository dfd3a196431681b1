// A child's current status and chronology against the store, on both backends: which
// orders, remand and custody episode are in force on a given day (and an order's expected
// end), when a remand makes the child looked after, and the timeline's order and filters.
#include <gtest/gtest.h>

#include "children/child_repository.h"
#include "justice/chronology.h"
#include "justice/current_status.h"
#include "reference/geography.h"
#include "test_database.h"

namespace pathway {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date on(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

const Date today = on(2026, 3, 10);

class JusticeStatus : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    child_id = children::create_child(*connection,
                                      {"Sam", "Status", on(2010, 5, 1), children::Sex::male, "WBRI", "MAIDSTONE",
                                       children::LookedAfter::no},
                                      "tester")
                   .id;
  }

  void run(const std::string& sql) { test_.database().acquire()->execute(sql, {child_id}); }

  void offence(const std::string& id, const std::string& date, const std::string& category = "burglary") {
    run("INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at) VALUES ('" + id +
        "', ?, '" + date + "', '" + category + "', 3, '2026-01-01T00:00:00Z')");
  }

  // `rest` is "start_date, end_date, length_months, completion" as SQL values.
  void outcome(const std::string& id, const std::string& date, const std::string& type, const std::string& rest,
               const std::string& offence_id) {
    run("INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date, end_date, length_months,"
        " completion, created_at) VALUES ('" + id + "', ?, '" + date + "', '" + type + "', " + rest +
        ", '2026-01-01T00:00:00Z')");
    test_.database().acquire()->execute(
        "INSERT INTO outcome_offences (outcome_id, offence_id) SELECT u.id, f.id FROM outcomes u, offences f"
        " WHERE u.exchange_id = '" + id + "' AND f.exchange_id = '" + offence_id + "'");
  }

  void remand(const std::string& id, const std::string& start, const std::string& end, const std::string& type) {
    run("INSERT INTO remands (exchange_id, child_id, start_date, end_date, remand_type, created_at) VALUES ('" + id +
        "', ?, '" + start + "', " + end + ", '" + type + "', '2026-01-01T00:00:00Z')");
  }

  void custody(const std::string& id, const std::string& start, const std::string& release) {
    run("INSERT INTO custody_episodes (exchange_id, child_id, establishment, establishment_type, start_date,"
        " release_date, created_at) VALUES ('" + id + "', ?, 'Medway', 'stc', '" + start + "', " + release +
        ", '2026-01-01T00:00:00Z')");
  }

  justice::CurrentStatus status() { return justice::current_status(*test_.database().acquire(), child_id, today); }

  std::vector<std::string> timeline(const justice::ChronologyFilter& filter = {}) {
    std::vector<std::string> ids;
    for (const auto& event : justice::chronology(*test_.database().acquire(), child_id, filter)) {
      // A hearing is Pathway's own record, with no exchange id: named by its court.
      ids.push_back(std::visit(
          [](const auto& e) {
            if constexpr (std::is_same_v<std::decay_t<decltype(e)>, justice::HearingEvent>) {
              return "hearing at " + e.court;
            } else if constexpr (std::is_same_v<std::decay_t<decltype(e)>, justice::CorrectionEvent>) {
              // A correction names the record it corrected.
              return std::string(justice::corrected_kind_code(e.correction.record.kind)) + " corrected";
            } else {
              return e.exchange_id;
            }
          },
          event));
    }
    return ids;
  }

  testing::TestDatabase test_;
  std::int64_t child_id = 0;
};

TEST_F(JusticeStatus, OrdersInForceAreReferralCommunityAndCustodyOrdersNotYetEnded) {
  offence("F1", "2025-01-05");
  // In force: no end (expected end from the start and length), an end today or later.
  outcome("YRO", "2025-06-01", "youth_rehabilitation_order", "'2025-06-02', NULL, 12, 'ongoing'", "F1");
  outcome("RO", "2025-09-01", "referral_order", "'2025-09-15', '2026-03-10', 6, NULL", "F1");
  // A DTO with no start: the expected end runs from the day it was made.
  outcome("DTO", "2025-11-30", "detention_and_training_order", "NULL, NULL, 4, NULL", "F1");
  // Not in force: ended yesterday; completed without an end date; a fine (not an order).
  outcome("OLD", "2024-01-01", "youth_rehabilitation_order", "'2024-01-02', '2026-03-09', 12, NULL", "F1");
  outcome("DONE", "2025-02-01", "referral_order", "'2025-02-10', NULL, 3, 'completed'", "F1");
  outcome("FINE", "2025-03-01", "fine", "NULL, NULL, NULL, NULL", "F1");

  auto orders = status().orders;
  ASSERT_EQ(orders.size(), 3u);
  EXPECT_EQ(orders[0].outcome_type, "detention_and_training_order");  // newest first
  EXPECT_EQ(orders[0].expected_end, on(2026, 3, 30));  // made 30 November, 4 months
  EXPECT_EQ(orders[1].outcome_type, "referral_order");
  EXPECT_EQ(orders[1].end_date, today);
  EXPECT_EQ(orders[1].expected_end, std::nullopt);  // an end is recorded
  EXPECT_EQ(orders[2].outcome_type, "youth_rehabilitation_order");
  EXPECT_EQ(orders[2].expected_end, on(2026, 6, 2));
}

TEST_F(JusticeStatus, ARemandInForceAndToSecureAccommodationMakesTheChildLookedAfter) {
  EXPECT_FALSE(status().remand);
  remand("BAIL", "2026-01-01", "'2026-03-09'", "conditional_bail");
  EXPECT_FALSE(status().remand) << "ended yesterday";
  remand("LATER", "2026-03-11", "NULL", "remand_youth_detention");
  EXPECT_FALSE(status().remand) << "not yet begun";
  remand("YDA", "2026-03-09", "NULL", "remand_youth_detention");
  auto now = status();
  ASSERT_TRUE(now.remand);
  EXPECT_EQ(now.remand->remand_type, "remand_youth_detention");
  EXPECT_TRUE(now.looked_after_by_remand());

  run("UPDATE remands SET remand_type = 'bail_iss' WHERE exchange_id = 'YDA' AND child_id = ?");
  EXPECT_FALSE(status().looked_after_by_remand()) << "bail does not make a child looked after";
  run("UPDATE remands SET remand_type = 'remand_local_authority' WHERE exchange_id = 'YDA' AND child_id = ?");
  EXPECT_TRUE(status().looked_after_by_remand());
}

TEST_F(JusticeStatus, CustodyInForceIsTheEpisodeWithNoRelease) {
  custody("C1", "2025-01-01", "'2025-06-01'");
  EXPECT_FALSE(status().custody);
  custody("C2", "2026-02-01", "NULL");
  ASSERT_TRUE(status().custody);
  EXPECT_EQ(status().custody->start_date, on(2026, 2, 1));
  EXPECT_EQ(status().custody->establishment_type, "stc");
}

TEST_F(JusticeStatus, TheChronologyIsNewestFirstWithTheLaterStepFirstOnOneDay) {
  offence("F1", "2025-01-05");
  offence("F2", "2025-05-01", "robbery");
  outcome("U1", "2025-05-01", "detention_and_training_order", "'2025-05-01', NULL, 6, NULL", "F2");
  remand("R1", "2025-05-01", "'2025-05-01'", "remand_youth_detention");
  custody("C1", "2025-05-01", "NULL");
  remand("R0", "2025-01-06", "'2025-02-01'", "conditional_bail");
  EXPECT_EQ(timeline(), (std::vector<std::string>{"C1", "U1", "R1", "F2", "R0", "F1"}));

  auto events = justice::chronology(*test_.database().acquire(), child_id, {});
  const auto& dto = std::get<justice::OutcomeEvent>(events[1]);
  ASSERT_EQ(dto.offences.size(), 1u);
  EXPECT_EQ(dto.offences[0].exchange_id, "F2");
  EXPECT_EQ(dto.offences[0].category, "robbery");

  EXPECT_EQ(timeline({.kinds = {justice::EventKind::remand}}), (std::vector<std::string>{"R1", "R0"}));
  EXPECT_EQ(timeline({.kinds = {justice::EventKind::offence, justice::EventKind::custody}}),
            (std::vector<std::string>{"C1", "F2", "F1"}));
  EXPECT_EQ(timeline({.from = on(2025, 1, 6), .to = on(2025, 4, 30)}), (std::vector<std::string>{"R0"}));
  EXPECT_EQ(timeline({.from = on(2025, 5, 1)}), (std::vector<std::string>{"C1", "U1", "R1", "F2"}));
  EXPECT_EQ(timeline({.to = on(2025, 1, 5)}), (std::vector<std::string>{"F1"}));
}

}  // namespace
}  // namespace pathway
