// The demo county's justice records in the database, on either backend: every child has a
// history, every outcome type is there, the named case managers' caseloads hold every kind
// of order, closed cases have nothing in force, and the county's figures are the plan's.
// Also the writer's speed, for the national data set.
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <set>

#include "core/clock.h"
#include "core/dates.h"
#include "demo/demo_parts.h"
#include "demo/justice_history_writer.h"
#include "justice/record_rules.h"
#include "store/copy.h"
#include "store/transaction.h"
#include "../support/plain_children.h"
#include "shared_demo_county.h"
#include "test_database.h"

namespace pathway {
namespace {

using testing::TestDatabase;

std::int64_t count(store::Connection& connection, const std::string& sql, std::initializer_list<store::Value> params = {}) {
  return connection.query_one(sql, params)->integer(0);
}

// The shared county (shared_demo_county.h), only read: the figures below are the default
// county's, the one `pathway demo` makes.
class DemoJusticeRecords : public ::testing::Test {
 protected:
  static store::Database::Handle connection() { return testing::SharedDemoCounty::instance().database().acquire(); }
};

TEST_F(DemoJusticeRecords, EveryChildHasOffendedAndEveryTableIsFilled) {
  auto db = connection();
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM children c WHERE NOT EXISTS (SELECT 1 FROM offences o"
                       " WHERE o.child_id = c.id)"),
            0);
  for (const char* table : {"offences", "outcomes", "outcome_offences", "remands", "custody_episodes"}) {
    EXPECT_GT(count(*db, std::string("SELECT COUNT(*) FROM ") + table), 0) << table;
  }
  // An outcome names only its own child's offences, at least one.
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM outcome_offences l JOIN outcomes r ON r.id = l.outcome_id"
                       " JOIN offences o ON o.id = l.offence_id WHERE o.child_id <> r.child_id"
                       " OR o.offence_date > r.outcome_date"),
            0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM outcomes r WHERE NOT EXISTS (SELECT 1 FROM outcome_offences l"
                       " WHERE l.outcome_id = r.id)"),
            0);
  // A custody episode for a sentence serves that child's custodial sentence.
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM custody_episodes e JOIN outcomes r ON r.id = e.outcome_id"
                       " WHERE r.child_id <> e.child_id OR r.outcome_type NOT IN ('detention_and_training_order',"
                       " 'section_250', 'section_252a', 'extended_sentence', 'detention_at_his_majestys_pleasure')"),
            0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM offences WHERE exchange_id NOT LIKE 'OF%'"), 0);
}

TEST_F(DemoJusticeRecords, EveryOutcomeTypeIsThere) {
  auto db = connection();
  for (auto type : justice::outcome_types()) {
    EXPECT_GT(count(*db, "SELECT COUNT(*) FROM outcomes WHERE outcome_type = ?", {std::string(type)}), 0) << type;
  }
  for (auto type : justice::remand_types()) {
    EXPECT_GT(count(*db, "SELECT COUNT(*) FROM remands WHERE remand_type = ?", {std::string(type)}), 0) << type;
  }
  for (auto completion : justice::completions()) {
    EXPECT_GT(count(*db, "SELECT COUNT(*) FROM outcomes WHERE completion = ?", {std::string(completion)}), 0)
        << completion;
  }
  EXPECT_GT(count(*db, "SELECT COUNT(*) FROM custody_episodes WHERE establishment_type = 'adult_prison'"), 0);
  // Detention and training orders on both sides of 28 June 2022 (while the oldest demo
  // children were 12 before it).
  if (today_utc() < Date{std::chrono::year{2028}, std::chrono::June, std::chrono::day{1}}) {
    EXPECT_GT(count(*db, "SELECT COUNT(*) FROM outcomes WHERE outcome_type = 'detention_and_training_order'"
                         " AND outcome_date < '2022-06-28'"),
              0);
  }
  EXPECT_GT(count(*db, "SELECT COUNT(*) FROM outcomes WHERE outcome_type = 'detention_and_training_order'"
                       " AND outcome_date >= '2022-06-28'"),
            0);
}

