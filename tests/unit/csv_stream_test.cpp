// CsvStream reads a file a block at a time: whatever the blocks, it must give exactly the
// records and errors parse_csv gives for the whole text.
#include <sstream>

#include <gtest/gtest.h>

#include "exchange/csv.h"

namespace pathway::exchange {
namespace {

// Records and errors in file order, as one list of lines a test can compare.
std::vector<std::string> events_of(const CsvTable& table) {
  std::vector<std::string> events;
  std::size_t record = 0;
  std::size_t error = 0;
  while (record < table.records.size() || error < table.errors.size()) {
    bool error_first = error < table.errors.size() &&
                       (record == table.records.size() || table.errors[error].line < table.records[record].line);
    if (error_first) {
      events.push_back(std::to_string(table.errors[error].line) + " error: " + table.errors[error].reason);
      ++error;
      continue;
    }
    std::string text = std::to_string(table.records[record].line) + ":";
    for (const auto& field : table.records[record].fields) text += " [" + field + "]";
    events.push_back(text);
    ++record;
  }
  return events;
}

std::vector<std::string> streamed(std::string_view text, std::size_t block_size) {
  std::istringstream in{std::string(text)};
  CsvStream stream(in, block_size);
  CsvTable table;
  CsvRecord record;
  std::optional<CsvParseError> error;
  while (stream.next(record, error)) {
    if (error) {
      table.errors.push_back(*error);
    } else {
      table.records.push_back(record);
    }
  }
  return events_of(table);
}

const std::vector<std::string_view> texts = {
    "district_code,district_name\nMAIDSTONE,Maidstone\nTHANET,Thanet\n",
    "\xEF\xBB\xBFid,name\r\n1,\"Khan, Amir\"\r\n2,\"said \"\"no\"\"\"\r\n",
    "id,description\n1,\"first line\nsecond line\r\nthird\"\n2,plain\n3,\"x\"",
    "a\n\nb\n\n\n",
    "",
    "\xEF\xBB\xBF",
    "\r\n\r\n",
    "a,b\n1,2\n3,\"never\nclosed\n4,5\n",
    "a,b\n\"x\"y,2\n3,4\n",
    "a,b\n\"one\ntwo\nthree\",\"x\" \n5,6\n",
    "a,b\nO\"Brien,2\n3,4\n",
    "a,b\r1,2\n",
    "a\n\"x\"y\nok\nz\"\n",
    "a,\"\"\n\"\"\"\",\"\"\"\"\"\"\"\n\"\r\",x\r",
};

TEST(CsvStream, GivesWhatParseCsvGivesWhateverTheBlockSize) {
  for (std::string_view text : texts) {
    auto whole = events_of(parse_csv(text));
    for (std::size_t block = 1; block <= text.size() + 1; ++block) {
      EXPECT_EQ(streamed(text, block), whole) << "block of " << block << " bytes, text: " << text;
    }
  }
}

TEST(CsvStream, ReadsALargeFileWithRecordsAcrossBlocks) {
  std::string text = "id,note\n";
  for (int i = 0; i < 20000; ++i) text += std::to_string(i) + ",\"line\none, \"\"" + std::to_string(i) + "\"\"\"\n";
  auto whole = events_of(parse_csv(text));
  ASSERT_EQ(whole.size(), 20001u);
  EXPECT_EQ(streamed(text, 4096), whole);
  EXPECT_EQ(streamed(text, 1 << 20), whole);
}

}  // namespace
}  // namespace pathway::exchange
