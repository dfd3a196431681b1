#include "practice/need_areas.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using pathway::practice::all_need_areas;
using pathway::practice::need_area;

TEST(NeedAreas, EachCodeIsUniqueAndFindsItsOwnArea) {
  std::set<std::string> codes;
  for (const auto& area : all_need_areas()) {
    EXPECT_TRUE(codes.insert(std::string(area.code)).second) << area.code;
    ASSERT_TRUE(need_area(area.code).has_value());
    EXPECT_EQ(need_area(area.code)->label, area.label);
  }
}

TEST(NeedAreas, HoldsEveryResettlementPathway) {
  for (auto code : {"accommodation", "education_training_employment", "physical_health", "emotional_mental_health",
                    "substance_misuse", "family_relationships", "finance_benefits_id",
                    "constructive_activities_identity"}) {
    EXPECT_TRUE(need_area(code).has_value()) << code;
  }
}

TEST(NeedAreas, AnUnknownCodeIsNone) { EXPECT_FALSE(need_area("housing").has_value()); }
