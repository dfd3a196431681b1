// The order of a name search (exact, then a name beginning with the words, then the rest;
// each by family name, given name, id), checked page by page against a ranking written here
// from the rule's words, on a fixture of names that fall in every rank: through
// search_children on both backends, and on SQLite through both ways ranked_name_page reads a
// rank (walking the list index, sorting the matches), which must give the same pages
// (docs/decisions/0022).
#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "access/accounts.h"
#include "access/need_to_know.h"
#include "access/restricted_records.h"
#include "children/child_repository.h"
#include "children/ranked_name_page.h"
#include "core/text.h"
#include "reference/geography.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;

const std::vector<std::string> given_names = {"Mor", "Morgan", "Amor", "Zoë", "Zoe", "Lamorna", "Obrien", "Tom"};
const std::vector<std::string> family_names = {"Morris", "Mor", "Seymour", "Elmore", "O'Brien", "Zoe Mor",
                                               "Moreno", "Mor-Zoe", "Smith"};

// The words of a search as the search folds them.
std::vector<std::string> words_of(const std::string& search) {
  std::vector<std::string> words;
  std::string folded = fold_for_search(search);
  for (std::size_t start = 0; start < folded.size();) {
    std::size_t end = std::min(folded.find(' ', start), folded.size());
    words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

struct Stored {
  std::int64_t id;
  std::string given, family;
  bool restricted;
};

// The rule, in its own words: exact when the whole of what was typed (its words run
// together) is the given name or the family name, or the whole name either way round splits
// the words; leading when a name begins with it, or the whole name begins with the words.
int expected_rank(const std::vector<std::string>& words, const Stored& child) {
  std::string given = name_key(child.given), family = name_key(child.family);
  std::string whole;
  for (const auto& word : words) whole += word;
  if (given == whole || family == whole) return 0;
  for (std::size_t split = 1; split < words.size(); ++split) {
    std::string first, second;
    for (std::size_t i = 0; i < words.size(); ++i) (i < split ? first : second) += words[i];
    if ((given == first && family == second) || (given == second && family == first)) return 0;
  }
  std::string spaced;
  for (const auto& word : words) spaced += (spaced.empty() ? "" : " ") + word;
  if (given.starts_with(whole) || family.starts_with(whole) || (given + ' ' + family).starts_with(spaced)) return 1;
  return 2;
}

class NameSearchOrder : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    owner_ = access::add_staff_member(*connection, {"owner", "Owner", access::Role::case_manager,
                                                    "a long enough pass phrase"}).value();
    other_ = access::add_staff_member(*connection, {"other", "Other", access::Role::case_manager,
                                                    "a long enough pass phrase"}).value();
    int n = 0;
    for (const auto& family : family_names) {
      for (const auto& given : given_names) {
        // Two of each name (the id breaks the tie), and every fifth record restricted.
        for (int copy = 0; copy < 2; ++copy, ++n) add(given, family, n % 5 == 0);
      }
    }
  }

  void add(const std::string& given, const std::string& family, bool restricted) {
    auto connection = test_.database().acquire();
    auto child = children::create_child(*connection, {given, family, year{2011} / 3 / 27, children::Sex::male, "WBRI",
                                                      "MAIDSTONE", children::LookedAfter::unknown},
                                        "tester");
    if (restricted) ASSERT_TRUE(access::restrict_record(*connection, child.id, owner_, {}).ok());
    stored_.push_back({child.id, given, family, restricted});
  }

  // Every match `viewer` may see (null: all), in the rule's order.
  std::vector<std::int64_t> expected(const std::string& search, const access::StaffMember* viewer) {
    std::vector<std::string> words = words_of(search);
    std::vector<std::tuple<int, std::string, std::int64_t>> ranked;
    for (const auto& child : stored_) {
      std::string key = person_search_key(child.given, child.family);
      if (!std::ranges::all_of(words, [&](const std::string& word) { return key.find(word) != key.npos; })) continue;
      if (child.restricted && viewer == &other_) continue;
      ranked.emplace_back(expected_rank(words, child), person_sort_key(child.given, child.family), child.id);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::int64_t> ids;
    for (const auto& [rank, sort_key, id] : ranked) ids.push_back(id);
    return ids;
  }

  testing::TestDatabase test_;
  access::StaffMember owner_;
  access::StaffMember other_;
  std::vector<Stored> stored_;
};

const std::vector<std::string> searches = {"mor", "MOR", "zoe mor", "mor zoe", "Zoë-Mor", "ore", "obrien zoe",
                                           "amor", "lamorna seymour", "mo", "mor smith"};

TEST_F(NameSearchOrder, EveryPageIsInTheRulesOrderOnEitherBackend) {
  auto connection = test_.database().acquire();
  for (const access::StaffMember* viewer : std::vector<const access::StaffMember*>{nullptr, &owner_, &other_}) {
    for (const auto& name : searches) {
      auto all = expected(name, viewer);
      constexpr int page_size = 7;
      std::vector<std::int64_t> paged;
      std::int64_t total = -1;
      for (std::int64_t page = 1; page <= static_cast<std::int64_t>(all.size()) / page_size + 1; ++page) {
        children::ChildSearch search{name, std::nullopt, page, page_size, viewer, 0};
        auto found = children::search_children(*connection, search);
        total = found.total;
        for (const auto& summary : found.children) paged.push_back(summary.child.id);
      }
      std::string who = viewer ? viewer->username : "the whole service";
      EXPECT_EQ(paged, all) << name << ", as " << who;
      EXPECT_EQ(total, static_cast<std::int64_t>(all.size())) << name << ", as " << who;
    }
  }
}

TEST_F(NameSearchOrder, WalkingTheListIndexAndSortingTheMatchesGiveTheSamePages) {
  if (test_.backend() != store::Backend::sqlite) GTEST_SKIP() << "the name index's ranks are SQLite's";
  // Namesakes enough that the walk reads the list index in more than one chunk and resumes
  // among entries of the same sort key.
  for (int i = 0; i < 1500; ++i) add("Mor", "Morris", i % 7 == 0);
  auto connection = test_.database().acquire();
  auto listed = access::may_list_condition(other_, 0);
  for (const auto& name : searches) {
    std::vector<std::string> words = words_of(name);
    std::string query;
    if (std::ranges::any_of(words, [](const std::string& word) { return word.size() < 3; })) continue;
    for (const auto& word : words) query += (query.empty() ? "\"" : " \"") + word + '"';
    for (const access::SqlCondition* condition : std::vector<const access::SqlCondition*>{nullptr, &listed}) {
      auto all = expected(name, condition ? &other_ : nullptr);
      auto step = std::max<std::int64_t>(5, static_cast<std::int64_t>(all.size()) / 15 + 1);
      for (std::int64_t offset = 0; offset <= static_cast<std::int64_t>(all.size()); offset += step) {
        auto walked = children::ranked_name_page(*connection, words, query, condition, offset, 5,
                                                 children::RankReading::walk_list_index);
        auto sorted = children::ranked_name_page(*connection, words, query, condition, offset, 5,
                                                 children::RankReading::sort_matches);
        std::vector<std::int64_t> want(all.begin() + offset,
                                       all.begin() + std::min<std::int64_t>(offset + 5, all.size()));
        EXPECT_EQ(walked.ids, want) << name << " at " << offset;
        EXPECT_EQ(sorted.ids, want) << name << " at " << offset;
        EXPECT_EQ(walked.total, static_cast<std::int64_t>(all.size())) << name;
      }
    }
  }
}

// The class of fault: a broad name search that reads every match's row to rank it. The
// walk reads the list index in its order, a chunk at a time from where it stopped, and no
// child's row.
TEST_F(NameSearchOrder, AWalkReadsTheListIndexInItsOrder) {
  if (test_.backend() != store::Backend::sqlite) GTEST_SKIP() << "the name index's ranks are SQLite's";
  auto connection = test_.database().acquire();
  std::string plan;
  for (const auto& row : connection->query(
           "EXPLAIN QUERY PLAN SELECT c.sort_key, c.id, c.given_name, c.family_name FROM children c"
           " INDEXED BY children_in_list_order WHERE (c.sort_key, c.id) > ('mor', 1) ORDER BY c.sort_key, c.id"
           " LIMIT 1024",
           {})) {
    plan += row.text(row.size() - 1) + "\n";
  }
  EXPECT_NE(plan.find("SEARCH c USING COVERING INDEX children_in_list_order (sort_key>?)"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
}

}  // namespace
}  // namespace pathway
