// The audit search (/audit) and its CSV export (/audit.csv), for those whose role grants
// search_audit_trail (the data protection officer). Reading the trail is itself audited,
// with the filters used.
#include "access/audit_actions.h"
#include "access/audit_records.h"
#include "access/audit_search.h"
#include "access/audit_search_form.h"
#include "access/audit_views.h"
#include "core/dates.h"
#include "spreadsheet/people_csv.h"
#include "web/app.h"
#include "web/request_numbers.h"

namespace pathway::web {

namespace {

constexpr int page_size = 50;

// The most events one export holds. Pathway answers with one string, not a stream, so an
// export is bounded: a year of a county's trail is millions of events, far more than
// anyone can read in a spreadsheet, and a search that finds more is asked to narrow.
constexpr std::int64_t export_limit = 100'000;

std::string with_filters(std::string path, const AuditSearchForm& form) {
  path += "?";
  for (const auto& [key, value] : audit_search_filters(form)) path += key + "=" + encode_query_value(value) + "&";
  return path;
}

ViewData search_page_data(const PageContext& context, const AuditSearchForm& form) {
  ViewData data = layout_data(context, "Audit trail", "/audit");
  add_audit_search_form_data(data, form);
  data.set("export_href", with_filters("/audit.csv", form));
  data.set("export_limit", "100,000");
  return data;
}

// The form with what is wrong with it: no search was run, no event is shown.
Response search_errors(PageContext& context, const AuditSearchForm& form, const std::vector<FieldError>& errors) {
  ViewData data = search_page_data(context, form);
  add_errors(data, errors);
  return render_page(context, pages::audit_search_errors, data, 422);
}

Response audit_search(PageContext& context) {
  auto form = read_audit_search_form(context);
  auto checked = check_audit_search_form(form);
  if (!checked.errors.empty()) return search_errors(context, form, checked.errors);
  // Event ids, like record versions, are positive 64-bit numbers.
  access::AuditPosition position{posted_version(context.query_value("before")).value_or(0),
                                 posted_version(context.query_value("after")).value_or(0)};
  const auto& search = checked.search;
  auto connection = context.database.acquire();
  auto page = access::find_audit_events(*connection, search, position, page_size);
  // The page shows the references of the records its events name: like any list, its own
  // event names them, so each shows on that record's "who has seen it".
  std::vector<access::NamedRecord> shown;
  for (const auto& entry : page.entries) {
    for (auto& record : access::records_named_by(entry.recorded.event)) shown.push_back(std::move(record));
  }
  context.record_view("audit.search", search.record_type, search.record_id,
                      checked.summary + (position.before ? "; before event " + std::to_string(position.before) : "") +
                          (position.after ? "; after event " + std::to_string(position.after) : "") + "; " +
                          access::shown_records(shown));
  ViewData data = search_page_data(context, form);
  add_audit_page_data(data, page, with_filters("/audit", form));
  return render_page(context, pages::audit_search, data);
}

spreadsheet::PeopleTable export_table(const std::vector<access::AuditEntry>& entries) {
  spreadsheet::PeopleTable table;
  table.headings = {"When (UTC)", "When (UK time)", "Username", "Name", "Role", "Action", "What they did",
                    "Record type", "Record", "Detail", "Address"};
  table.rows.reserve(entries.size());
  for (const auto& entry : entries) {
    const auto& event = entry.recorded.event;
    auto instant = parse_iso_instant(entry.recorded.occurred_at);
    table.rows.push_back({entry.recorded.occurred_at, instant ? to_uk_local_display(*instant) : "", event.actor,
                          entry.display_name, entry.role_label, event.action,
                          access::describe_audit_action(event.action), event.record_type, event.record_id,
                          event.detail, event.address});
  }
  return table;
}

Response audit_export(PageContext& context) {
  auto form = read_audit_search_form(context);
  auto checked = check_audit_search_form(form);
  if (!checked.errors.empty()) return search_errors(context, form, checked.errors);
  const auto& search = checked.search;
  auto connection = context.database.acquire();
  std::int64_t found = access::count_audit_events(*connection, search, export_limit + 1);
  if (found > export_limit) {
    return search_errors(context, form,
                         {{"from",
                           "There are more than 100,000 events to export. Narrow the search: a shorter date range, "
                           "one person, one record or one action",
                           "from-day"}});
  }
  auto events = access::find_audit_events(*connection, search, {}, static_cast<int>(export_limit));
  // An export may hold 100,000 events: its event names the filters and the newest event
  // it holds rather than every record, which the append-only trail makes enough to say
  // exactly what it held (the same search, up to that event).
  context.record_view("audit.export", search.record_type, search.record_id,
                      checked.summary + "; " + std::to_string(events.entries.size()) + " events" +
                          (events.entries.empty() ? ""
                                                  : ", the newest event " +
                                                        std::to_string(events.entries.front().recorded.id)));
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.set_header("Content-Disposition",
                      "attachment; filename=\"audit-trail-" + to_iso(today_utc()) + ".csv\"");
  response.body = spreadsheet::people_csv(export_table(events.entries));
  return response;
}

}  // namespace

void add_audit_pages(Routes& routes) {
  using access::Permission;
  routes.page(Method::get, "/audit", Permission::search_audit_trail, audit_search);
  routes.page(Method::get, "/audit.csv", Permission::search_audit_trail, audit_export);
}

}  // namespace pathway::web
