// XLSX for people writes text as string cells, never formulas, exactly as it is.
#include "spreadsheet/people_xlsx.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "temporary_folder.h"

namespace pathway::spreadsheet {
namespace {

// One part of the workbook, read with unzip (the XLSX is a zip of XML files).
std::string part_of(const std::filesystem::path& workbook, const std::string& part) {
  std::string command = "unzip -p '" + workbook.string() + "' " + part;
  std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
  std::string text;
  char buffer[4096];
  for (std::size_t read; pipe && (read = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) text.append(buffer, read);
  return text;
}

std::string xml_escaped(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    if (c == '&') escaped += "&amp;";
    else if (c == '<') escaped += "&lt;";
    else if (c == '>') escaped += "&gt;";
    else escaped += c;
  }
  return escaped;
}

TEST(PeopleXlsx, WritesFormulaLikeTextAsExactStringsNeverFormulas) {
  const std::vector<std::string> risky = {"=HYPERLINK(\"http://evil.example\",\"Click\")", "+44 20 7946 0000", "-2+3",
                                          "@SUM(A1:A2)", "\t=1+1", "'quoted"};
  PeopleTable table{{"Name"}, {}};
  for (const auto& text : risky) table.rows.push_back({text});
  table.rows.push_back({std::int64_t{-3}});
  testing::TemporaryFolder folder;
  auto path = folder / "report.xlsx";
  write_people_xlsx(table, path, "Children");

  std::string sheet = part_of(path, "xl/worksheets/sheet1.xml");
  ASSERT_NE(sheet.find("<sheetData>"), std::string::npos) << "unzip could not read the workbook";
  EXPECT_EQ(sheet.find("<f>"), std::string::npos);
  EXPECT_EQ(sheet.find("<f "), std::string::npos);
  EXPECT_NE(sheet.find("<v>-3</v>"), std::string::npos);  // a number stays a number
  std::string strings = part_of(path, "xl/sharedStrings.xml");
  for (const auto& text : risky) {
    EXPECT_NE(strings.find(">" + xml_escaped(text) + "</t>"), std::string::npos) << text;  // no apostrophe added
  }
}

TEST(PeopleXlsx, RefusesAWorkbookItCannotWrite) {
  testing::TemporaryFolder folder;
  PeopleTable table{{"Name"}, {{std::string(40000, 'a')}}};
  EXPECT_THROW(write_people_xlsx(table, folder / "too-long.xlsx", "Children"), std::runtime_error);
  EXPECT_FALSE(std::filesystem::exists(folder / "too-long.xlsx"));  // no workbook with cells missing
}

}  // namespace
}  // namespace pathway::spreadsheet
