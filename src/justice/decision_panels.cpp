#include "justice/decision_panels.h"

#include "core/clock.h"
#include "justice/row_dates.h"

namespace pathway::justice {

std::optional<DecisionPanel> decision_panel_of(store::Connection& connection, std::int64_t outcome_id) {
  auto row = connection.query_one("SELECT id, panel_date, recommendation, COALESCE(police_reason, '')"
                                  " FROM decision_panels WHERE outcome_id = ?",
                                  {outcome_id});
  if (!row) return std::nullopt;
  DecisionPanel panel{date_in(*row, 1), {}, row->text(2), row->text(3)};
  for (const auto& attendee : connection.query(
           "SELECT agency, name FROM decision_panel_attendees WHERE panel_id = ? ORDER BY position", {row->integer(0)})) {
    panel.attendees.push_back({attendee.text(0), attendee.text(1)});
  }
  return panel;
}

void record_decision_panel(store::Connection& connection, std::int64_t outcome_id, const DecisionPanel& panel) {
  store::Value reason = panel.police_reason.empty() ? store::Value{nullptr} : store::Value{panel.police_reason};
  std::string now = to_iso_instant(now_unix_seconds());
  std::int64_t id = 0;
  if (auto existing = connection.query_one("SELECT id FROM decision_panels WHERE outcome_id = ?", {outcome_id})) {
    id = existing->integer(0);
    connection.execute("UPDATE decision_panels SET panel_date = ?, recommendation = ?, police_reason = ?,"
                       " recorded_at = ? WHERE id = ?",
                       {to_iso(panel.panel_date), panel.recommendation, reason, now, id});
    connection.execute("DELETE FROM decision_panel_attendees WHERE panel_id = ?", {id});
  } else {
    id = connection
             .query_one("INSERT INTO decision_panels (outcome_id, panel_date, recommendation, police_reason,"
                        " recorded_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
                        {outcome_id, to_iso(panel.panel_date), panel.recommendation, reason, now})
             ->integer(0);
  }
  std::int64_t position = 0;
  for (const auto& attendee : panel.attendees) {
    connection.execute("INSERT INTO decision_panel_attendees (panel_id, position, agency, name) VALUES (?, ?, ?, ?)",
                       {id, ++position, attendee.agency, attendee.name});
  }
}

}  // namespace pathway::justice
