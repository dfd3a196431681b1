// The streamed export (Connection::each_row): each file's rows come in the order of their
// identifiers compared byte by byte, and an outcome's offences joined in that order,
// whatever order the records were saved in, on either backend.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/resources.h"
#include "exchange/exchange.h"
#include "temporary_folder.h"
#include "test_database.h"

namespace pathway {
namespace {

namespace fs = std::filesystem;
using testing::TemporaryFolder;
using testing::TestDatabase;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void append(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::app);
  out << text;
}

TEST(ExportOrder, RowsAndAnOutcomesOffencesComeInByteOrderOfTheirIdentifiers) {
  TemporaryFolder folder;
  fs::copy(app::source_directory() / "tests" / "data" / "exchange" / "valid", folder / "in");
  // Saved in the file's order: lower case before upper case, an outcome's offences
  // unsorted, and an outcome whose identifier sorts before every other.
  append(folder / "in" / "offences.csv",
         "F-b,C-1002,2024-03-01,theft_and_handling,2,\n"
         "F-a,C-1002,2024-03-02,theft_and_handling,2,\n"
         "F-B,C-1002,2024-03-03,theft_and_handling,2,\n");
  append(folder / "in" / "outcomes.csv", "X-0,C-1002,2024-04-01,youth_caution,F-b;F-a;F-B,,,,not_applicable,,\n");
  TestDatabase test;
  auto imported = exchange::import_data_set(test.database(), folder / "in", "tester");
  ASSERT_TRUE(imported.ok());
  exchange::export_data_set(test.database(), folder / "out", "tester");

  std::string offences = read_text(folder / "out" / "offences.csv");
  EXPECT_LT(offences.find("\nF-6,"), offences.find("\nF-B,"));
  EXPECT_LT(offences.find("\nF-B,"), offences.find("\nF-a,"));
  EXPECT_LT(offences.find("\nF-a,"), offences.find("\nF-b,"));
  std::string outcomes = read_text(folder / "out" / "outcomes.csv");
  EXPECT_EQ(outcomes.find("\nX-0,C-1002,2024-04-01,youth_caution,F-B;F-a;F-b,,,,not_applicable,,\nX-1,"),
            outcomes.find('\n'))
      << outcomes;
}

}  // namespace
}  // namespace pathway
