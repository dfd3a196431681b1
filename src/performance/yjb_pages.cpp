// The YJB's key performance indicators (issue 10 point 5): /performance/yjb shows, for a
// quarter and a scope, the figure of each indicator Pathway counts (from the measures
// engine, labelled with the definition set it uses), and what each of the others waits for.
#include "core/clock.h"
#include "measures/snapshot_cache.h"
#include "measures/snapshot_loading.h"
#include "performance/performance_request.h"
#include "performance/reoffending_views.h"
#include "performance/yjb_indicators.h"
#include "web/app.h"

namespace pathway::web {

namespace {

constexpr std::string_view yjb_path = "/performance/yjb";

std::string figure_text(const performance::IndicatorFigure& figure) {
  if (figure.unit == "%") return performance::percent_text(figure.value);
  if (!figure.value) return performance::frequency_text(figure.value);
  return performance::frequency_text(figure.value) + " " + std::string(figure.unit);
}

// The list of the children behind a figure, for the page's quarter and scope.
std::string children_href(std::string_view figure_key, const performance::PerformanceRequest& request) {
  return "/performance/children?measure=" + std::string(figure_key) + "&" + request.query();
}

ViewData indicator_view(const performance::YjbIndicator& indicator, const measures::MeasureSet& set,
                        const performance::PerformanceRequest& request) {
  ViewData view;
  view.set("number", std::to_string(indicator.number));
  view.set("name", std::string(indicator.name));
  view.set("yjb_measure", std::string(indicator.yjb_measure));
  view.set("computed", indicator.computed());
  if (indicator.computed()) {
    auto figure = indicator.figure(set);
    view.set("figure", figure_text(*figure));
    view.set("count", std::to_string(figure->count) + " " + std::string(figure->count_words));
    // Only a figure with a list behind it links (an empty string would be true to mustache).
    if (!figure->count_key.empty()) view.set("count_href", children_href(figure->count_key, request));
    if (figure->of && !figure->of_key.empty()) view.set("of_href", children_href(figure->of_key, request));
    view.set("of", figure->of ? std::to_string(*figure->of) + " " + std::string(figure->of_words)
                              : std::string(figure->of_words) + ": not known");
    if (!figure->detail.empty()) view.set("detail", figure->detail);
    view.set("definition_set", std::string(indicator.definition_set));
    view.set("pathway_measure", std::string(indicator.pathway_measure));
  } else {
    view.set("waiting_for", std::string(indicator.waiting_for));
  }
  return view;
}

Response yjb_indicators_page(PageContext& context, measures::SnapshotCache& snapshots) {
  auto held = snapshots.current(context.database);  // before borrowing: it may borrow one to load
  auto connection = context.database.acquire();
  const measures::RecordSnapshot& snapshot = held->records;
  Date today = today_utc();
  performance::Quarter last_ended = performance::quarter_of(today).plus(-1);
  auto request = performance::read_request(*connection, snapshot, context, last_ended);
  ViewData data = layout_data(context, "YJB key performance indicators", "/performance");
  data.set("form_action", std::string(yjb_path));
  performance::add_request_form(data, *connection, context, request, performance::quarter_of(today));
  add_errors(data, request.errors);
  if (!request.errors.empty()) return render_page(context, pages::yjb_indicators, data, 400);
  auto set = measures::measure_sets(snapshot, request.quarter.period(), {request.scope->scope},
                                    measures::day_of(today))
                 .front();
  ViewList computed, waiting;
  for (const auto& indicator : performance::yjb_indicators()) {
    (indicator.computed() ? computed : waiting).push_back(indicator_view(indicator, set, request));
  }
  data.set("scope_name", request.scope->name);
  data.set("quarter", request.quarter.label());
  data.set("computed", std::move(computed));
  data.set("waiting", std::move(waiting));
  return render_page(context, pages::yjb_indicators, data);
}

}  // namespace

void add_yjb_pages(Routes& routes, std::shared_ptr<measures::SnapshotCache> snapshots) {
  routes.page(Method::get, std::string(yjb_path), access::Permission::see_performance,
              [snapshots](PageContext& context) { return yjb_indicators_page(context, *snapshots); });
}

}  // namespace pathway::web
