#include "children/similar_children.h"

#include <gtest/gtest.h>

namespace pathway::children {
namespace {

using namespace std::chrono;

ChildDetails child(std::string given, std::string family, Date born = year{2011} / 3 / 12,
                   std::string district = "MAIDSTONE") {
  return {std::move(given), std::move(family), born, Sex::male, "WBRI", std::move(district), LookedAfter::unknown};
}

TEST(EditDistance, CountsInsertionsDeletionsReplacementsAndNeighbourSwaps) {
  EXPECT_EQ(edit_distance("sean", "sean"), 0u);
  EXPECT_EQ(edit_distance("sean", "seann"), 1u);
  EXPECT_EQ(edit_distance("byrne", "byne"), 1u);
  EXPECT_EQ(edit_distance("sean", "saen"), 1u);
  EXPECT_EQ(edit_distance("callum", "calum"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(CouldBeSameChild, OnTheSameDateCatchesSpellingSwapsPunctuationTwinsAndRenames) {
  const ChildDetails held = child("Sean", "Byrne");
  EXPECT_TRUE(could_be_same_child(child("Byrne", "Sean"), held));
  EXPECT_TRUE(could_be_same_child(child("Shaun", "Byrne"), held));
  EXPECT_TRUE(could_be_same_child(child("Seán", "Byrne"), held));
  EXPECT_TRUE(could_be_same_child(child("Sean", "Byrnes"), held));
  EXPECT_TRUE(could_be_same_child(child("Ciaran", "Byrne"), held));               // a twin, or another name
  EXPECT_FALSE(could_be_same_child(child("Ciaran", "Byrne", held.date_of_birth, "THANET"), held));
  EXPECT_TRUE(could_be_same_child(child("Sean", "Okafor"), held));                // family name changed
  EXPECT_FALSE(could_be_same_child(child("Sean", "Okafor", held.date_of_birth, "THANET"), held));
  EXPECT_FALSE(could_be_same_child(child("Priya", "Patel"), held));
  EXPECT_TRUE(could_be_same_child(child("Anne Marie", "O Neill"), child("Anne-Marie", "O'Neill")));
}

TEST(CouldBeSameChild, OnAMistypedDateNeedsNearlyTheWholeName) {
  const ChildDetails held = child("Sean", "Byrne", year{2011} / 12 / 3);
  EXPECT_TRUE(could_be_same_child(child("Sean", "Byrne"), held));
  EXPECT_TRUE(could_be_same_child(child("Byrne", "Sean"), held));
  EXPECT_TRUE(could_be_same_child(child("Sean", "Byrn"), held));
  EXPECT_FALSE(could_be_same_child(child("Shaun", "Byrne"), held));
  EXPECT_FALSE(could_be_same_child(child("Ciaran", "Byrne"), held));
  EXPECT_FALSE(could_be_same_child(child("Sean", "Okafor"), held));
}

}  // namespace
}  // namespace pathway::children
