#pragma once
// The "from" and "to" dates of a filter form, each typed into the three boxes of a GOV.UK
// date input ("from-day", "from-month", "from-year"; the same for "to"): checked the same
// way on every page that filters by date (the audit trail, a child's chronology).
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "web/page.h"

namespace pathway::web {

// One date as typed.
struct DateBoxes {
  std::string day, month, year;
};

struct DateRange {
  std::optional<Date> from;  // nullopt when its three boxes are empty (or wrong)
  std::optional<Date> to;
};

// Checks both dates: each real, or all three of its boxes empty; "to" not before "from".
// Adds an error for each problem (fields "from" and "to", linked to the day box).
DateRange check_date_range(const DateBoxes& from, const DateBoxes& to, std::vector<FieldError>& errors);

// One date input for templates/partials/date_field: {id, legend, hint, day, month, year,
// error} (error false when `errors` has none for `id`).
ViewData date_field_data(const std::string& id, std::string legend, std::string hint, const DateBoxes& typed,
                         const std::vector<FieldError>& errors);

}  // namespace pathway::web
