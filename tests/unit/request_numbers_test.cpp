#include "web/request_numbers.h"

#include <gtest/gtest.h>

namespace pathway {
namespace {

TEST(RequestNumbers, APageNumberIsReadAsTyped) {
  EXPECT_EQ(web::page_number("1"), 1);
  EXPECT_EQ(web::page_number("2"), 2);
  EXPECT_EQ(web::page_number("0085"), 85);
  // The page that overflowed a 32-bit offset: read as asked, the offset left to 64 bits.
  EXPECT_EQ(web::page_number("85899347"), 85899347);
  EXPECT_EQ(web::page_number(std::to_string(web::max_page)), web::max_page);
}

TEST(RequestNumbers, AMissingNegativeOrNonNumericPageIsTheFirst) {
  for (std::string_view text : {"", "0", "-1", "-85899347", "-99999999999999999999999", "abc", "2abc", " 2", "2 ",
                                "+2", "1e3", "0x10", "1.5", "-", "\xef\xbc\x92" /* fullwidth 2 */}) {
    EXPECT_EQ(web::page_number(text), 1) << text;
  }
}

TEST(RequestNumbers, APageBeyondAnyListIsTheLargestPageNotAnOverflow) {
  EXPECT_EQ(web::page_number("2147483648"), 2147483648);
  for (std::string_view text : {"1000000000000001", "9223372036854775807", "9223372036854775808",
                                "99999999999999999999999999999999999999999"}) {
    EXPECT_EQ(web::page_number(text), web::max_page) << text;
  }
  // Its first row is still countable in 64 bits, for pages of up to 1000 rows.
  EXPECT_LE(web::max_page, INT64_MAX / 1000);
}

TEST(RequestNumbers, AVersionIsAPositiveWholeNumberOrNothing) {
  EXPECT_EQ(web::posted_version("1"), 1);
  EXPECT_EQ(web::posted_version("42"), 42);
  for (std::string_view text : {"", "0", "-1", "1abc", " 1", "abc", "+1", "9223372036854775808",
                                "99999999999999999999999999", "1.0"}) {
    EXPECT_EQ(web::posted_version(text), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace pathway
