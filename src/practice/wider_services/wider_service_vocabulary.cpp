#include "practice/wider_services/wider_service_vocabulary.h"

namespace pathway::practice {

const std::vector<justice::CodeWords>& wider_service_kinds() {
  static const std::vector<justice::CodeWords> list = {
      {"early_help", "Early help"},
      {"child_in_need", "Child in need plan"},
      {"child_protection", "Child protection plan"},
      {looked_after_service, "Looked after"},
  };
  return list;
}

std::string wider_service_words(std::string_view service) { return justice::words_for(wider_service_kinds(), service); }

}  // namespace pathway::practice
