#include "exchange/csv.h"

#include <gtest/gtest.h>

namespace pathway::exchange {
namespace {

using Fields = std::vector<std::string>;

std::vector<Fields> fields_of(const CsvTable& table) {
  std::vector<Fields> all;
  for (const auto& record : table.records) all.push_back(record.fields);
  return all;
}

std::vector<std::size_t> lines_of(const CsvTable& table) {
  std::vector<std::size_t> lines;
  for (const auto& record : table.records) lines.push_back(record.line);
  return lines;
}

TEST(ParseCsv, ReadsAHeaderAndRows) {
  auto table = parse_csv("district_code,district_name\nMAIDSTONE,Maidstone\nTHANET,Thanet\n");
  EXPECT_TRUE(table.errors.empty());
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"district_code", "district_name"},
                                                   {"MAIDSTONE", "Maidstone"},
                                                   {"THANET", "Thanet"}}));
  EXPECT_EQ(lines_of(table), (std::vector<std::size_t>{1, 2, 3}));
}

TEST(ParseCsv, IgnoresALeadingByteOrderMark) {
  auto table = parse_csv(
      "\xEF\xBB\xBF"
      "child_id,sex\nC1,male\n");
  EXPECT_TRUE(table.errors.empty());
  ASSERT_EQ(table.records.size(), 2u);
  EXPECT_EQ(table.records[0].fields, (Fields{"child_id", "sex"}));
}

TEST(ParseCsv, KeepsAByteOrderMarkThatIsNotAtTheStart) {
  auto table = parse_csv(
      "a\n\xEF\xBB\xBF"
      "b\n");
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"a"},
                                                   {"\xEF\xBB\xBF"
                                                    "b"}}));
}

TEST(ParseCsv, AcceptsCrLfLineEnds) {
  auto table = parse_csv("a,b\r\n1,2\r\n");
  EXPECT_TRUE(table.errors.empty());
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"a", "b"}, {"1", "2"}}));
}

TEST(ParseCsv, AcceptsMixedLineEndsAndNoFinalLineEnd) {
  auto table = parse_csv("a,b\n1,2\r\n3,4");
  EXPECT_TRUE(table.errors.empty());
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
}

TEST(ParseCsv, KeepsEmptyFields) {
  auto table = parse_csv("a,,c\n,,\n\"\",x,\n");
  EXPECT_TRUE(table.errors.empty());
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"a", "", "c"}, {"", "", ""}, {"", "x", ""}}));
}

TEST(ParseCsv, ReadsCommasAndDoubledQuotesInsideQuotes) {
  auto table = parse_csv("name,note\n\"Khan, Amir\",\"said \"\"no\"\"\"\n\"\"\"\",x\n");
  EXPECT_TRUE(table.errors.empty());
  EXPECT_EQ(fields_of(table),
            (std::vector<Fields>{{"name", "note"}, {"Khan, Amir", "said \"no\""}, {"\"", "x"}}));
}

TEST(ParseCsv, KeepsLineBreaksInsideQuotesAndCountsThem) {
  auto table =
      parse_csv("id,description\n1,\"first line\nsecond line\r\nthird\"\n2,plain\n3,\"x\"\n");
  EXPECT_TRUE(table.errors.empty());
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"id", "description"},
                                                   {"1", "first line\nsecond line\r\nthird"},
                                                   {"2", "plain"},
                                                   {"3", "x"}}));
  EXPECT_EQ(lines_of(table), (std::vector<std::size_t>{1, 2, 5, 6}));
}

TEST(ParseCsv, AFinalEmptyLineIsNotARecord) {
  EXPECT_EQ(parse_csv("a\n1\n\n").records.size(), 2u);
  EXPECT_EQ(parse_csv("a\r\n1\r\n\r\n").records.size(), 2u);
  EXPECT_EQ(parse_csv("a\n1\n\n\n").records.size(), 2u);
}

TEST(ParseCsv, AnEmptyLineInTheMiddleIsARecordWithOneEmptyField) {
  auto table = parse_csv("a\n\nb\n");
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"a"}, {""}, {"b"}}));
  EXPECT_EQ(lines_of(table), (std::vector<std::size_t>{1, 2, 3}));
}

TEST(ParseCsv, AnEmptyFileHasNoRecords) {
  for (std::string_view text : {"", "\xEF\xBB\xBF", "\n", "\r\n"}) {
    auto table = parse_csv(text);
    EXPECT_TRUE(table.records.empty()) << text;
    EXPECT_TRUE(table.errors.empty()) << text;
  }
}

