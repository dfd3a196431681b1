// Where the national demo's justice histories are written. The county's justice-history
// generator (issue 9 point 10, src/demo/demo_justice*) is being written alongside this;
// once it is merged, this calls it for the national children, so that both scales draw
// their offences, outcomes, remands and custody episodes from one set of proportions and
// rules (record_rules.h). Until then the national demo holds children without histories.
#include "demo/demo_parts.h"

namespace pathway::demo {

std::int64_t add_national_justice_histories(store::Connection& /*connection*/, DemoRandom& /*random*/,
                                            std::span<const NationalChild> /*children*/) {
  return 0;
}

}  // namespace pathway::demo
