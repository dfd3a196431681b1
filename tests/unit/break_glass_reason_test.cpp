#include "access/break_glass_reason.h"

#include <gtest/gtest.h>

#include "access/access_reason.h"

namespace pathway {
namespace {

TEST(BreakGlassReason, AUsualReasonWithOrWithoutDetails) {
  auto bare = access::check_break_glass_reason("court_duty", "  ");
  ASSERT_TRUE(bare.reason);
  EXPECT_EQ(*bare.reason, "Court duty");
  auto detailed = access::check_break_glass_reason("out_of_hours", " Arrested in Margate \n");
  ASSERT_TRUE(detailed.reason);
  EXPECT_EQ(*detailed.reason, "Out-of-hours duty: Arrested in Margate");
}

TEST(BreakGlassReason, OtherNeedsTheirOwnWords) {
  auto missing = access::check_break_glass_reason("other", "");
  EXPECT_FALSE(missing.reason);
  EXPECT_EQ(missing.details_error, "Enter why you need to open this record");
  EXPECT_TRUE(missing.choice_error.empty());
  auto given = access::check_break_glass_reason("other", "Youth offending panel tonight");
  ASSERT_TRUE(given.reason);
  EXPECT_EQ(*given.reason, "Other: Youth offending panel tonight");
}

TEST(BreakGlassReason, UnknownChoicesAndBadDetailsAreRefused) {
  for (const char* choice : {"", "curiosity", "Court duty"}) {
    auto check = access::check_break_glass_reason(choice, "details");
    EXPECT_FALSE(check.reason) << choice;
    EXPECT_EQ(check.choice_error, "Select why you need to open this record");
  }
  auto too_long = access::check_break_glass_reason("court_duty", std::string(501, 'x'));
  EXPECT_FALSE(too_long.reason);
  EXPECT_EQ(too_long.details_error, "The reason must be 500 characters or fewer");
  auto control = access::check_break_glass_reason("court_duty", std::string("a\x01") + "b");
  EXPECT_FALSE(control.reason);
  EXPECT_FALSE(control.details_error.empty());
}

TEST(AccessReason, IsRequiredTrimmedAndBounded) {
  EXPECT_EQ(access::read_access_reason("  ", "Enter why").error().message, "Enter why");
  EXPECT_EQ(access::read_access_reason(" High-profile case ", "Enter why").value(), "High-profile case");
  EXPECT_TRUE(access::read_access_reason(std::string(500, 'x'), "Enter why").ok());
  EXPECT_FALSE(access::read_access_reason(std::string(501, 'x'), "Enter why").ok());
}

}  // namespace
}  // namespace pathway
