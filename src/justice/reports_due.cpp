#include "justice/reports_due.h"

#include "justice/row_dates.h"

namespace pathway::justice {

std::vector<ReportDue> reports_due_for(store::Connection& connection, std::int64_t staff_id, int limit) {
  std::vector<ReportDue> due;
  for (const auto& row : connection.query(
           "SELECT c.public_id, c.given_name || ' ' || c.family_name, r.report_type, r.due_on, h.hearing_date, "
           "h.court FROM court_reports r JOIN children c ON c.id = r.child_id "
           "JOIN court_hearings h ON h.id = r.hearing_id "
           "WHERE r.status = 'asked' AND r.child_id IN (SELECT child_id FROM case_workers "
           "WHERE staff_id = ? AND ended_at IS NULL) "
           "ORDER BY r.due_on, c.sort_key, r.id LIMIT ?",
           {staff_id, std::int64_t{limit}})) {
    due.push_back({row.text(0), row.text(1), row.text(2), date_in(row, 3), date_in(row, 4), row.text(5)});
  }
  return due;
}

}  // namespace pathway::justice
