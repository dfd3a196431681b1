// The performance dashboard (/performance): each headline measure for the chosen quarter,
// the quarter before and the same quarter a year before, against the scope's target, as a
// chart drawn on the server with a table of the same numbers beside it. Open to all staff:
// it shows numbers, and each number that counts children links to the list of them
// (performance/drilldown_pages.cpp), which shows only the children the viewer may find.
#include "core/clock.h"
#include "measures/snapshot_cache.h"
#include "performance/dashboard_model.h"
#include "performance/dashboard_request.h"
#include "performance/svg_chart.h"
#include "performance/performance_templates.h"
#include "web/app.h"

namespace pathway::web {

void add_drilldown_pages(Routes& routes, std::shared_ptr<measures::SnapshotCache> snapshots);
void add_targets_pages(Routes& routes, std::shared_ptr<measures::SnapshotCache> snapshots);
void add_reoffending_pages(Routes& routes, std::shared_ptr<measures::SnapshotCache> snapshots);
void add_yjb_pages(Routes& routes, std::shared_ptr<measures::SnapshotCache> snapshots);

namespace {

using performance::DashboardRow;
using performance::TargetStanding;

std::string standing_words(TargetStanding standing) {
  switch (standing) {
    case TargetStanding::on_target:
      return "On target";
    case TargetStanding::off_target:
      return "Off target";
    case TargetStanding::no_figure:
      return "No figure to compare with the target";
    case TargetStanding::no_target:
      return "No target set";
  }
  return "";
}

std::string tag_colour(TargetStanding standing) {
  switch (standing) {
    case TargetStanding::on_target:
      return "govuk-tag--green";
    case TargetStanding::off_target:
      return "govuk-tag--red";
    default:
      return "govuk-tag--grey";
  }
}

std::string chart_of(const DashboardRow& row, const performance::PerformanceScope& scope) {
  performance::Chart chart;
  chart.title = std::string(row.measure->label) + ", " + scope.described();
  chart.unit = std::string(row.measure->unit);
  performance::ChartSeries series{scope.name, {}};
  for (const auto& quarter : row.quarters) {
    chart.categories.push_back(quarter.quarter.label());
    series.values.push_back(quarter.value);
  }
  chart.series.push_back(std::move(series));
  chart.target = row.target;
  return performance::bar_chart_svg(chart);
}

ViewData row_view(const DashboardRow& row, const performance::PerformanceScope& scope, std::size_t index) {
  ViewData view;
  const auto& measure = *row.measure;
  view.set("id", "measure-" + measure.key());
  view.set("chart_id", "chart-" + std::to_string(index + 1));
  view.set("label", std::string(measure.label));
  view.set("unit", std::string(measure.unit));
  view.set("better", measure.better == measures::Better::lower ? "Lower is better" : "Higher is better");
  view.set("standing", standing_words(row.standing));
  view.set("standing_tag", tag_colour(row.standing));
  view.set("figure", performance::figure_text(row.quarters[0].value, measure.unit));
  if (row.target) view.set("target", performance::figure_text(row.target, measure.unit));
  view.set("chart", chart_of(row, scope));
  ViewList quarters;
  for (const auto& quarter : row.quarters) {
    ViewData item;
    item.set("label", quarter.quarter.label());
    item.set("figure", performance::figure_text(quarter.value, measure.unit));
    ViewList counts;
    for (const auto& count : quarter.counts) {
      ViewData link;
      link.set("label", count.label);
      link.set("count", std::to_string(count.count));
      link.set("href", count.href);
      link.set("quarter", quarter.quarter.label());
      counts.push_back(std::move(link));
    }
    item.set("counts", std::move(counts));
    quarters.push_back(std::move(item));
  }
  view.set("quarters", std::move(quarters));
  return view;
}

Response show_dashboard(PageContext& context, measures::SnapshotCache& snapshots) {
  auto held = snapshots.current(context.database);
  auto connection = context.database.acquire();
  Date today = today_utc();
  auto request = performance::dashboard_request(context, held->records, *connection, today);
  ViewData data = layout_data(context, "Performance", "/performance");
  data.set("chooser", performance::dashboard_chooser(request, today));
  data.set("may_set_targets", context.may(access::Permission::set_measure_targets));
  if (!request.errors.empty()) {
    add_errors(data, request.errors);
    return render_page(context, pages::performance_dashboard, data, 400);
  }
  auto model = performance::dashboard_model(held->records, held->periods, measures::load_targets(*connection),
                                            request.quarter, request.scope, measures::day_of(today));
  data.set("scope", request.scope.described());
  data.set("quarter", request.quarter.label());
  data.set("previous_quarter", request.quarter.previous().label());
  data.set("year_before", request.quarter.year_before().label());
  data.set("request_query", request.query());
  ViewList rows;
  for (std::size_t i = 0; i < model.rows.size(); ++i) rows.push_back(row_view(model.rows[i], request.scope, i));
  data.set("rows", std::move(rows));
  return render_page(context, pages::performance_dashboard, data);
}

}  // namespace

// The performance pages share one snapshot of the records, held as long as the routes are
// (the web application's life).
void add_performance_pages(Routes& routes) {
  auto snapshots = std::make_shared<measures::SnapshotCache>();
  routes.page(Method::get, "/performance", access::Permission::see_performance,
              [snapshots](PageContext& context) { return show_dashboard(context, *snapshots); });
  add_drilldown_pages(routes, snapshots);
  add_targets_pages(routes, snapshots);
  add_reoffending_pages(routes, snapshots);
  add_yjb_pages(routes, snapshots);
}

}  // namespace pathway::web
