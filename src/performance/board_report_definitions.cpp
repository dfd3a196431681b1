#include "performance/board_report_definitions.h"

#include <array>
#include <utility>

namespace pathway::performance {

namespace {

// From docs/kpi.md "The measures", each "In plain words".
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> plain_words = {{
    {"first_time_entrants",
     "Children who received their first caution or conviction ever in the period, while aged 10 to 17: children "
     "entering the youth justice system. The rate is per 100,000 children aged 10 to 17 living in the place."},
    {"custody",
     "How many custodial sentences the courts passed in the period, per 1,000 children living in the place, and "
     "what share of all court sentences they were."},
    {"remands",
     "Of the times a court remanded a child (other than on unconditional bail), how many were to youth detention "
     "accommodation."},
    {"reoffending",
     "Every child cautioned, given a non-custodial sentence or released from custody in the period, followed for "
     "12 months (and 6 more for the offence to be proven): the share who offended again. Until 18 months have "
     "passed for every child the figure is still rising."},
    {"accommodation",
     "For each child whose order or programme ended in the period, whether the child was in suitable accommodation "
     "when it ended."},
    {"ete",
     "For each child whose order or programme ended in the period, whether the child was in suitable education, "
     "training or employment when it ended, for children of compulsory school age and above it."},
    {"out_of_court",
     "Of the community resolutions, deferred prosecutions and cautions with a programme that finished in the "
     "period, how many were completed rather than breached or revoked."},
    {"serious_violence",
     "Children cautioned or convicted in the period of a serious violent, robbery or drugs offence, per 10,000 "
     "children living in the place."},
}};

}  // namespace

std::string_view measure_in_plain_words(std::string_view measure) {
  for (const auto& [name, words] : plain_words) {
    if (name == measure) return words;
  }
  return {};
}

}  // namespace pathway::performance
