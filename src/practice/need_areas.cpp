#include "practice/need_areas.h"

namespace pathway::practice {

const std::vector<NeedArea>& all_need_areas() {
  static const std::vector<NeedArea> areas = {
      {"accommodation", "Accommodation"},
      {"education_training_employment", "Education, training and employment"},
      {"special_educational_needs", "Special educational needs and disability"},
      {"speech_language_communication", "Speech, language and communication"},
      {"emotional_mental_health", "Emotional and mental health"},
      {"physical_health", "Physical health"},
      {"substance_misuse", "Substance misuse"},
      {"family_relationships", "Family and relationships"},
      {"finance_benefits_id", "Finance, benefits and ID"},
      {"constructive_activities_identity", "Constructive activities and identity"},
      {"safety_wellbeing", "Safety and wellbeing"},
      {"offending_behaviour", "Offending behaviour"},
      {"risk_to_others", "Risk of serious harm to others"},
  };
  return areas;
}

std::optional<NeedArea> need_area(std::string_view code) {
  for (const auto& area : all_need_areas()) {
    if (area.code == code) return area;
  }
  return std::nullopt;
}

}  // namespace pathway::practice
