// The national demo's machinery at a small size (3,000 children; the million is measured in
// `make bench`): its geography, children written as the normal path writes them, unique
// public ids, a seed that repeats, the kept count and the name index.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "children/child_repository.h"
#include "core/text.h"
#include "demo/demo_national.h"
#include "demo/demo_parts.h"
#include "test_database.h"

namespace pathway {
namespace {

using testing::TestDatabase;

constexpr const char* password = "correct horse battery staple";

struct Written {
  std::string public_id, given_name, family_name, district_code, holding_team;
  bool operator==(const Written&) const = default;
};

std::vector<Written> children_in(store::Database& database) {
  auto connection = database.acquire();
  std::vector<Written> rows;
  for (const auto& row : connection->query(
           "SELECT public_id, given_name, family_name, district_code, COALESCE(holding_team_code, '') FROM children"
           " ORDER BY id",
           {})) {
    rows.push_back({row.text(0), row.text(1), row.text(2), row.text(3), row.text(4)});
  }
  return rows;
}

TEST(DemoNational, ServicesDistrictsAndTeamsAcrossTheCountry) {
  EXPECT_EQ(demo::national_services().size(), 150u);
  std::set<std::string_view> codes, names;
  for (const auto& district : demo::national_districts()) {
    codes.insert(district.code);
    names.insert(district.name);
  }
  EXPECT_EQ(codes.size(), demo::national_districts().size());
  EXPECT_EQ(names.size(), demo::national_districts().size());
  EXPECT_GT(demo::national_districts().size(), 300u);
}

TEST(DemoNational, WritesChildrenAsTheNormalPathDoes) {
  TestDatabase test;
  auto summary = demo::build_national_demo(test.database(), {7, 3000, password});
  EXPECT_EQ(summary.children, 3000);
  EXPECT_EQ(summary.districts, static_cast<int>(demo::national_districts().size()));
  auto connection = test.database().acquire();
  std::set<std::string> public_ids;
  int with_accents_or_punctuation = 0;
  for (const auto& row : connection->query(
           "SELECT public_id, exchange_id, given_name, family_name, search_name, sort_key, version,"
           " holding_team_code FROM children",
           {})) {
    public_ids.insert(row.text(0));
    EXPECT_EQ(row.text(1), row.text(0));
    EXPECT_EQ(row.text(4), person_search_key(row.text(2), row.text(3)));
    EXPECT_EQ(row.text(5), person_sort_key(row.text(2), row.text(3)));
    EXPECT_EQ(row.integer(6), 1);
    EXPECT_FALSE(row.is_null(7)) << "every district has a team";
    std::string name = row.text(2) + row.text(3);
    if (name.find_first_of("'-") != std::string::npos ||
        std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
      ++with_accents_or_punctuation;
    }
  }
  EXPECT_EQ(public_ids.size(), 3000u);
  EXPECT_GT(with_accents_or_punctuation, 30);
  EXPECT_EQ(children::count_children(*connection), 3000);
  // The children are in the name index: every child is found by their own name.
  auto some = connection->query("SELECT given_name, family_name FROM children WHERE id % 500 = 0", {});
  for (const auto& row : some) {
    auto found = children::search_children(*connection, {row.text(0) + " " + row.text(1)});
    EXPECT_GE(found.total, 1) << row.text(0) << " " << row.text(1);
  }
  auto districts = connection->query_one("SELECT COUNT(DISTINCT district_code) FROM children")->integer(0);
  EXPECT_GT(districts, 250);
}

TEST(DemoNational, TheSameSeedGivesTheSameChildren) {
  TestDatabase first, second, other;
  demo::build_national_demo(first.database(), {7, 500, password});
  demo::build_national_demo(second.database(), {7, 500, password});
  demo::build_national_demo(other.database(), {8, 500, password});
  EXPECT_EQ(children_in(first.database()), children_in(second.database()));
  EXPECT_NE(children_in(first.database()), children_in(other.database()));
}

// Every row of the justice record, in id order, as text.
std::vector<std::string> justice_rows_in(store::Database& database) {
  auto connection = database.acquire();
  std::vector<std::string> rows;
  for (const char* sql :
       {"SELECT id, exchange_id, child_id, offence_date, category, gravity, COALESCE(description, '') FROM offences",
        "SELECT id, child_id, outcome_date, outcome_type, COALESCE(start_date, ''), COALESCE(end_date, ''),"
        " COALESCE(completion, '') FROM outcomes",
        "SELECT outcome_id, offence_id, 0, '', '', '', '' FROM outcome_offences",
        "SELECT id, child_id, start_date, COALESCE(end_date, ''), remand_type, '', '' FROM remands",
        "SELECT id, child_id, COALESCE(outcome_id, 0), establishment, start_date, COALESCE(release_date, ''), ''"
        " FROM custody_episodes"}) {
    for (const auto& row : connection->query(std::string(sql) + " ORDER BY 1, 2", {})) {
      std::string text;
      for (std::size_t i = 0; i < row.size(); ++i) {
        const auto& value = row.value(i);
        text += (std::holds_alternative<std::int64_t>(value) ? std::to_string(std::get<std::int64_t>(value))
                                                            : row.text(i)) + "|";
      }
      rows.push_back(text);
    }
  }
  return rows;
}

TEST(DemoNational, TheSameSeedGivesTheSameHistories) {
  TestDatabase first, second;
  demo::build_national_demo(first.database(), {7, 400, password});
  demo::build_national_demo(second.database(), {7, 400, password});
  auto rows = justice_rows_in(first.database());
  EXPECT_GT(rows.size(), 1200u);
  EXPECT_EQ(rows, justice_rows_in(second.database()));
}

// A new file loaded without SQLite's rollback journal and per-row checks (decision 0019)
// holds what the journalled, checked load writes, every reference in place.
TEST(DemoNational, ADisposableFileHoldsTheSameRowsAsAJournalledLoad) {
  TestDatabase journalled, disposable;
  if (disposable.backend() != store::Backend::sqlite) GTEST_SKIP() << "only SQLite loads a file";
  demo::build_national_demo(journalled.database(), {7, 400, password});
  demo::build_national_demo(disposable.database(), {7, 400, password, true});
  EXPECT_EQ(children_in(journalled.database()), children_in(disposable.database()));
  EXPECT_EQ(justice_rows_in(journalled.database()), justice_rows_in(disposable.database()));
  auto connection = disposable.database().acquire();
  EXPECT_TRUE(connection->query("PRAGMA foreign_key_check", {}).empty());
  EXPECT_EQ(connection->query_one("PRAGMA integrity_check")->text(0), "ok");
  EXPECT_EQ(children::count_children(*connection), 400);
}

TEST(DemoNational, RefusesADatabaseThatHoldsData) {
  TestDatabase test;
  demo::build_national_demo(test.database(), {7, 10, password});
  EXPECT_THROW(demo::build_national_demo(test.database(), {7, 10, password}), std::runtime_error);
  EXPECT_EQ(children::count_children(*test.database().acquire()), 10);
}

}  // namespace
}  // namespace pathway
