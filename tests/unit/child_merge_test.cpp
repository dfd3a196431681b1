#include "children/child_merge.h"

#include <gtest/gtest.h>

namespace pathway::children {
namespace {

using namespace std::chrono;

ChildDetails opened() {
  return {"Tesfay", "Abdalla", year{2010} / 3 / 16, Sex::male, "BAFR", "FOLKESTONE_AND_HYTHE", LookedAfter::no};
}

TEST(ChildMerge, KeepsTheOtherPersonsChangeAndMine) {
  ChildDetails latest = opened();
  latest.district_code = "DOVER";  // someone else moved the child
  ChildDetails mine = opened();
  mine.looked_after = LookedAfter::yes;  // I recorded that the child is looked after
  auto merged = merge_details(opened(), latest, mine);
  EXPECT_EQ(merged.details.district_code, "DOVER");
  EXPECT_EQ(merged.details.looked_after, LookedAfter::yes);
  EXPECT_TRUE(merged.both_changed.empty());
}

TEST(ChildMerge, NamesFieldsBothChangedDifferentlyAndKeepsMine) {
  ChildDetails latest = opened();
  latest.family_name = "Abdallah";
  ChildDetails mine = opened();
  mine.family_name = "Abdulla";
  auto merged = merge_details(opened(), latest, mine);
  EXPECT_EQ(merged.details.family_name, "Abdulla");
  EXPECT_EQ(merged.both_changed, std::vector<std::string>{"family_name"});
  mine.family_name = "Abdallah";  // the same correction twice is no conflict
  EXPECT_TRUE(merge_details(opened(), latest, mine).both_changed.empty());
}

TEST(ChildMerge, WorksBackToTheVersionTheUserOpened) {
  ChildDetails latest = opened();
  latest.district_code = "DOVER";
  latest.ethnicity = std::nullopt;
  std::vector<ChildChange> since = {
      {2, "t", "a", "district_code", "ASHFORD", "CANTERBURY"},
      {3, "t", "b", "district_code", "CANTERBURY", "DOVER"},
      {3, "t", "b", "ethnicity", "BAFR", std::nullopt},
  };
  ChildDetails before = details_before(latest, since);
  EXPECT_EQ(before.district_code, "ASHFORD");
  EXPECT_EQ(before.ethnicity, "BAFR");
  EXPECT_EQ(before.family_name, "Abdalla");
}

}  // namespace
}  // namespace pathway::children
