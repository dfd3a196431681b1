#pragma once
// Whose figures a performance page shows: the whole service, an area, a district or a team,
// as a URL names it (area=CODE, district=CODE or team=CODE; none: the whole service). A
// team's figures are those of the districts it covers (team_districts): every child belongs
// to one home district, so a team's scope is the union of its districts, as an area's is.
// See docs/decisions/0024-the-performance-dashboard.md.
#include <string>
#include <vector>

#include "measures/measure_request.h"
#include "measures/measure_targets.h"
#include "store/database.h"
#include "web/page.h"

namespace pathway::performance {

struct PerformanceScope {
  measures::ScopeKind kind = measures::ScopeKind::service;
  std::string code;  // "" for the service
  std::string name;  // "the whole service", "Canterbury", "North Kent Youth Justice Unit"
  measures::Scope districts;

  // "area=CODE" (URL-encoded), or "" for the whole service: to put in a link's query.
  std::string query() const;
  // "Canterbury (district)", "the whole service".
  std::string described() const;
};

// The places a scope may be, by name, for the scope chooser and for resolving a URL.
struct Places {
  struct Place {
    std::string code, name;
  };
  std::vector<Place> areas, districts, teams;
  // Throws StoreError.
  static Places load(store::Connection& connection);
};

// The scope the fields area, district and team name (of a query or a form; empty ones are
// ignored). Adds an error and answers the whole service when more than one is given, or a
// code names no such place.
PerformanceScope scope_from_fields(const web::FormFields& fields, const Places& places,
                                   const measures::RecordSnapshot& snapshot, store::Connection& connection,
                                   std::vector<web::FieldError>& errors);

// The scope chooser's selects, the current choice selected.
web::ViewData scope_chooser(const Places& places, const PerformanceScope& chosen);

}  // namespace pathway::performance
