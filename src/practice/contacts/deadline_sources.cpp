#include "practice/contacts/deadline_sources.h"

#include "deadlines/event_kinds.h"
#include "justice/row_dates.h"

namespace pathway::practice {

namespace {

std::vector<deadlines::Event> attended_appointments(store::Connection& connection,
                                                    std::optional<std::int64_t> child_id) {
  std::vector<store::Value> params;
  std::string sql = "SELECT id, child_id, starts_on FROM appointments WHERE status = 'attended'";
  if (child_id) {
    sql += " AND child_id = ?";
    params.push_back(*child_id);
  }
  std::vector<deadlines::Event> events;
  connection.each_row(sql, params, [&events](const store::RowView& row) {
    events.push_back({std::string(deadlines::kinds::appointment_attended), row.integer(1),
                      "appointment:" + std::to_string(row.integer(0)), "", justice::date_in(row, 2), {}});
  });
  return events;
}

}  // namespace

void add_appointment_deadline_sources(std::vector<deadlines::EventSource>& sources) {
  sources.push_back({"appointments", {deadlines::kinds::appointment_attended}, attended_appointments});
}

}  // namespace pathway::practice
