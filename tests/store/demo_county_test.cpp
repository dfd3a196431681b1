// The demo county on either backend: its geography, children and accounts, that a seed
// repeats, and that it refuses a database that already holds data.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <set>

#include "access/password_hash.h"
#include "children/child_repository.h"
#include "core/dates.h"
#include "demo/demo_county.h"
#include "demo/demo_parts.h"
#include "reference/ethnicity.h"
#include "reference/geography.h"
#include "store/database.h"
#include "shared_demo_county.h"
#include "test_database.h"

namespace pathway {
namespace {

using testing::SharedDemoCounty;
using testing::TestDatabase;

constexpr const char* password = "correct horse battery staple";

struct ChildRow {
  std::string given_name;
  std::string family_name;
  std::string date_of_birth;
  std::string sex;
  std::string district_code;
  std::optional<std::string> ethnicity;
  std::optional<std::string> looked_after;
  bool operator==(const ChildRow&) const = default;
};

std::vector<ChildRow> children_in(store::Database& database) {
  auto connection = database.acquire();
  std::vector<ChildRow> rows;
  for (const auto& row : connection->query(
           "SELECT given_name, family_name, date_of_birth, sex, district_code, ethnicity, looked_after"
           " FROM children ORDER BY id",
           {})) {
    rows.push_back({row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.optional_text(5),
                    row.optional_text(6)});
  }
  return rows;
}

// What must repeat for a seed whatever the day (dates of birth follow the calendar).
std::vector<std::vector<std::optional<std::string>>> identities(const std::vector<ChildRow>& rows) {
  std::vector<std::vector<std::optional<std::string>>> result;
  for (const auto& row : rows) {
    result.push_back({row.given_name, row.family_name, row.sex, row.district_code, row.ethnicity});
  }
  return result;
}

std::int64_t count(store::Database& database, const std::string& sql) {
  auto connection = database.acquire();
  return connection->query_one(sql)->integer(0);
}

// The shared county (shared_demo_county.h), only read.
class DemoCounty : public ::testing::Test {
 protected:
  static store::Database& database() { return SharedDemoCounty::instance().database(); }
  static const demo::DemoSummary& summary() { return SharedDemoCounty::instance().summary(); }
  static int children_asked_for() { return SharedDemoCounty::instance().options().children; }
};

TEST_F(DemoCounty, HasFourAreasAndTwelveDistrictsOfKent) {
  EXPECT_EQ(summary().areas, 4);
  EXPECT_EQ(summary().districts, 12);
  EXPECT_EQ(count(database(), "SELECT COUNT(*) FROM areas"), 4);
  auto connection = database().acquire();
  auto districts = reference::list_districts(*connection);
  ASSERT_EQ(districts.size(), 12u);
  std::map<std::string, std::set<std::string>> by_area;
  for (const auto& district : districts) by_area[district.area_name].insert(district.code);
  EXPECT_EQ(by_area.size(), 4u);
  for (const auto& [area, codes] : by_area) EXPECT_EQ(codes.size(), 3u) << area;
  EXPECT_EQ(by_area["West Kent"], (std::set<std::string>{"MAIDSTONE", "TONBRIDGE_AND_MALLING", "TUNBRIDGE_WELLS"}));
  EXPECT_EQ(by_area["North Kent"], (std::set<std::string>{"DARTFORD", "GRAVESHAM", "SEVENOAKS"}));
  EXPECT_EQ(by_area["East Kent"], (std::set<std::string>{"CANTERBURY", "SWALE", "THANET"}));
  EXPECT_EQ(by_area["South Kent"], (std::set<std::string>{"ASHFORD", "DOVER", "FOLKESTONE_AND_HYTHE"}));
  auto maidstone = reference::find_district(*connection, "MAIDSTONE");
  ASSERT_TRUE(maidstone);
  EXPECT_EQ(maidstone->area_code, "WEST");
}

TEST_F(DemoCounty, HasGrowingPopulationsForFourYears) {
  auto connection = database().acquire();
  auto populations = reference::list_populations(*connection);
  ASSERT_EQ(populations.size(), 48u);
  std::map<std::string, std::vector<reference::DistrictPopulation>> by_district;
  std::map<int, std::int64_t> county;
  for (const auto& population : populations) {
    by_district[population.district_code].push_back(population);
    county[population.year] += population.population_10_17;
  }
  ASSERT_EQ(by_district.size(), 12u);
  for (const auto& [code, years] : by_district) {
    ASSERT_EQ(years.size(), 4u) << code;
    for (std::size_t i = 0; i < years.size(); ++i) {
      EXPECT_EQ(years[i].year, 2023 + static_cast<int>(i)) << code;
      EXPECT_GE(years[i].population_10_17, 9000) << code;
      EXPECT_LE(years[i].population_10_17, 17000) << code;
      if (i > 0) {
        EXPECT_GT(years[i].population_10_17, years[i - 1].population_10_17) << code;
      }
    }
  }
  for (const auto& [year, total] : county) {
    EXPECT_GT(total, 145000) << year;
    EXPECT_LT(total, 157000) << year;
  }
}

TEST_F(DemoCounty, HasTheChildrenAskedForAgedTenToEighteen) {
  EXPECT_EQ(summary().children, children_asked_for());
  auto connection = database().acquire();
  EXPECT_EQ(children::count_children(*connection), children_asked_for());
  Date today = today_utc();
  std::set<std::string> districts;
  for (const auto& row : children_in(database())) {
    auto date_of_birth = parse_iso_date(row.date_of_birth);
    ASSERT_TRUE(date_of_birth) << row.date_of_birth;
    int age = age_on(*date_of_birth, today);
    EXPECT_GE(age, 10) << row.date_of_birth;
    EXPECT_LE(age, 18) << row.date_of_birth;
    EXPECT_FALSE(row.given_name.empty());
    EXPECT_FALSE(row.family_name.empty());
    if (row.ethnicity) {
      EXPECT_TRUE(reference::ethnicity_label(*row.ethnicity)) << *row.ethnicity;
    }
    districts.insert(row.district_code);
  }
  EXPECT_EQ(districts.size(), 12u);
}

TEST_F(DemoCounty, RecordsHistoryAndOneAuditEvent) {
  // Each child's initial values are version 1 of its history, by "demo".
  EXPECT_EQ(count(database(), "SELECT COUNT(DISTINCT child_id) FROM child_changes WHERE changed_by = 'demo'"),
            children_asked_for());
  auto connection = database().acquire();
  auto event = connection->query_one("SELECT actor, action, detail FROM audit_events WHERE action = 'demo.create'");
  ASSERT_TRUE(event);
  EXPECT_EQ(event->text(0), "system");
  EXPECT_NE(event->text(2).find(" " + std::to_string(children_asked_for()) + " children"), std::string::npos)
      << event->text(2);
  EXPECT_EQ(count(database(), "SELECT COUNT(*) FROM audit_events WHERE action = 'demo.create'"), 1);
}

// Some children were corrected by a case manager after the referral, most with a reason,
// so the history page has something to show: between 1 child in 40 and 7 in 40 (the demo
// corrects 8 in 100).
TEST_F(DemoCounty, HasCorrectionsByCaseManagersMostWithAReason) {
  auto corrected = count(database(), "SELECT COUNT(DISTINCT child_id) FROM child_changes WHERE version = 2");
  EXPECT_GE(40 * corrected, children_asked_for());
  EXPECT_LE(40 * corrected, 7 * children_asked_for());
  EXPECT_EQ(count(database(), "SELECT COUNT(*) FROM child_changes WHERE version > 2"), 0);
  EXPECT_EQ(count(database(), "SELECT COUNT(*) FROM child_changes WHERE version = 2"
                              " AND changed_by_name NOT IN ('Amara Nwosu', 'Dan Kowalczyk')"), 0);
  auto with_reason = count(database(), "SELECT COUNT(DISTINCT child_id) FROM child_changes WHERE version = 2"
                                       " AND reason IS NOT NULL");
  EXPECT_GT(with_reason, corrected / 2);
  EXPECT_LT(with_reason, corrected);
}

TEST_F(DemoCounty, HasOneAccountPerRoleThatSignsInWithThePassword) {
  const std::map<std::string, std::string> expected = {
      {"admin", "administrator"},
      {"manager", "manager"},
      {"caseworker", "case_manager"},
      {"caseworker2", "case_manager"},
      {"rjworker", "restorative_justice_worker"},
      {"transition", "transition_practitioner"},
      {"analyst", "analyst"},
      {"volunteer", "panel_volunteer"},
      {"unitlead", "manager"},
      {"support", "business_support"},
      {"dpo", "data_protection_officer"},
      {"partner", "partner"},
  };
  auto connection = database().acquire();
  const std::string& county_password = SharedDemoCounty::instance().options().password;
  std::map<std::string, std::string> found;
  std::set<std::string> roles;
  std::size_t accounts = 0;
  for (const auto& row : connection->query("SELECT username, roles, password_hash, display_name, active FROM staff", {})) {
    roles.insert(row.text(1));
    ++accounts;
    if (!expected.contains(row.text(0))) continue;  // the same hash: checking eight is enough
    found[row.text(0)] = row.text(1);
    EXPECT_TRUE(access::verify_password(row.text(2), county_password)) << row.text(0);
    EXPECT_FALSE(access::verify_password(row.text(2), "not the password")) << row.text(0);
    EXPECT_NE(row.text(3).find(' '), std::string::npos) << "a person's name: " << row.text(3);
    EXPECT_EQ(row.integer(4), 1);
  }
  for (const auto& [username, role] : expected) EXPECT_EQ(found[username], role) << username;
  // Every role has an account, and the service has more staff than the named accounts.
  EXPECT_EQ(roles.size(), access::all_roles().size());
  EXPECT_GT(accounts, 40u);
  ASSERT_EQ(summary().accounts.size(), expected.size());
  EXPECT_EQ(summary().accounts[0].username, "admin");
  EXPECT_EQ(summary().accounts[0].role_label, access::role_label(access::Role::administrator));
}

// On a copy of the county: were it not refused, the second county would be added to it.
TEST_F(DemoCounty, RefusesADatabaseThatAlreadyHoldsData) {
  auto copy = SharedDemoCounty::instance().copy();
  auto staff_before = count(copy.database(), "SELECT COUNT(*) FROM staff");
  try {
    demo::build_demo_county(copy.database(), SharedDemoCounty::instance().options());
    FAIL() << "a second demo county was built on top of the first";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("already holds data"), std::string::npos) << error.what();
  }
  EXPECT_EQ(count(copy.database(), "SELECT COUNT(*) FROM children"), children_asked_for());
  EXPECT_EQ(count(copy.database(), "SELECT COUNT(*) FROM staff"), staff_before);
}

// Whether a seed repeats is seen in a small county (seed 7) of its own, built once: as many
// children as it takes for two seeds to be told apart.
class DemoCountySeed : public ::testing::Test {
 protected:
  static constexpr int size = 50;
  static void SetUpTestSuite() {
    seven_ = new TestDatabase();
    demo::build_demo_county(seven_->database(), {7, size, password});
  }
  static void TearDownTestSuite() {
    delete seven_;
    seven_ = nullptr;
  }
  static store::Database& seven() { return seven_->database(); }

