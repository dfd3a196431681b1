// An order's progress in the store, on both backends: warnings, breach proceedings,
// extensions and a revocation read back as written; a revocation ends the order; the end of
// an order records only what changed; the current status and the chronology show them.
#include <gtest/gtest.h>

#include "children/child_repository.h"
#include "justice/chronology.h"
#include "justice/current_status.h"
#include "justice/order_progress.h"
#include "justice/outcomes.h"
#include "reference/geography.h"
#include "test_database.h"

namespace pathway {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date on(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

class OrderProgressStore : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    child_id = children::create_child(*connection,
                                      {"Ola", "Order", on(2010, 5, 1), children::Sex::female, "WBRI", "MAIDSTONE",
                                       children::LookedAfter::no},
                                      "tester")
                   .id;
    connection->execute("INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)"
                        " VALUES ('F1', ?, '2025-08-01', 'burglary', 3, '2026-01-01T00:00:00Z')",
                        {child_id});
    auto offence = connection->query_one("SELECT id FROM offences WHERE exchange_id = 'F1'")->integer(0);
    referral = justice::create_outcome(*connection, child_id,
                                       {on(2025, 9, 1), "referral_order", {offence}, on(2025, 9, 15), std::nullopt, 6,
                                        "ongoing", "", ""});
  }

  justice::Outcome outcome() { return *justice::find_outcome(*test_.database().acquire(), child_id, referral); }

  testing::TestDatabase test_;
  std::int64_t child_id = 0;
  std::int64_t referral = 0;
};

TEST_F(OrderProgressStore, ProgressReadsBackAsWrittenOldestFirst) {
  auto connection = test_.database().acquire();
  justice::add_warning(*connection, referral, {on(2025, 12, 1), "Missed the panel", "Amara Nwosu"});
  justice::add_warning(*connection, referral, {on(2025, 10, 1), "Missed reparation", "Dan Kowalczyk"});
  justice::add_breach_proceedings(*connection, referral, {on(2026, 1, 5), std::nullopt, ""});
  justice::add_breach_proceedings(*connection, referral, {on(2026, 1, 6), on(2026, 2, 1), "order_continues"});
  justice::add_extension(*connection, referral, {{on(2026, 2, 1), 3}, "More time for reparation"});
  auto progress = justice::order_progress(*connection, referral);
  ASSERT_EQ(progress.warnings.size(), 2u);
  EXPECT_EQ(progress.warnings[0].given_on, on(2025, 10, 1));
  EXPECT_EQ(progress.warnings[1].given_by, "Amara Nwosu");
  ASSERT_EQ(progress.breaches.size(), 2u);
  EXPECT_EQ(progress.breaches[0].court_date, std::nullopt);
  EXPECT_EQ(progress.breaches[0].result, "");
  EXPECT_EQ(progress.breaches[1].result, "order_continues");
  ASSERT_EQ(progress.extensions.size(), 1u);
  EXPECT_EQ(progress.extensions[0].extension.months, 3);
  EXPECT_EQ(justice::extensions_of_order(*connection, referral).size(), 1u);
  EXPECT_FALSE(progress.revocation);

  // The current status counts the extension: 9 months from the contract.
  auto status = justice::current_status(*connection, child_id, on(2026, 3, 1));
  ASSERT_EQ(status.orders.size(), 1u);
  EXPECT_EQ(status.orders[0].outcome_id, referral);
  EXPECT_EQ(status.orders[0].expected_end, on(2026, 6, 14));
}

TEST_F(OrderProgressStore, ARevocationEndsTheOrderAndComesOnce) {
  auto connection = test_.database().acquire();
  justice::revoke_referral_order(*connection, referral, {on(2026, 1, 20), "Resentenced"});
  auto revoked = outcome();
  EXPECT_EQ(revoked.details.end_date, on(2026, 1, 20));
  EXPECT_EQ(revoked.details.completion, "revoked");
  EXPECT_EQ(justice::order_progress(*connection, referral).revocation->reason, "Resentenced");
  EXPECT_TRUE(justice::current_status(*connection, child_id, on(2026, 1, 10)).orders.empty());
  EXPECT_THROW(justice::revoke_referral_order(*connection, referral, {on(2026, 1, 21), "Again"}), store::StoreError);
}

TEST_F(OrderProgressStore, TheEndOfAnOrderRecordsWhatChanged) {
  auto connection = test_.database().acquire();
  justice::OrderEnd end{on(2026, 3, 14), "completed", "suitable", ""};
  auto changed = justice::record_order_end(*connection, child_id, outcome(), end, {"tester"});
  EXPECT_EQ(changed, (std::vector<std::string>{"end_date: none -> 2026-03-14", "completion: ongoing -> completed",
                                               "end_ete: none -> suitable"}));
  EXPECT_EQ(justice::order_end_of(outcome()), end);
  EXPECT_TRUE(justice::record_order_end(*connection, child_id, outcome(), end, {"tester"}).empty());
}

TEST_F(OrderProgressStore, TheChronologyShowsEachStepOnItsDay) {
  auto connection = test_.database().acquire();
  justice::add_warning(*connection, referral, {on(2025, 12, 1), "Missed the panel", "Amara Nwosu"});
  justice::add_breach_proceedings(*connection, referral, {on(2026, 1, 5), on(2026, 1, 10), "fine"});
  justice::add_extension(*connection, referral, {{on(2026, 1, 10), 2}, "More time"});
  justice::revoke_referral_order(*connection, referral, {on(2026, 2, 1), "Resentenced"});
  std::vector<std::string> steps;
  for (const auto& event : justice::chronology(*connection, child_id, {{justice::EventKind::order}, {}, {}})) {
    const auto& step = std::get<justice::OrderProgressEvent>(event);
    steps.push_back(to_iso(step.date) + " " + step.step + " " + step.detail);
  }
  // The revoked order's end is its revocation, listed once.
  EXPECT_EQ(steps, (std::vector<std::string>{"2026-02-01 revocation Resentenced", "2026-01-10 extension 2",
                                             "2026-01-05 breach fine", "2025-12-01 warning Missed the panel"}));
  auto ranged = justice::chronology(*connection, child_id, {{justice::EventKind::order}, on(2026, 1, 1), on(2026, 1, 31)});
  EXPECT_EQ(ranged.size(), 2u);
}

}  // namespace
}  // namespace pathway