TEST(ParseCsv, ReportsAnUnterminatedQuoteAtTheLineItOpened) {
  auto table = parse_csv("a,b\n1,2\n3,\"never\nclosed\n4,5\n");
  ASSERT_EQ(table.errors.size(), 1u);
  EXPECT_EQ(table.errors[0].line, 3u);
  EXPECT_EQ(table.errors[0].reason, "unterminated quoted field");
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"a", "b"}, {"1", "2"}}));
}

TEST(ParseCsv, ReportsTextAfterAClosingQuoteAndCarriesOn) {
  auto table = parse_csv("a,b\n\"x\"y,2\n3,4\n");
  ASSERT_EQ(table.errors.size(), 1u);
  EXPECT_EQ(table.errors[0].line, 2u);
  EXPECT_EQ(table.errors[0].reason, "text after closing quote");
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"a", "b"}, {"3", "4"}}));
  EXPECT_EQ(lines_of(table), (std::vector<std::size_t>{1, 3}));
}

TEST(ParseCsv, ReportsTheLineOfAProblemAfterAMultiLineField) {
  auto table = parse_csv("a,b\n\"one\ntwo\nthree\",\"x\" \n5,6\n");
  ASSERT_EQ(table.errors.size(), 1u);
  EXPECT_EQ(table.errors[0].line, 4u);
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"a", "b"}, {"5", "6"}}));
  EXPECT_EQ(lines_of(table), (std::vector<std::size_t>{1, 5}));
}

TEST(ParseCsv, ReportsAQuoteInsideAnUnquotedField) {
  auto table = parse_csv("a,b\nO\"Brien,2\n3,4\n");
  ASSERT_EQ(table.errors.size(), 1u);
  EXPECT_EQ(table.errors[0].line, 2u);
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"a", "b"}, {"3", "4"}}));
}

TEST(ParseCsv, ReportsACarriageReturnWithoutALineFeed) {
  auto table = parse_csv("a,b\r1,2\n");
  ASSERT_EQ(table.errors.size(), 1u);
  EXPECT_EQ(table.errors[0].line, 1u);
  EXPECT_TRUE(table.records.empty());
}

TEST(ParseCsv, ReportsEveryBadRecord) {
  auto table = parse_csv("a\n\"x\"y\nok\nz\"\n");
  ASSERT_EQ(table.errors.size(), 2u);
  EXPECT_EQ(table.errors[0].line, 2u);
  EXPECT_EQ(table.errors[1].line, 4u);
  EXPECT_EQ(fields_of(table), (std::vector<Fields>{{"a"}, {"ok"}}));
}

TEST(FormatCsvRecord, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(format_csv_record({"C1", "Amir", "", "2011-03-27"}), "C1,Amir,,2011-03-27\n");
  EXPECT_EQ(format_csv_record({"Khan, Amir", "said \"no\"", "a\nb", "c\rd"}),
            "\"Khan, Amir\",\"said \"\"no\"\"\",\"a\nb\",\"c\rd\"\n");
  EXPECT_EQ(format_csv_record({}), "\n");
  EXPECT_EQ(format_csv_record({""}), "\n");
}

TEST(FormatCsvRecord, RoundTripsThroughParse) {
  std::vector<Fields> rows = {
      {"id", "note", "name"}, {"1", "line one\r\nline two", "O'Brien, \"Zoë\""}, {"2", "", ",,,"}};
  std::string text;
  for (const auto& row : rows) text += format_csv_record(row);
  auto table = parse_csv(text);
  EXPECT_TRUE(table.errors.empty());
  EXPECT_EQ(fields_of(table), rows);
}

// Cells a spreadsheet would run go through the exchange's CSV exactly: the format keeps
// values as they are (docs/decisions/0005-spreadsheet-formulas.md).
TEST(FormatCsvRecord, KeepsCellsThatLookLikeFormulasExactly) {
  const Fields risky = {"=1+2", "+44", "-2", "@SUM(A1)", "\t=1+2", "\r=1+2", "=HYPERLINK(\"x\",\"y\")"};
  std::string text = format_csv_record(risky);
  EXPECT_EQ(text, "=1+2,+44,-2,@SUM(A1),\t=1+2,\"\r=1+2\",\"=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\n");
  auto table = parse_csv(text);
  EXPECT_TRUE(table.errors.empty());
  EXPECT_EQ(fields_of(table), std::vector<Fields>{risky});
}

}  // namespace
}  // namespace pathway::exchange
