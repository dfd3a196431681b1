#include "children/correction_reason.h"

#include <gtest/gtest.h>

namespace pathway {
namespace {

TEST(CorrectionReason, IsOptionalAndTrimmed) {
  EXPECT_EQ(children::read_correction_reason("").value(), "");
  EXPECT_EQ(children::read_correction_reason("  \t\r\n ").value(), "");
  EXPECT_EQ(children::read_correction_reason("  Birth certificate seen\n").value(), "Birth certificate seen");
  EXPECT_EQ(children::read_correction_reason("Mother's spelling,\nconfirmed by school").value(),
            "Mother's spelling,\nconfirmed by school");
}

TEST(CorrectionReason, IsAtMostFiveHundredCharactersNotBytes) {
  EXPECT_TRUE(children::read_correction_reason(std::string(500, 'a')).ok());
  std::string accented;
  for (int i = 0; i < 500; ++i) accented += "é";
  EXPECT_TRUE(children::read_correction_reason(accented).ok());
  auto long_one = children::read_correction_reason(std::string(501, 'a'));
  ASSERT_FALSE(long_one.ok());
  EXPECT_EQ(long_one.error().message, "The reason for this correction must be 500 characters or fewer");
}

TEST(CorrectionReason, RefusesControlCharactersAndBrokenText) {
  for (std::string_view typed : {std::string_view("a\0b", 3), std::string_view("a\x1b[31mb"), std::string_view("\xff\xfe")}) {
    auto read = children::read_correction_reason(typed);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind, ErrorKind::invalid);
  }
}

}  // namespace
}  // namespace pathway