 private:
  static inline TestDatabase* seven_ = nullptr;
};

TEST_F(DemoCountySeed, TheSameSeedGivesTheSameCounty) {
  TestDatabase again;
  demo::build_demo_county(again.database(), {7, size, password});
  auto first = children_in(seven());
  auto second = children_in(again.database());
  ASSERT_EQ(first.size(), second.size());
  EXPECT_EQ(identities(first), identities(second));
}

// Fewer than 1 child in 40 the same, child by child.
TEST_F(DemoCountySeed, AnotherSeedGivesAnotherCounty) {
  TestDatabase other;
  demo::build_demo_county(other.database(), {8, size, password});
  auto first = identities(children_in(seven()));
  auto second = identities(children_in(other.database()));
  ASSERT_EQ(first.size(), second.size());
  int same = 0;
  for (std::size_t i = 0; i < first.size(); ++i) same += first[i] == second[i] ? 1 : 0;
  EXPECT_LT(40 * same, size);
}

TEST(DemoCountyPassword, RefusesAPasswordThePolicyRefusesAndSavesNothing) {
  TestDatabase test;
  EXPECT_THROW(demo::build_demo_county(test.database(), {1, 50, "short"}), std::runtime_error);
  EXPECT_EQ(count(test.database(), "SELECT COUNT(*) FROM children"), 0);
  EXPECT_EQ(count(test.database(), "SELECT COUNT(*) FROM staff"), 0);
  EXPECT_EQ(count(test.database(), "SELECT COUNT(*) FROM districts"), 0);
}

// The default county: its size and its shape. How long it takes is a benchmark
// (bench/demo_county_bench.cpp): a clock here would measure the machine, sanitizers and all.
TEST(DemoCountyDefault, TwoThousandChildrenShapedLikeAYouthJusticeCaseload) {
  // The shared county is the default one, only read.
  auto& county = SharedDemoCounty::instance();
  EXPECT_EQ(county.summary().children, 2000);

  auto rows = children_in(county.database());
  ASSERT_EQ(rows.size(), 2000u);
  std::map<std::string, int> sexes, ethnicities, looked_after, districts;
  bool accented = false, apostrophe = false, hyphenated = false;
  Date today = today_utc();
  for (const auto& row : rows) {
    ++sexes[row.sex];
    ++ethnicities[row.ethnicity.value_or("")];
    ++looked_after[row.looked_after.value_or("")];
    ++districts[row.district_code];
    std::string name = row.given_name + " " + row.family_name;
    for (unsigned char c : name) accented = accented || c >= 0x80;
    apostrophe = apostrophe || name.find('\'') != std::string::npos;
    hyphenated = hyphenated || row.family_name.find('-') != std::string::npos;
    int age = age_on(*parse_iso_date(row.date_of_birth), today);
    EXPECT_TRUE(age >= 10 && age <= 18) << row.date_of_birth;
  }
  EXPECT_NEAR(sexes["male"], 1600, 80);
  EXPECT_NEAR(sexes["female"], 380, 60);
  EXPECT_GT(sexes["unknown"], 0);
  EXPECT_NEAR(looked_after["yes"], 300, 80);
  EXPECT_NEAR(looked_after["no"], 1500, 100);
  EXPECT_NEAR(looked_after[""], 200, 60);
  int most = 0;
  std::string commonest;
  for (const auto& [code, n] : ethnicities) {
    if (n > most) most = n, commonest = code;
  }
  EXPECT_EQ(commonest, "WBRI");
  EXPECT_GT(ethnicities["WOTH"], ethnicities["MWBC"]);
  EXPECT_TRUE(accented && apostrophe && hyphenated);

  // Shared out in proportion to the latest populations: Maidstone, the largest, has the most.
  ASSERT_EQ(districts.size(), 12u);
  for (const auto& [code, n] : districts) EXPECT_LE(n, districts["MAIDSTONE"]) << code;
  EXPECT_NEAR(districts["MAIDSTONE"], 2000.0 * 16683 / 153349, 1.0);
}

// Names match the child's sex: a girl's given name comes from a list of girls' names.
TEST(DemoCountyNames, GivenNamesMatchSex) {
  std::set<std::string_view> boys, girls;
  for (auto heritage : demo::all_heritages()) {
    const auto& list = demo::names_of(heritage);
    boys.insert(list.boys.begin(), list.boys.end());
    girls.insert(list.girls.begin(), list.girls.end());
    EXPECT_FALSE(list.boys.empty() || list.girls.empty() || list.families.empty());
  }
  demo::DemoRandom random(3);
  auto districts = demo::demo_district_slots(random, 1000);
  for (const auto& child : demo::demo_children(random, districts, Date{std::chrono::year{2026}, std::chrono::month{2},
                                                                       std::chrono::day{28}})) {
    if (child.sex == children::Sex::female) {
      EXPECT_TRUE(girls.count(child.given_name)) << child.given_name;
    } else if (child.sex == children::Sex::male) {
      EXPECT_TRUE(boys.count(child.given_name)) << child.given_name;
    }
  }
}

TEST(DemoCountyDates, DatesOfBirthFollowTodayButNothingElseDoes) {
  auto build = [](Date today) {
    demo::DemoRandom random(11);
    auto districts = demo::demo_district_slots(random, 300);
    return demo::demo_children(random, districts, today);
  };
  using namespace std::chrono;
  // A leap day, and the day before one, are the awkward todays.
  for (Date today : {Date{year{2028}, February, day{29}}, Date{year{2027}, February, day{28}},
                     Date{year{2031}, December, day{31}}}) {
    auto county = build(today);
    auto later = build(Date{sys_days{today} + days{400}});
    ASSERT_EQ(county.size(), later.size());
    for (std::size_t i = 0; i < county.size(); ++i) {
      int age = age_on(county[i].date_of_birth, today);
      EXPECT_TRUE(age >= 10 && age <= 18) << to_iso(county[i].date_of_birth) << " on " << to_iso(today);
      EXPECT_EQ(county[i].given_name, later[i].given_name);
      EXPECT_EQ(county[i].family_name, later[i].family_name);
      EXPECT_EQ(county[i].ethnicity, later[i].ethnicity);
      EXPECT_EQ(county[i].looked_after, later[i].looked_after);
    }
  }
}

TEST(DemoRandom, IsSplitmix64SeededXoshiro256StarStar) {
  std::uint64_t state = 1234567;  // the published splitmix64 test vector
  EXPECT_EQ(demo::splitmix64(state), 6457827717110365317ULL);
  EXPECT_EQ(demo::splitmix64(state), 3203168211198807973ULL);
  EXPECT_EQ(demo::splitmix64(state), 9817491932198370423ULL);
  demo::DemoRandom random(1);
  EXPECT_EQ(random.next(), 12966619160104079557ULL);
  EXPECT_EQ(random.next(), 9600361134598540522ULL);
  EXPECT_EQ(random.next(), 10590380919521690900ULL);
  for (int i = 0; i < 1000; ++i) EXPECT_LT(random.below(7), 7u);
}

}  // namespace
}  // namespace pathway
