#pragma once
// The measures of kpi.md in plain words, for the people who read a board report: what each
// counts, said as docs/kpi.md says it, without the definition's terms.
#include <string_view>

namespace pathway::performance {

// The plain words for a kpi.md measure ("custody", "reoffending"...); empty for a name that
// is not one.
std::string_view measure_in_plain_words(std::string_view measure);

}  // namespace pathway::performance
