// CSV for people never lets a cell run as a formula, and loses nothing: one leading
// apostrophe taken off a neutralised cell gives back the exact text.
#include "spreadsheet/people_csv.h"

#include <gtest/gtest.h>

#include "exchange/csv.h"
#include "spreadsheet/formula_guard.h"

namespace pathway::spreadsheet {
namespace {

// One value for each character a formula can start with (OWASP: = + - @ tab CR), with
// line feed, leading spaces, full-width forms and an apostrophe besides.
const std::vector<std::string> risky = {
    "=HYPERLINK(\"http://evil.example\",\"Click\")", "+44 20 7946 0000", "-2+3", "@SUM(A1:A2)",
    "\t=1+1", "\r=1+1", "\n=1+1", "  =1+1", "\xEF\xBC\x9D" "1+1", "\xEF\xBC\xA0" "SUM(A1)",
};

// The reverse of neutralise_formula, as the decision record describes it.
std::string restored(const std::string& cell) { return cell.starts_with('\'') ? cell.substr(1) : cell; }

TEST(FormulaGuard, PutsAnApostropheBeforeEveryCellThatCouldRunAsAFormula) {
  for (const auto& text : risky) {
    EXPECT_TRUE(could_run_as_formula(text)) << text;
    EXPECT_EQ(neutralise_formula(text), "'" + text) << text;
  }
}

TEST(FormulaGuard, LeavesOrdinaryTextAloneAndMarksTextStartingWithAnApostrophe) {
  for (const char* text : {"Zoë O'Brien", "Smith-Jones", "a=b", "", "  ", "2026-11-22", "Maidstone"}) {
    EXPECT_FALSE(could_run_as_formula(text)) << text;
    EXPECT_EQ(neutralise_formula(text), text);
  }
  EXPECT_EQ(neutralise_formula("'quoted"), "''quoted");  // so that taking one off is always right
}

TEST(PeopleCsv, WritesABomHeadingsAndRowsWithNumbersAsNumbers) {
  PeopleTable table{{"Name", "Children", "Rate"}, {{std::string("Maidstone"), std::int64_t{-3}, 0.25}}};
  EXPECT_EQ(people_csv(table), "\xEF\xBB\xBFName,Children,Rate\nMaidstone,-3,0.25\n");
}

TEST(PeopleCsv, NoCellStartsAFormulaAndEveryValueComesBackExactly) {
  PeopleTable table{{"=Name", "Note"}, {}};
  for (const auto& text : risky) table.rows.push_back({text, std::string("'") + text});
  std::string csv = people_csv(table);
  auto parsed = exchange::parse_csv(csv);
  ASSERT_TRUE(parsed.errors.empty());
  ASSERT_EQ(parsed.records.size(), risky.size() + 1);
  EXPECT_EQ(parsed.records[0].fields[0], "'=Name");
  for (std::size_t i = 0; i < risky.size(); ++i) {
    const auto& fields = parsed.records[i + 1].fields;
    for (const auto& field : fields) EXPECT_FALSE(could_run_as_formula(field)) << field;
    EXPECT_EQ(restored(fields[0]), risky[i]);
    EXPECT_EQ(restored(fields[1]), "'" + risky[i]);
  }
}

}  // namespace
}  // namespace pathway::spreadsheet