// Custody is in the secure estate of the reference data (schema 21), at an establishment of
// its type that takes the child's age on the day they arrive; some move between
// establishments, and some to the adult estate at 18 (the day one stay ends the next begins).
TEST_F(DemoJusticeRecords, CustodyIsInTheReferenceDataAtEstablishmentsTakingTheChildsAge) {
  auto db = connection();
  for (const auto& row : db->query("SELECT c.date_of_birth, e.start_date, e.establishment, s.establishment_type,"
                                   " s.youngest_age, s.oldest_age, e.establishment_type FROM custody_episodes e"
                                   " JOIN children c ON c.id = e.child_id"
                                   " LEFT JOIN establishments s ON s.name = e.establishment",
                                   {})) {
    ASSERT_TRUE(row.optional_text(3)) << row.text(2) << " is not in the reference data";
    EXPECT_EQ(row.text(3), row.text(6)) << row.text(2);
    int age = age_on(*parse_iso_date(row.text(0)), *parse_iso_date(row.text(1)));
    EXPECT_GE(age, row.integer(4)) << row.text(2) << " on " << row.text(1);
    if (auto oldest = row.optional_integer(5)) EXPECT_LE(age, *oldest) << row.text(2) << " on " << row.text(1);
  }
  const std::string moved = "SELECT COUNT(*) FROM custody_episodes a JOIN custody_episodes b ON b.child_id = a.child_id"
                            " AND b.start_date = a.release_date AND b.id <> a.id WHERE ";
  EXPECT_GT(count(*db, moved + "b.establishment_type <> 'adult_prison'"), 0);
  EXPECT_GT(count(*db, moved + "a.establishment_type <> 'adult_prison' AND b.establishment_type = 'adult_prison'"), 0);
}

// Current orders are what a caseload holds: each named case manager has a child on each kind.
TEST_F(DemoJusticeRecords, TheNamedCaseManagersHoldEveryKindOfOrder) {
  auto db = connection();
  const std::string caseload =
      " AND child_id IN (SELECT w.child_id FROM case_workers w JOIN staff st ON st.id = w.staff_id"
      " WHERE w.ended_at IS NULL AND w.case_role = 'case_manager' AND st.username = ?)";
  for (std::string username : {"caseworker", "caseworker2"}) {
    for (auto type : {"referral_order", "youth_rehabilitation_order", "youth_rehabilitation_order_iss",
                      "detention_and_training_order"}) {
      EXPECT_GT(count(*db, "SELECT COUNT(*) FROM outcomes WHERE outcome_type = ? AND completion = 'ongoing'" + caseload,
                      {std::string(type), username}),
                0)
          << username << " " << type;
    }
    EXPECT_GT(count(*db, "SELECT COUNT(*) FROM outcomes WHERE completion = 'ongoing' AND outcome_type IN"
                         " ('youth_conditional_caution', 'deferred_prosecution')" + caseload, {username}),
              0)
        << username << " out of court";
    // In custody on a sentence, and on remand, today.
    EXPECT_GT(count(*db, "SELECT COUNT(*) FROM custody_episodes WHERE release_date IS NULL AND outcome_id IS NOT NULL" +
                         caseload, {username}),
              0)
        << username;
    for (auto type : {"remand_youth_detention", "remand_local_authority"}) {
      EXPECT_GT(count(*db, "SELECT COUNT(*) FROM remands WHERE end_date IS NULL AND remand_type = ?" + caseload,
                      {std::string(type), username}),
                0)
          << username << " " << type;
    }
  }
}

TEST_F(DemoJusticeRecords, ClosedCasesHaveNothingInForce) {
  auto db = connection();
  const std::string closed =
      " child_id IN (SELECT w.child_id FROM case_workers w WHERE w.closed_case = 1) AND child_id NOT IN"
      " (SELECT w.child_id FROM case_workers w WHERE w.ended_at IS NULL)";
  EXPECT_GT(count(*db, "SELECT COUNT(*) FROM outcomes WHERE" + closed), 0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM outcomes WHERE completion = 'ongoing' AND" + closed), 0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM remands WHERE end_date IS NULL AND" + closed), 0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM custody_episodes WHERE release_date IS NULL AND" + closed), 0);
}

