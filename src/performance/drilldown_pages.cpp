// The children behind a performance figure (/performance/children?measure=KEY&quarter=...
// and a scope): the records the engine counted for that number, from the same walk
// (measures/counted_figures.h), so the list is always as long as the number. Names only of
// the children the viewer may find (need to know); the rest are counted, not shown. The
// page shows personal data: it is audited with the children shown.
#include <algorithm>
#include <charconv>

#include "access/audit_records.h"
#include "core/clock.h"
#include "measures/counted_figures.h"
#include "measures/snapshot_cache.h"
#include "performance/dashboard_request.h"
#include "performance/drilldown_children.h"
#include "performance/performance_templates.h"
#include "web/app.h"
#include "web/form_decoding.h"
#include "web/pagination.h"

namespace pathway::web {

namespace {

constexpr std::int64_t page_size = 100;

std::int64_t page_asked(const std::string& text) {
  std::int64_t page = 1;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), page);
  return error == std::errc{} && end == text.data() + text.size() && page >= 1 ? page : 1;
}

std::string page_href(const std::string& figure_key, const performance::DashboardRequest& request,
                      std::int64_t page) {
  return "/performance/children?measure=" + encode_query_value(figure_key) + "&" + request.query() +
         "&page=" + std::to_string(page);
}

const measures::CountedFigure* figure_asked(const PageContext& context, std::vector<FieldError>& errors) {
  std::string key = context.query_value("measure");
  const auto* figure = measures::find_counted_figure(key);
  if (figure) return figure;
  if (key.starts_with("reoffending.")) {
    errors.push_back({"measure", "The reoffending tracker lists the children of each cohort: open it from the "
                                 "dashboard"});
  } else {
    errors.push_back({"measure", key.empty() ? "Say which figure's children to list"
                                             : "'" + key + "' is not a figure that counts children"});
  }
  return nullptr;
}

ViewData pagination(const std::string& figure_key, const performance::DashboardRequest& request, std::int64_t page,
                    std::int64_t pages) {
  ViewData data;
  if (page > 1) data.set("previous_href", page_href(figure_key, request, page - 1));
  if (page < pages) data.set("next_href", page_href(figure_key, request, page + 1));
  ViewList links;
  for (const auto& link : page_links(page, pages)) {
    ViewData item;
    item.set("ellipsis", link.number == 0);
    item.set("number", std::to_string(link.number));
    item.set("href", page_href(figure_key, request, link.number));
    item.set("current", link.current);
    links.push_back(std::move(item));
  }
  data.set("page_links", std::move(links));
  return data;
}

Response show_children(PageContext& context, measures::SnapshotCache& snapshots) {
  auto held = snapshots.current(context.database);
  const measures::RecordSnapshot* snapshot = &held->records;
  auto connection = context.database.acquire();
  Date today = today_utc();
  auto request = performance::dashboard_request(context, *snapshot, *connection, today);
  const auto* figure = figure_asked(context, request.errors);
  ViewData back;
  back.set("href", "/performance?" + request.query());
  back.set("text", "Performance");
  if (!request.errors.empty()) {
    ViewData data = layout_data(context, "Children behind a figure", "/performance");
    data.set("back_link", back);
    add_errors(data, request.errors);
    return render_page(context, pages::performance_children_errors, data, 400);
  }
  auto records = measures::counted_records(*snapshot, *figure, request.quarter.period(), request.scope.districts);
  std::vector<std::int64_t> ids;
  for (const auto& record : records) ids.push_back(snapshot->children.id[record.child]);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  auto listable = performance::listable_children(*connection, ids, context.staff(), now_unix_seconds());

  std::vector<std::pair<const measures::Counted*, const performance::ListedChild*>> shown;
  for (const auto& record : records) {
    auto found = listable.find(snapshot->children.id[record.child]);
    if (found != listable.end()) shown.emplace_back(&record, &found->second);
  }
  std::int64_t hidden = static_cast<std::int64_t>(records.size() - shown.size());
  std::int64_t pages = std::max<std::int64_t>(1, (static_cast<std::int64_t>(shown.size()) + page_size - 1) / page_size);
  std::int64_t page = std::min(page_asked(context.query_value("page")), pages);

  std::string title = std::string(figure->label) + ", " + request.quarter.label();
  ViewData data = layout_data(context, title, "/performance");
  data.set("back_link", back);
  data.set("heading", std::string(figure->label));
  data.set("quarter", request.quarter.label());
  data.set("scope", request.scope.described());
  data.set("count", std::to_string(records.size()));
  data.set("counts_records", figure->counts_records);
  if (hidden > 0) data.set("hidden", std::to_string(hidden));
  ViewList rows;
  std::vector<access::NamedRecord> named;
  auto first = shown.begin() + std::min<std::int64_t>((page - 1) * page_size, static_cast<std::int64_t>(shown.size()));
  auto last = shown.begin() + std::min<std::int64_t>(page * page_size, static_cast<std::int64_t>(shown.size()));
  for (auto it = first; it != last; ++it) {
    const auto& [record, child] = *it;
    ViewData row;
    row.set("name", child->given_name + " " + child->family_name);
    row.set("href", "/children/" + child->public_id);
    row.set("date_of_birth", to_display(child->date_of_birth));
    row.set("district", child->district_name);
    row.set("date", to_display(measures::date_of(record->day)));
    rows.push_back(std::move(row));
    named.push_back({"child", child->public_id});
  }
  data.set("has_rows", !rows.empty());
  data.set("children", std::move(rows));
  if (pages > 1) data.set("pagination", pagination(figure->key(), request, page, pages));
  context.record_view("performance.children", "", "",
                      figure->key() + " " + request.query() + " page " + std::to_string(page) + "; " +
                          access::shown_records(named));
  return render_page(context, pages::performance_children, data);
}

}  // namespace

void add_drilldown_pages(Routes& routes, std::shared_ptr<measures::SnapshotCache> snapshots) {
  routes.page(Method::get, "/performance/children", access::Permission::see_performance,
              [snapshots](PageContext& context) { return show_children(context, *snapshots); });
}

}  // namespace pathway::web
