#pragma once
// What a performance page is asked for, from its address: a quarter (quarter=2026-Q3; none:
// the quarter today is in) and a scope (performance/dashboard_scope.h). Bad input is a
// field error for the GOV.UK error summary, as `pathway kpi` refuses it.
#include <vector>

#include "performance/quarter.h"
#include "performance/dashboard_scope.h"

namespace pathway::performance {

struct DashboardRequest {
  Quarter quarter;
  PerformanceScope scope;
  Places places;
  std::vector<web::FieldError> errors;  // none when the quarter and scope are both good

  // "quarter=2026-Q3&district=DOVER": the request as a link's query.
  std::string query() const;
};

// Throws StoreError.
DashboardRequest dashboard_request(const web::PageContext& context, const measures::RecordSnapshot& snapshot,
                                   store::Connection& connection, Date today);

// The quarter and scope chooser's selects: the last twelve quarters to today's, and every
// area, district and team, with the request's choices selected.
web::ViewData dashboard_chooser(const DashboardRequest& request, Date today);

}  // namespace pathway::performance
