#include "practice/network/relationships.h"

namespace pathway::practice {

const std::vector<justice::CodeWords>& family_relationships() {
  static const std::vector<justice::CodeWords> list = {
      {"mother", "Mother"},
      {"father", "Father"},
      {"step_parent", "Step-parent"},
      {"grandparent", "Grandparent"},
      {"sibling", "Brother or sister"},
      {"aunt_uncle", "Aunt or uncle"},
      {"foster_carer", "Foster carer"},
      {"kinship_carer", "Kinship carer (family or friend)"},
      {"residential_carer", "Residential carer or key worker"},
      {"partner", "Partner"},
      {"friend", "Friend"},
      {"other_family", "Other family member"},
  };
  return list;
}

const std::vector<justice::CodeWords>& professional_roles() {
  static const std::vector<justice::CodeWords> list = {
      {"social_worker", "Social worker"},
      {"school", "School or college"},
      {"camhs", "CAMHS (child and adolescent mental health services)"},
      {"police", "Police"},
      {"health", "Health (GP, nurse, paediatrician)"},
      {"substance_misuse", "Substance misuse service"},
      {"housing", "Housing"},
      {"training_employment", "Training provider or employer"},
      {"solicitor", "Solicitor"},
      {"mentor", "Mentor or youth worker"},
      {"other_professional", "Other professional"},
  };
  return list;
}

const std::vector<justice::CodeWords>& relationships_of(std::string_view member_kind) {
  return member_kind == professional_member ? professional_roles() : family_relationships();
}

std::string relationship_label(std::string_view code) {
  for (const auto* list : {&family_relationships(), &professional_roles()}) {
    for (const auto& item : *list) {
      if (item.code == code) return std::string(item.words);
    }
  }
  return std::string(code);
}

}  // namespace pathway::practice
