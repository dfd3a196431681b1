#pragma once
// The court reports a case manager still has to write: reports asked for and not yet
// submitted, on the children currently allocated to them, by due date. A missed report
// delays a child's sentence: the home page lists them so none slips (issue 9; the court's
// deadline is the "worst day" the service plans for).
#include <cstdint>
#include <string>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::justice {

struct ReportDue {
  std::string child_public_id;
  std::string child_name;  // given and family name
  std::string report_type;  // one of court_report_types()
  Date due_on{};
  Date hearing_date{};
  std::string court;
};

// At most `limit` reports not yet submitted on children allocated to `staff_id` (any case
// role, allocation not ended), due date first, then the child's name. Throws StoreError.
std::vector<ReportDue> reports_due_for(store::Connection& connection, std::int64_t staff_id, int limit);

}  // namespace pathway::justice
