#pragma once
// The quarters a board report may cover: those that have ended (performance/quarter.h).
#include <vector>

#include "core/dates.h"
#include "performance/quarter.h"

namespace pathway::performance {

// The last `count` quarters that have ended by `today`, newest first: those a board reports on.
std::vector<Quarter> ended_quarters(Date today, int count);

}  // namespace pathway::performance
