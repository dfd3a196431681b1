#pragma once
// The demo county's appointments and contacts: a year of them for each child with a case
// manager, as often as the case's intensity asks (attended mostly, some acceptable and
// some unacceptable absences, a warning on the order for some of those, interventions
// delivered), two coming appointments each, and a calendar address for the case manager
// "caseworker".
#include <cstdint>
#include <string_view>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

struct DemoContactCounts {
  std::int64_t appointments = 0;
  std::int64_t warnings = 0;
};

// Days between a case's contacts for its intensity: a little more often than the default
// expectation asks, so most children are seen as planned and a few, whose absences pile
// up, are not.
int days_between_contacts(std::string_view intensity);

// A past appointment of the demo's and what happened at it, the same for a child's nth
// appointment whichever demo draws it: mostly supervision, some home visits and
// intervention sessions (some for the needs the YJB's indicators follow); mostly attended,
// some acceptable and some unacceptable absences.
struct DemoAppointment {
  std::string_view kind;
  int start_minute = 0;  // after midnight
  std::string_view place;
  std::string_view status;  // attended, acceptable_absence or unacceptable_absence
  // When attended:
  std::string_view engagement;
  int minutes = 0;
  std::string_view note;
  std::string_view intervention;  // "" for none
  std::string_view programme;     // ""  for none
  std::string_view need_area;     // "" for none
  // When absent:
  std::string_view reason;
  bool may_warn = false;  // an unacceptable absence the order's warning follows, where an order runs
};
DemoAppointment demo_appointment(std::int64_t child_id, int n);

// What is coming for each open case: appointments these many days after today.
inline constexpr int coming_appointment_days[] = {2, 9};

// Needs the demo accounts, allocations and justice records. Deterministic for a database
// and a day.
DemoContactCounts add_demo_contacts(store::Connection& connection, Date today);

}  // namespace pathway::demo
