#include "practice/flags/flag_types.h"

namespace pathway::practice {

const std::vector<justice::CodeWords>& flag_types() {
  static const std::vector<justice::CodeWords> types = {
      {"child_sexual_exploitation", "Child sexual exploitation"},
      {"child_criminal_exploitation", "Child criminal exploitation"},
      {"serious_youth_violence", "Serious youth violence"},
      {"radicalisation", "Radicalisation"},
      {"missing_episodes", "Missing episodes"},
      {"mappa", "MAPPA"},
      {"harmful_sexual_behaviour", "Harmful sexual behaviour"},
      {"risk_to_staff", "Risk to staff"},
  };
  return types;
}

std::string flag_label(std::string_view flag_type, std::optional<int> mappa_level) {
  std::string label = justice::words_for(flag_types(), flag_type);
  if (flag_type == mappa_flag && mappa_level) label += " level " + std::to_string(*mappa_level);
  return label;
}

std::string_view flag_colour(std::string_view flag_type) {
  if (flag_type == "child_sexual_exploitation" || flag_type == "child_criminal_exploitation" ||
      flag_type == "serious_youth_violence" || flag_type == "risk_to_staff") {
    return "red";
  }
  return "orange";
}

}  // namespace pathway::practice
