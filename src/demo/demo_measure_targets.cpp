#include "demo/demo_measure_targets.h"

#include <array>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "measures/measure_targets.h"

namespace pathway::demo {

void add_demo_measure_targets(store::Connection& connection) {
  auto head = connection.query_one("SELECT id FROM staff WHERE username = 'manager'");
  if (!head) throw std::logic_error("the demo targets need the demo head of service's account");
  // The plan: custodial sentences no more than 3.5% of court disposals, remands to youth
  // detention no more than 7.5% of remand episodes, reoffending 31.0%, ETE 80% at school
  // age and 75% above it.
  constexpr std::array<std::pair<std::string_view, double>, 5> plan = {{
      {"custody.percent_of_court_disposals", 3.5},
      {"remands.percent_youth_detention", 7.5},
      {"reoffending.binary_rate", 31.0},
      {"ete.percent_school_age_suitable", 80.0},
      {"ete.percent_above_school_age_suitable", 75.0},
  }};
  for (const auto& [key, value] : plan) {
    measures::save_target(connection, {std::string(key), measures::ScopeKind::service, "", value},
                          head->integer(0));
  }
}

}  // namespace pathway::demo
