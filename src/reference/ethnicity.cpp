#include "reference/ethnicity.h"

namespace pathway::reference {

const std::vector<Ethnicity>& ethnicities() {
  static const std::vector<Ethnicity> all = {
      {"WBRI", "White - British"},
      {"WIRI", "White - Irish"},
      {"WIRT", "Traveller of Irish heritage"},
      {"WROM", "Gypsy / Roma"},
      {"WOTH", "Any other White background"},
      {"MWBC", "White and Black Caribbean"},
      {"MWBA", "White and Black African"},
      {"MWAS", "White and Asian"},
      {"MOTH", "Any other mixed background"},
      {"AIND", "Indian"},
      {"APKN", "Pakistani"},
      {"ABAN", "Bangladeshi"},
      {"AOTH", "Any other Asian background"},
      {"BCRB", "Black Caribbean"},
      {"BAFR", "Black - African"},
      {"BOTH", "Any other Black background"},
      {"CHNE", "Chinese"},
      {"OOTH", "Any other ethnic group"},
      {"REFU", "Refused"},
      {"NOBT", "Information not yet obtained"},
  };
  return all;
}

std::optional<std::string_view> ethnicity_label(std::string_view code) {
  for (const auto& ethnicity : ethnicities()) {
    if (ethnicity.code == code) return ethnicity.label;
  }
  return std::nullopt;
}

}  // namespace pathway::reference
