#pragma once
// The Department for Education ethnicity codes used in youth justice returns.
#include <optional>
#include <string_view>
#include <vector>

namespace pathway::reference {

struct Ethnicity {
  std::string_view code;   // e.g. "WBRI"
  std::string_view label;  // e.g. "White - British"
};

// All codes in the DfE order (White, Mixed, Asian, Black, Chinese, Other, then Refused and
// Not obtained).
const std::vector<Ethnicity>& ethnicities();

// The label for a code, or nullopt for a code that is not a DfE code.
std::optional<std::string_view> ethnicity_label(std::string_view code);

}  // namespace pathway::reference
