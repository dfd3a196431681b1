#include "performance/dashboard_request.h"

namespace pathway::performance {

namespace {
constexpr int dashboard_quarters = 12;
}

std::string DashboardRequest::query() const {
  return "quarter=" + quarter.code() + (scope.query().empty() ? "" : "&" + scope.query());
}

DashboardRequest dashboard_request(const web::PageContext& context, const measures::RecordSnapshot& snapshot,
                                   store::Connection& connection, Date today) {
  DashboardRequest request;
  request.quarter = quarter_of(today);
  std::string typed = context.query_value("quarter");
  if (!typed.empty()) {
    if (auto quarter = parse_quarter(typed)) {
      request.quarter = *quarter;
    } else {
      request.errors.push_back({"quarter", "Choose a quarter from the list: '" + typed +
                                               "' is not a quarter written like 2026-Q3"});
    }
  }
  request.places = Places::load(connection);
  request.scope = scope_from_fields(context.query, request.places, snapshot, connection, request.errors);
  return request;
}

web::ViewData dashboard_chooser(const DashboardRequest& request, Date today) {
  web::ViewData chooser = scope_chooser(request.places, request.scope);
  web::ViewList quarters;
  bool chosen_offered = false;
  Quarter quarter = quarter_of(today);
  for (int i = 0; i < dashboard_quarters; ++i, quarter = quarter.previous()) {
    web::ViewData option;
    option.set("value", quarter.code());
    option.set("text", quarter.label());
    option.set("selected", quarter == request.quarter);
    chosen_offered = chosen_offered || quarter == request.quarter;
    quarters.push_back(std::move(option));
  }
  if (!chosen_offered) {  // a quarter asked for by its address, further back
    web::ViewData option;
    option.set("value", request.quarter.code());
    option.set("text", request.quarter.label());
    option.set("selected", true);
    quarters.push_back(std::move(option));
  }
  chooser.set("quarter_options", std::move(quarters));
  return chooser;
}

}  // namespace pathway::performance
