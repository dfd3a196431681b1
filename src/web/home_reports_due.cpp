#include "web/home_reports_due.h"

#include "justice/court_vocabulary.h"
#include "justice/reports_due.h"
#include "web/home_panel_rows.h"

namespace pathway::web {

namespace {

// A full caseload rarely has more than a handful of reports in hand at once.
constexpr int reports_shown = 10;

ViewData report_row(const justice::ReportDue& report, Date today) {
  ViewData row;
  row.set("child_href", "/children/" + report.child_public_id + "/court");
  row.set("child_name", report.child_name);
  row.set("report", justice::words_for(justice::court_report_types(), report.report_type));
  row.set("due_on", to_display(report.due_on));
  row.set("overdue", report.due_on < today);
  row.set("due_today", report.due_on == today);
  row.set("hearing", to_display(report.hearing_date) + ", " + report.court);
  return row;
}

}  // namespace

std::vector<access::NamedRecord> add_reports_due(ViewData& data, const PageContext& context,
                                                 store::Connection& connection, Date today) {
  if (!context.may(access::Permission::hold_cases)) return {};
  // One more than is shown, to know whether there are more.
  auto reports = justice::reports_due_for(connection, context.staff().id, reports_shown + 1);
  if (reports.empty()) return {};
  bool more = keep_first_rows(reports, reports_shown);
  std::vector<access::NamedRecord> shown;
  ViewList rows;
  for (const auto& report : reports) {
    rows.push_back(report_row(report, today));
    shown.push_back({"child", report.child_public_id});
  }
  ViewData panel;
  panel.set("reports", std::move(rows));
  if (more) panel.set("more", std::to_string(reports_shown));
  data.set("reports_due", std::move(panel));
  return shown;
}

}  // namespace pathway::web
