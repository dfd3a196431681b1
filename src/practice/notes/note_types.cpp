#include "practice/notes/note_types.h"

namespace pathway::practice {

const std::vector<justice::CodeWords>& note_types() {
  static const std::vector<justice::CodeWords> types = {
      {"contact", "Contact with the child"},
      {"safeguarding", "Safeguarding"},
      {"management_oversight", "Management oversight"},
      {"information_received", "Information received"},
      {"multi_agency", "Multi-agency meeting"},
      {"court", "Court"},
      {"general", "General case work"},
  };
  return types;
}

std::string note_type_label(std::string_view code) { return justice::words_for(note_types(), code); }

}  // namespace pathway::practice
