#include "web/pagination.h"

#include <gtest/gtest.h>

#include <string>

namespace pathway::web {
namespace {

// "1 [2] 3 … 9": numbers, the current page in brackets, ellipses.
std::string shown(std::int64_t current, std::int64_t pages) {
  std::string text;
  for (const auto& link : page_links(current, pages)) {
    if (!text.empty()) text += ' ';
    std::string number = link.number == 0 ? "…" : std::to_string(link.number);
    text += link.current ? "[" + number + "]" : number;
  }
  return text;
}

TEST(PageLinks, NoneForASinglePage) {
  EXPECT_EQ(shown(1, 0), "");
  EXPECT_EQ(shown(1, 1), "");
}

TEST(PageLinks, EveryPageWhenThereAreFew) {
  EXPECT_EQ(shown(1, 2), "[1] 2");
  EXPECT_EQ(shown(3, 5), "1 2 [3] 4 5");
  EXPECT_EQ(shown(1, 4), "[1] 2 3 4");
}

TEST(PageLinks, EllipsesForManyPages) {
  EXPECT_EQ(shown(1, 40), "[1] 2 … 40");
  EXPECT_EQ(shown(6, 40), "1 … 5 [6] 7 … 40");
  EXPECT_EQ(shown(40, 40), "1 … 39 [40]");
  EXPECT_EQ(shown(4, 40), "1 2 3 [4] 5 … 40");
  EXPECT_EQ(shown(37, 40), "1 … 36 [37] 38 39 40");
}

TEST(PageLinks, APageBeyondTheLastMarksNothingCurrent) {
  EXPECT_EQ(shown(50, 40), "1 … 40");
}

}  // namespace
}  // namespace pathway::web
