#include "practice/circumstances/circumstance_vocabulary.h"

namespace pathway::practice {

const std::vector<justice::CodeWords>& accommodation_statuses() {
  static const std::vector<justice::CodeWords> list = {
      {"family_home", "Living with parents or family"},
      {"foster_care", "Foster care"},
      {"childrens_home", "Children's home"},
      {"supported_accommodation", "Supported accommodation"},
      {"independent", "Independent living"},
      {"custody", "In custody"},
      {"temporary", "Temporary (bed and breakfast, hostel, sofa surfing)"},
      {no_fixed_abode, "No fixed abode"},
  };
  return list;
}

const std::vector<justice::CodeWords>& ete_statuses() {
  static const std::vector<justice::CodeWords> list = {
      {"school", "School"},
      {"alternative_provision", "Alternative provision or pupil referral unit"},
      {"college", "College"},
      {"training", "Training"},
      {"apprenticeship", "Apprenticeship"},
      {"employment", "Employment"},
      {no_ete, "Not in education, training or employment"},
  };
  return list;
}

const std::vector<justice::CodeWords>& suitabilities() {
  static const std::vector<justice::CodeWords> list = {{"suitable", "Suitable"}, {"unsuitable", "Unsuitable"}};
  return list;
}

bool unsettled_accommodation(std::string_view status) { return status == "temporary" || status == no_fixed_abode; }

std::string_view circumstance_words(const std::vector<justice::CodeWords>& list, std::string_view code) {
  for (const auto& entry : list) {
    if (entry.code == code) return entry.words;
  }
  return code;
}

const std::vector<justice::CodeWords>& statuses_of(std::string_view kind) {
  return kind == accommodation_kind ? accommodation_statuses() : ete_statuses();
}

}  // namespace pathway::practice
