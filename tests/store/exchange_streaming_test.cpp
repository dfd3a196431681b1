// The importer reads each file a row at a time and saves each good row as it goes: these
// check that it stays all or nothing and reports every problem however far apart they are in
// a file, and however late in the data set the first problem comes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "app/resources.h"
#include "exchange/exchange.h"
#include "temporary_folder.h"
#include "test_database.h"

namespace pathway {
namespace {

namespace fs = std::filesystem;
using testing::TemporaryFolder;

const fs::path valid_set = app::source_directory() / "tests" / "data" / "exchange" / "valid";

std::int64_t rows_in(store::Database& database, const std::string& table) {
  auto connection = database.acquire();
  return connection->query("SELECT COUNT(*) FROM " + table, {}).front().integer(0);
}

// Every table an import writes, and the audit trail, are still empty.
void expect_nothing_saved(store::Database& database) {
  for (std::string table : {"areas", "districts", "district_populations", "children", "child_changes", "offences", "outcomes",
                            "outcome_offences", "remands", "custody_episodes", "audit_events"}) {
    EXPECT_EQ(rows_in(database, table), 0) << table;
  }
}

// children.csv with `count` children of district THANET, C1 on line 2 onwards.
std::string children_file(int count) {
  std::string text = "child_id,given_name,family_name,date_of_birth,sex,district_code\n";
  for (int i = 1; i <= count; ++i) {
    text += "C" + std::to_string(i) + ",Amir,Khan" + std::to_string(i % 97) + ",2010-11-02,male,THANET\n";
  }
  return text;
}

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

// Replaces line `line` (1-based) of `text` with `replacement`.
std::string with_line(std::string text, std::size_t line, const std::string& replacement) {
  std::size_t start = 0;
  for (std::size_t at = 1; at < line; ++at) start = text.find('\n', start) + 1;
  std::size_t end = text.find('\n', start);
  return text.replace(start, end - start, replacement);
}

// The names of the database's indexes, with the statement that makes each.
std::vector<std::string> indexes(store::Database& database) {
  auto connection = database.acquire();
  std::string sql = connection->backend() == store::Backend::sqlite
                        ? "SELECT name || ': ' || COALESCE(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name"
                        : "SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                          " ORDER BY indexname";
  std::vector<std::string> names;
  for (const auto& row : connection->query(sql, {})) names.push_back(row.text(0));
  return names;
}

class ExchangeStreaming : public ::testing::Test {
 protected:
  exchange::ImportReport import(const fs::path& folder) {
    return exchange::import_data_set(test_.database(), folder, "tester");
  }
  testing::TestDatabase test_;
};

TEST_F(ExchangeStreaming, ProblemsOnLine2AndLine200000AreBothReportedAndNothingIsSaved) {
  TemporaryFolder folder;
  fs::copy_file(valid_set / "districts.csv", folder / "districts.csv");
  std::string children = children_file(199'999);
  children = with_line(children, 2, "C1,Amir,Khan,2010-13-02,male,THANET");
  children = with_line(children, 200'000, "C199999,Amir,Khan,2010-11-02,boy,THANET");
  write_text(folder / "children.csv", children);

  auto report = import(folder.path());
  ASSERT_EQ(report.problems.size(), 2u);
  EXPECT_EQ(exchange::describe(report.problems[0]),
            "children.csv line 2, column date_of_birth, value '2010-13-02': must be a real date written YYYY-MM-DD");
  EXPECT_EQ(exchange::describe(report.problems[1]),
            "children.csv line 200000, column sex, value 'boy': must be one of: male, female, unknown");
  expect_nothing_saved(test_.database());
}

TEST_F(ExchangeStreaming, AProblemInTheLastFileUndoesEveryRowSavedBeforeIt) {
  TemporaryFolder folder;
  for (const auto& entry : fs::directory_iterator(valid_set)) {
    fs::copy_file(entry.path(), folder.path() / entry.path().filename());
  }
  std::ofstream(folder.path() / "custody_episodes.csv", std::ios::app)
      << "E-9,C-1001,,Cookham Wood YOI,yoi,2024-09-01,2024-08-01\n";

  auto report = import(folder.path());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].file, "custody_episodes.csv");
  EXPECT_EQ(report.problems[0].line, 5u);
  EXPECT_EQ(report.children + report.offences + report.outcomes, 0u);
  expect_nothing_saved(test_.database());
}

TEST_F(ExchangeStreaming, DuplicatesFarApartInAFileAreRefused) {
  TemporaryFolder folder;
  fs::copy_file(valid_set / "districts.csv", folder / "districts.csv");
  write_text(folder / "children.csv", with_line(children_file(1'000), 1'001, "C2,Bea,Ng,2011-01-05,female,THANET"));

  auto report = import(folder.path());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(exchange::describe(report.problems[0]),
            "children.csv line 1001, column child_id, value 'C2': this identifier is already used on line 3");
  expect_nothing_saved(test_.database());
}

TEST_F(ExchangeStreaming, ALargeGoodFileIsSavedWhole) {
  TemporaryFolder folder;
  fs::copy_file(valid_set / "districts.csv", folder / "districts.csv");
  write_text(folder / "children.csv", children_file(1'000));
  std::string offences = "offence_id,child_id,offence_date,category,gravity\n";
  for (int i = 1; i <= 1'000; ++i) offences += "F" + std::to_string(i) + ",C" + std::to_string(i) + ",2024-01-02,drugs,3\n";
  write_text(folder / "offences.csv", offences);

  auto report = import(folder.path());
  ASSERT_TRUE(report.ok()) << exchange::describe(report.problems.front());
  EXPECT_EQ(report.children, 1'000u);
  EXPECT_EQ(report.offences, 1'000u);
  EXPECT_EQ(rows_in(test_.database(), "children"), 1'000);
  auto connection = test_.database().acquire();
  EXPECT_EQ(connection->query("SELECT COUNT(*) FROM offences f JOIN children c ON c.id = f.child_id"
                              " WHERE 'F' || substr(c.exchange_id, 2) = f.exchange_id", {})
                .front()
                .integer(0),
            1'000);
}

// The import builds the indexes of the tables it fills once, at the end (store/bulk_load.h):
// whether it succeeds or is refused, the database has the same indexes afterwards.
TEST_F(ExchangeStreaming, EveryIndexIsThereAfterAnImportAndAfterARefusal) {
  auto before = indexes(test_.database());
  ASSERT_GT(before.size(), 10u);
  TemporaryFolder refused;
  fs::copy_file(valid_set / "districts.csv", refused / "districts.csv");
  write_text(refused / "children.csv", with_line(children_file(10), 11, "C10,Amir,Khan,2010-11-02,boy,THANET"));
  EXPECT_FALSE(import(refused.path()).ok());
  EXPECT_EQ(indexes(test_.database()), before);

  ASSERT_TRUE(import(valid_set).ok());
  EXPECT_EQ(indexes(test_.database()), before);
  auto connection = test_.database().acquire();
  EXPECT_EQ(connection->query("SELECT COUNT(*) FROM outcomes WHERE outcome_date >= '2000-01-01'", {}).front().integer(0), 5);
}

}  // namespace
}  // namespace pathway
