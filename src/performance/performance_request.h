#pragma once
// What a performance page is asked for in its address: a calendar quarter (`quarter=2026-Q3`;
// April to June is Q2) and a part of the service (`area=CODE`, `district=CODE` or
// `team=CODE`; none: the whole service). Bad input is a FieldError naming the parameter, for
// the GOV.UK error summary.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/result.h"
#include "measures/measure_request.h"
#include "performance/quarter.h"
#include "store/database.h"
#include "web/page.h"

namespace pathway::performance {

// The part of the service a page counts: its districts, and how to name and link to it.
struct PageScope {
  std::string parameter;  // "area", "district" or "team"; empty for the whole service
  std::string code;
  std::string name;       // "the whole service", or the area's, district's or team's name
  measures::Scope scope;
  // The scope as query parameters ("area=EAST"), "" for the whole service.
  std::string query() const;
};

struct ScopeChoice {
  std::optional<PageScope> scope;       // when there is no error
  std::vector<web::FieldError> errors;  // the parameter and what is wrong with it
};

// The scope the page's `area`, `district` and `team` parameters name (empty values are
// absent). Refuses more than one, and a code the service does not have. Throws StoreError.
ScopeChoice choose_scope(store::Connection& connection, const measures::RecordSnapshot& snapshot,
                         const web::PageContext& context);

// Every scope a page offers, for its scope form: the whole service, each area, district
// and active team, with their names.
struct ScopeOption {
  std::string parameter;
  std::string code;
  std::string name;
};
std::vector<ScopeOption> scope_options(store::Connection& connection);

// A page's quarter and scope, checked, with the errors for its error summary.
struct PerformanceRequest {
  Quarter quarter;
  std::optional<PageScope> scope;  // when the scope parameters have no error
  std::vector<web::FieldError> errors;
  // The quarter and the scope as a query string ("quarter=2026-Q2&area=EAST").
  std::string query() const;
};

// Reads `quarter` (absent: `default_quarter`), `area`, `district` and `team`. Throws
// StoreError.
PerformanceRequest read_request(store::Connection& connection, const measures::RecordSnapshot& snapshot,
                                const web::PageContext& context, Quarter default_quarter);

// The form that chooses a page's quarter and scope (templates/partials/performance_request_form):
// the four years of quarters up to `latest` (and the request's, if older), the scopes, and
// the request's quarter and the scope asked for selected.
void add_request_form(web::ViewData& data, store::Connection& connection, const web::PageContext& context,
                      const PerformanceRequest& request, Quarter latest);

}  // namespace pathway::performance
