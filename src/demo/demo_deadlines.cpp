#include "demo/demo_deadlines.h"

#include "deadlines/bank_holidays.h"
#include "deadlines/refresh.h"
#include "justice/court_record.h"

namespace pathway::demo {

namespace {

// The children `username` manages, the longest held first.
std::vector<std::int64_t> managed_by(store::Connection& connection, const std::string& username, int most) {
  std::vector<std::int64_t> children;
  for (const auto& row : connection.query(
           "SELECT w.child_id FROM case_workers w JOIN staff s ON s.id = w.staff_id JOIN children c ON c.id = w.child_id"
           " WHERE s.username = ? AND w.case_role = 'case_manager' AND w.ended_at IS NULL AND c.restricted = 0"
           " ORDER BY w.child_id LIMIT ?",
           {username, std::int64_t{most}})) {
    children.push_back(row.integer(0));
  }
  return children;
}

// A hearing `working_days` from today and the pre-sentence report asked for it a week ago.
std::int64_t report_for_hearing_in(store::Connection& connection, std::int64_t child_id, Date today, int working_days,
                                   const deadlines::WorkingCalendar& calendar) {
  Date hearing = calendar.add_working_days(today, working_days);
  std::int64_t hearing_id = justice::create_hearing(connection, child_id, {"Maidstone Youth Court", hearing, "sentence"});
  return justice::ask_for_report(connection, child_id,
                                 {hearing_id, "pre_sentence", deadlines::add_calendar_days(today, -7), hearing});
}

}  // namespace

void add_demo_deadlines(store::Connection& connection, Date today) {
  auto calendar = deadlines::load_calendar(connection);
  for (const std::string username : {"caseworker", "caseworker2"}) {
    auto children = managed_by(connection, username, 4);
    if (children.size() < 4) continue;
    // Two working days before the hearing (the shipped rule): overdue, today, this week.
    report_for_hearing_in(connection, children[0], today, 1, calendar);
    report_for_hearing_in(connection, children[1], today, 2, calendar);
    report_for_hearing_in(connection, children[2], today, 5, calendar);
    // Asked for, then withdrawn by the court: its task is kept, withdrawn.
    std::int64_t withdrawn = report_for_hearing_in(connection, children[3], today, 15, calendar);
    deadlines::refresh_child(connection, children[3]);
    connection.execute("DELETE FROM court_reports WHERE id = ?", {withdrawn});
  }
  deadlines::refresh_all(connection);
}

}  // namespace pathway::demo
