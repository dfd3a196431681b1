// The live reoffending tracker (issue 10 point 4): /performance/reoffending shows a scope's
// quarterly cohorts as their follow-up develops, and one cohort's breakdowns and small group;
// /performance/reoffending/cohort lists one cohort's children, named as need to know allows.
// Every figure comes from the cohort's members (measures/reoffending_cohort.h), the same
// members the published count sums.
#include <tuple>

#include "access/audit_records.h"
#include "core/clock.h"
#include "justice/record_labels.h"
#include "justice/record_rules.h"
#include "measures/snapshot_cache.h"
#include "measures/measure_targets.h"
#include "measures/snapshot_loading.h"
#include "performance/performance_request.h"
#include "performance/reoffending_cohort_list.h"
#include "performance/reoffending_tracker.h"
#include "performance/reoffending_views.h"
#include "performance/svg_chart.h"
#include "web/app.h"

namespace pathway::web {

namespace {

using measures::Day;
using measures::ReoffendingCohort;
using performance::PerformanceRequest;
using performance::Quarter;

// The quarters the cohort table shows, ending with the one asked for; the charts show the
// last of them.
constexpr int quarters_tracked = 8;
constexpr int quarters_charted = 4;

constexpr std::string_view tracker_path = "/performance/reoffending";
constexpr std::string_view cohort_path = "/performance/reoffending/cohort";

// What every tracker page reads first: the records, today, and the quarter and scope asked
// for (by default the last quarter that has ended).
struct TrackerRequest {
  std::shared_ptr<measures::HeldSnapshot> held;  // the performance pages' shared snapshot
  const measures::RecordSnapshot& snapshot;      // held->records
  Date today;
  PerformanceRequest asked;
};

// `held` is taken before the page borrows its connection: taking it may borrow one to load.
TrackerRequest read_tracker_request(store::Connection& connection, const PageContext& context,
                                    std::shared_ptr<measures::HeldSnapshot> held) {
  TrackerRequest request{held, held->records, today_utc(), {}};
  Quarter last_ended = performance::quarter_of(request.today).plus(-1);
  request.asked = performance::read_request(connection, request.snapshot, context, last_ended);
  return request;
}

ReoffendingCohort cohort_of(const TrackerRequest& request, Quarter quarter) {
  return measures::in_scope(measures::reoffending_cohort(request.snapshot, quarter.period()),
                            request.snapshot, request.asked.scope->scope);
}

std::string with_query(std::string_view path, const PerformanceRequest& asked, Quarter quarter,
                       std::string_view extra = "") {
  PerformanceRequest other = asked;
  other.quarter = quarter;
  return std::string(path) + "?" + other.query() + std::string(extra);
}

ViewData page_data(PageContext& context, store::Connection& connection, const TrackerRequest& request,
                   std::string title, std::string_view form_action) {
  ViewData data = layout_data(context, std::move(title), "/performance");
  data.set("form_action", std::string(form_action));
  performance::add_request_form(data, connection, context, request.asked,
                                performance::quarter_of(request.today));
  add_errors(data, request.asked.errors);
  return data;
}

// ---- the tracker

ViewData cohort_row(const TrackerRequest& request, Quarter quarter, const ReoffendingCohort& cohort) {
  auto progress = performance::cohort_progress(cohort, measures::day_of(request.today));
  ViewData row = performance::figures_view(progress.figures);
  row.set("quarter", quarter.label());
  row.set("href", with_query(tracker_path, request.asked, quarter));
  row.set("current", quarter == request.asked.quarter);
  row.set("cohort_href", with_query(cohort_path, request.asked, quarter));
  row.set("months_observed", std::to_string(progress.months_observed));
  row.set("final", progress.proof_window_closed);
  if (progress.closes_on) row.set("final_on", to_display(measures::date_of(*progress.closes_on)));
  return row;
}

ViewList breakdown_views(const std::vector<performance::Breakdown>& breakdowns) {
  ViewList views;
  int number = 0;
  for (const auto& breakdown : breakdowns) {
    ViewData view;
    view.set("title", breakdown.title);
    view.set("id", "breakdown-" + std::to_string(++number));
    ViewList rows;
    for (const auto& row : breakdown.rows) {
      ViewData item = performance::figures_view(row.figures);
      item.set("label", row.label);
      rows.push_back(std::move(item));
    }
    view.set("rows", std::move(rows));
    views.push_back(std::move(view));
  }
  return views;
}

ViewData small_group_view(const performance::SmallGroup& group) {
  ViewData view;
  view.set("has_reoffences", group.cohort_reoffences > 0);
  view.set("children", std::to_string(group.members.size()));
  view.set("percent_of_cohort", performance::percent_text(group.percent_of_cohort));
  view.set("reoffences", std::to_string(group.reoffences));
  view.set("cohort_reoffences", std::to_string(group.cohort_reoffences));
  view.set("percent_of_reoffences", performance::percent_text(group.percent_of_reoffences));
  return view;
}

// One chart of the development month by month, with the table of the same numbers beside it.
struct DevelopmentChart {
  std::string id;
  std::string title;
  std::string unit;
  std::string target_key;  // the headline measure whose target the chart marks
  measures::Ratio measures::ReoffendingFigures::*figure;
  std::string (*text)(measures::Ratio);
};

ViewData development_view(const DevelopmentChart& about, const std::vector<std::pair<Quarter, ReoffendingCohort>>& cohorts,
                          Day today, std::optional<double> target) {
  performance::Chart chart{about.title, about.unit, {}, {}, target};
  for (int month = 1; month <= 12; ++month) chart.categories.push_back(std::to_string(month));
  ViewList columns;
  std::vector<ViewList> cells(12);
  for (const auto& [quarter, cohort] : cohorts) {
    performance::ChartSeries series{quarter.label(), {}};
    columns.push_back(ViewData(series.name));
    for (const auto& month : performance::follow_up_by_month(cohort, today)) {
      measures::Ratio value = month.observed ? month.figures.*about.figure : std::nullopt;
      series.values.push_back(value);
      ViewData cell;
      cell.set("label", series.name);
      cell.set("value", month.observed ? about.text(value) : std::string("not yet"));
      cells[month.month - 1].push_back(std::move(cell));
    }
    chart.series.push_back(std::move(series));
  }
  ViewList rows;
  for (int month = 1; month <= 12; ++month) {
    ViewData row;
    row.set("month", std::to_string(month));
    row.set("values", std::move(cells[month - 1]));
    rows.push_back(std::move(row));
  }
  ViewData view;
  view.set("id", about.id);
  view.set("title", about.title);
  view.set("svg", performance::line_chart_svg(chart));
  view.set("columns", std::move(columns));
  view.set("rows", std::move(rows));
  return view;
}

// The binary rate and the frequency as the follow-up develops, for the last quarters charted,
// each marked with the scope's target where the service has set one.
ViewList development_charts(store::Connection& connection, const TrackerRequest& request,
                            const std::vector<std::pair<Quarter, ReoffendingCohort>>& cohorts) {
  static const std::vector<DevelopmentChart> charts = {
      {"binary-by-month", "Binary rate by months of follow-up", "%", "reoffending.binary_rate",
       &measures::ReoffendingFigures::binary_rate, performance::percent_text},
      {"frequency-by-month", "Reoffences per child by months of follow-up", "reoffences per child",
       "reoffending.frequency_per_offender", &measures::ReoffendingFigures::frequency_per_offender,
       performance::frequency_text},
  };
  auto targets = measures::load_targets(connection);
  const auto& scope = *request.asked.scope;
  auto kind = measures::parse_scope_kind(scope.parameter.empty() ? "service" : scope.parameter);
  ViewList views;
  for (const auto& chart : charts) {
    auto target = measures::target_for(targets, chart.target_key, *kind, scope.code);
    views.push_back(development_view(chart, cohorts, measures::day_of(request.today), target));
  }
  return views;
}

// The chosen cohort in detail: its figures, breakdowns and small group.
void add_chosen_cohort(ViewData& data, store::Connection& connection, const TrackerRequest& request,
                       const ReoffendingCohort& cohort) {
  Day today = measures::day_of(request.today);
  std::vector<std::int64_t> ids;
  for (const auto& member : cohort.members) ids.push_back(request.snapshot.children.id[member.child]);
  auto characteristics = performance::read_characteristics(connection, ids);
  data.set("chosen", cohort_row(request, request.asked.quarter, cohort));
  data.set("breakdowns", breakdown_views(performance::breakdowns(cohort, request.snapshot, characteristics, today)));
  data.set("small_group", small_group_view(performance::small_group(cohort, request.snapshot)));
  data.set("small_group_href", with_query(cohort_path, request.asked, request.asked.quarter, "&group=most"));
}

Response reoffending_tracker(PageContext& context, measures::SnapshotCache& snapshots) {
  auto held = snapshots.current(context.database);
  auto connection = context.database.acquire();
  TrackerRequest request = read_tracker_request(*connection, context, held);
  ViewData data = page_data(context, *connection, request, "Reoffending: live tracker", tracker_path);
  if (!request.asked.errors.empty()) return render_page(context, pages::reoffending_tracker, data, 400);
  data.set("scope_name", request.asked.scope->name);
  data.set("quarter", request.asked.quarter.label());
  ViewList rows;
  std::vector<std::pair<Quarter, ReoffendingCohort>> charted;
  for (int back = quarters_tracked - 1; back >= 0; --back) {
    Quarter quarter = request.asked.quarter.plus(-back);
    ReoffendingCohort cohort = cohort_of(request, quarter);
    rows.push_back(cohort_row(request, quarter, cohort));
    if (back == 0) add_chosen_cohort(data, *connection, request, cohort);
    if (back < quarters_charted) charted.emplace_back(quarter, std::move(cohort));
  }
  data.set("cohorts", std::move(rows));
  data.set("charts", development_charts(*connection, request, charted));
  return render_page(context, pages::reoffending_tracker, data);
}

// ---- the cohort's children

// Which of the cohort a list shows: everyone, the reoffenders, or the small group.
enum class Group { everyone, reoffenders, most };

std::optional<Group> group_asked(const PageContext& context) {
  std::string group = context.query_value("group");
  if (group.empty()) return Group::everyone;
  if (group == "reoffenders") return Group::reoffenders;
  if (group == "most") return Group::most;
  return std::nullopt;
}

// The form's choice of which children to list, with the one shown selected.
void add_group_choice(ViewData& data, Group shown) {
  const std::vector<std::tuple<Group, const char*, const char*>> choices = {
      {Group::everyone, "", "Every child of the cohort"},
      {Group::reoffenders, "reoffenders", "The children who reoffended"},
      {Group::most, "most", "The small group responsible for most reoffences"}};
  ViewList options;
  for (const auto& [group, value, label] : choices) {
    ViewData option;
    option.set("value", value);
    option.set("label", label);
    option.set("selected", group == shown);
    options.push_back(std::move(option));
  }
  data.set("has_group", true);
  data.set("group_options", std::move(options));
}

std::vector<const measures::CohortMember*> members_of(Group group, const ReoffendingCohort& cohort,
                                                      const measures::RecordSnapshot& snapshot) {
  auto ranked = performance::ranked_members(cohort, snapshot);
  if (group == Group::most) {
    ranked.resize(performance::small_group(cohort, snapshot).members.size());
  } else if (group == Group::reoffenders) {
    std::erase_if(ranked, [](const measures::CohortMember* member) { return member->reoffences == 0; });
  }
  return ranked;
}

std::string group_heading(Group group) {
  switch (group) {
    case Group::reoffenders: return "The children of the cohort who reoffended";
    case Group::most: return "The small group responsible for most reoffences";
    case Group::everyone: break;
  }
  return "The children of the cohort";
}

std::string index_event_text(const measures::CohortMember& member) {
  std::string label = justice::outcome_type_label(justice::outcome_types().at(member.index_outcome));
  return member.released ? "Release from custody: " + label : label;
}

Response reoffending_cohort_list(PageContext& context, measures::SnapshotCache& snapshots) {
  auto held = snapshots.current(context.database);
  auto connection = context.database.acquire();
  TrackerRequest request = read_tracker_request(*connection, context, held);
  auto group = group_asked(context);
  if (!group) request.asked.errors.push_back({"group", "Choose everyone, the reoffenders or the small group"});
  ViewData data = page_data(context, *connection, request, "Reoffending cohort", cohort_path);
  add_group_choice(data, group.value_or(Group::everyone));
  if (!request.asked.errors.empty()) return render_page(context, pages::reoffending_cohort_errors, data, 400);
  ReoffendingCohort cohort = cohort_of(request, request.asked.quarter);
  auto members = members_of(*group, cohort, request.snapshot);
  std::vector<std::int64_t> ids;
  for (const auto* member : members) ids.push_back(request.snapshot.children.id[member->child]);
  auto named = performance::children_listed_to(*connection, context.staff(), now_unix_seconds(), ids);
  ViewList rows;
  std::vector<access::NamedRecord> shown;
  for (const auto* member : members) {
    auto found = named.find(request.snapshot.children.id[member->child]);
    if (found == named.end()) continue;
    const auto& child = found->second;
    ViewData row;
    row.set("name", child.family_name + ", " + child.given_name);
    row.set("may_open", child.may_open);
    row.set("href", "/children/" + child.public_id);
    row.set("index_date", to_display(measures::date_of(member->index_date)));
    row.set("index_event", index_event_text(*member));
    row.set("reoffences", std::to_string(member->reoffences));
    rows.push_back(std::move(row));
    shown.push_back({"child", child.public_id});
  }
  std::size_t hidden = members.size() - rows.size();
  data.set("heading", group_heading(*group));
  data.set("scope_name", request.asked.scope->name);
  data.set("quarter", request.asked.quarter.label());
  data.set("count", std::to_string(members.size()));
  data.set("cohort", std::to_string(cohort.members.size()));
  data.set("has_hidden", hidden > 0);
  data.set("hidden", std::to_string(hidden));
  data.set("has_children", !rows.empty());
  data.set("children", std::move(rows));
  data.set("tracker_href", with_query(tracker_path, request.asked, request.asked.quarter));
  ViewData back;
  back.set("href", with_query(tracker_path, request.asked, request.asked.quarter));
  back.set("text", "Reoffending: live tracker");
  data.set("back_link", back);
  context.record_view("reoffending.cohort", "", "",
                      "quarter '" + request.asked.quarter.code() + "'; scope '" +
                          request.asked.scope->query() + "'; group '" + context.query_value("group") + "'; " +
                          access::shown_records(shown));
  return render_page(context, pages::reoffending_cohort, data);
}

}  // namespace

void add_reoffending_pages(Routes& routes, std::shared_ptr<measures::SnapshotCache> snapshots) {
  using access::Permission;
  routes.page(Method::get, std::string(tracker_path), Permission::see_performance,
              [snapshots](PageContext& context) { return reoffending_tracker(context, *snapshots); });
  routes.page(Method::get, std::string(cohort_path), Permission::see_performance,
              [snapshots](PageContext& context) { return reoffending_cohort_list(context, *snapshots); });
}

}  // namespace pathway::web