// The plan's figures (shared/background/004), counted as spec/kpi.md counts them.
TEST_F(DemoJusticeRecords, TheCountysFiguresAreThePlans) {
  auto db = connection();
  const std::string court = "('absolute_discharge', 'conditional_discharge', 'fine', 'compensation_order',"
                            " 'referral_order', 'youth_rehabilitation_order', 'youth_rehabilitation_order_iss', " +
                            std::string("'detention_and_training_order', 'section_250', 'section_252a',"
                                        " 'extended_sentence', 'detention_at_his_majestys_pleasure')");
  double disposals = static_cast<double>(count(*db, "SELECT COUNT(*) FROM outcomes WHERE outcome_type IN " + court));
  double custodial = static_cast<double>(count(
      *db, "SELECT COUNT(*) FROM outcomes WHERE outcome_type IN ('detention_and_training_order', 'section_250',"
           " 'section_252a', 'extended_sentence', 'detention_at_his_majestys_pleasure')"));
  double remands = static_cast<double>(count(*db, "SELECT COUNT(*) FROM remands WHERE remand_type <> 'unconditional_bail'"));
  double youth_detention =
      static_cast<double>(count(*db, "SELECT COUNT(*) FROM remands WHERE remand_type = 'remand_youth_detention'"));
  EXPECT_GE(100 * custodial / disposals, 3.0);
  EXPECT_LE(100 * custodial / disposals, 7.0);
  EXPECT_GE(100 * youth_detention / remands, 6.0);
  EXPECT_LE(100 * youth_detention / remands, 12.0);
  // First time entrants in each of the last two years: the first substantive outcome.
  Date today = today_utc();
  for (int years_back = 0; years_back < 2; ++years_back) {
    Date to{std::chrono::sys_days{today} - std::chrono::days{365 * years_back}};
    Date from{std::chrono::sys_days{to} - std::chrono::days{364}};
    auto entrants = count(*db,
                          "SELECT COUNT(*) FROM (SELECT child_id, MIN(outcome_date) AS first FROM outcomes WHERE"
                          " outcome_type NOT IN ('no_further_action', 'not_guilty', 'community_resolution',"
                          " 'deferred_prosecution') GROUP BY child_id) f WHERE f.first BETWEEN ? AND ?",
                          {to_iso(from), to_iso(to)});
    std::cout << "[ county   ] first time entrants from " << to_iso(from) << " to " << to_iso(to) << ": " << entrants
              << "; custodial " << 100 * custodial / disposals << "% of court disposals; youth detention "
              << 100 * youth_detention / remands << "% of remands\n";
    EXPECT_GE(entrants, 210);
    EXPECT_LE(entrants, 390);
  }
}

// The database numbers the next record itself after the demo's numbered ones (PostgreSQL's
// identity was moved past them). On a copy of the county, as it writes.
TEST_F(DemoJusticeRecords, ANewRecordAfterTheDemoGetsAFreshId) {
  auto copy = testing::SharedDemoCounty::instance().copy();
  auto db = copy.database().acquire();
  auto child = count(*db, "SELECT MIN(id) FROM children");
  db->execute("INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)"
              " VALUES ('new-one', ?, '2025-01-01', 'other', 2, '2026-01-01T00:00:00Z')",
              {child});
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM offences WHERE exchange_id = 'new-one'"), 1);
}

// The writer's speed: children given a history and written, a second (the national data
// set's budget is 1,000,000 children with everything else in 60 s).
TEST(JusticeHistoryWriter, WritesEveryRecordItCounts) {
  TestDatabase test;
  constexpr int children = 2000;
  auto connection = test.database().acquire();
  std::vector<demo::HistoryChild> list;
  {
    store::Transaction transaction(*connection);
    demo::add_demo_geography(*connection);
    list = testing::insert_plain_children(*connection, children, "DOVER", today_utc(), 3);
    transaction.commit();
  }
  store::Transaction transaction(*connection);
  auto counts = demo::write_justice_histories(*connection, list, 5, today_utc(), now_unix_seconds());
  transaction.commit();
  EXPECT_EQ(counts.children, children);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM offences"), counts.offences);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM outcome_offences"), counts.outcome_offences);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM custody_episodes"), counts.custody_episodes);
}

}  // namespace
}  // namespace pathway
