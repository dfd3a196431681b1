#pragma once
// The justice record's events for the deadline engine (deadlines/event_sources.h): referral
// orders made and their contracts signed (the order's start), court reports asked for (on
// the hearing's date) and submitted, the cautions after which the service must assess, and
// each detention and training order's release date (justice/order_release.h).
#include <vector>

#include "deadlines/event_sources.h"

namespace pathway::justice {

// Adds the justice record's sources to `sources`.
void add_deadline_sources(std::vector<deadlines::EventSource>& sources);

}  // namespace pathway::justice
