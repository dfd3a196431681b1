#include "justice/deadline_sources.h"

#include <map>

#include "deadlines/event_kinds.h"
#include "justice/order_release.h"
#include "justice/row_dates.h"

namespace pathway::justice {

namespace {

namespace kinds = deadlines::kinds;
using deadlines::Event;

// " AND <column> = ?" with its parameter when one child is asked for, nothing otherwise.
std::string child_filter(std::string_view column, std::optional<std::int64_t> child_id,
                         std::vector<store::Value>& params) {
  if (!child_id) return "";
  params.push_back(*child_id);
  return " AND " + std::string(column) + " = ?";
}

std::string outcome_subject(std::int64_t id) { return "outcome:" + std::to_string(id); }

std::vector<Event> referral_orders(store::Connection& connection, std::optional<std::int64_t> child_id) {
  std::vector<store::Value> params;
  std::string sql = "SELECT id, child_id, outcome_date, start_date FROM outcomes WHERE outcome_type = 'referral_order'" +
                    child_filter("child_id", child_id, params);
  std::vector<Event> events;
  for (const auto& row : connection.query(sql, std::span<const store::Value>(params))) {
    std::string subject = outcome_subject(row.integer(0));
    events.push_back({std::string(kinds::referral_order_made), row.integer(1), subject, "", date_in(row, 2), {}});
    if (auto signed_on = optional_date_in(row, 3)) {
      events.push_back({std::string(kinds::referral_order_contract_signed), row.integer(1), subject, subject, *signed_on, {}});
    }
  }
  return events;
}

std::vector<Event> court_reports(store::Connection& connection, std::optional<std::int64_t> child_id) {
  std::vector<store::Value> params;
  std::string sql =
      "SELECT r.id, r.child_id, h.hearing_date, r.submitted_on FROM court_reports r "
      "JOIN court_hearings h ON h.id = r.hearing_id WHERE 1 = 1" + child_filter("r.child_id", child_id, params);
  std::vector<Event> events;
  for (const auto& row : connection.query(sql, std::span<const store::Value>(params))) {
    std::string subject = "court_report:" + std::to_string(row.integer(0));
    events.push_back({std::string(kinds::court_report_requested), row.integer(1), subject, "", date_in(row, 2), {}});
    if (auto submitted = optional_date_in(row, 3)) {
      events.push_back({std::string(kinds::court_report_submitted), row.integer(1), subject, subject, *submitted, {}});
    }
  }
  return events;
}

// A youth conditional caution, and every youth caution after the child's first.
std::vector<Event> cautions(store::Connection& connection, std::optional<std::int64_t> child_id) {
  std::vector<store::Value> params;
  std::string sql = "SELECT id, child_id, outcome_date, outcome_type FROM outcomes"
                    " WHERE outcome_type IN ('youth_caution', 'youth_conditional_caution')" +
                    child_filter("child_id", child_id, params) + " ORDER BY child_id, outcome_date, id";
  std::vector<Event> events;
  std::map<std::int64_t, int> cautions_so_far;
  for (const auto& row : connection.query(sql, std::span<const store::Value>(params))) {
    bool conditional = row.text(3) == "youth_conditional_caution";
    if (!conditional && ++cautions_so_far[row.integer(1)] < 2) continue;
    events.push_back({std::string(kinds::caution_needing_assessment), row.integer(1), outcome_subject(row.integer(0)), "",
                      date_in(row, 2), {}});
  }
  return events;
}

// Each detention and training order with a term: its release date after remand credit,
// worked out as the order's own page does (order_release.h).
std::vector<Event> dto_releases(store::Connection& connection, std::optional<std::int64_t> child_id) {
  std::vector<store::Value> params;
  std::string filter = child_filter("child_id", child_id, params);
  std::map<std::int64_t, std::vector<RemandEvent>> remands;
  for (const auto& row : connection.query(
           "SELECT child_id, exchange_id, start_date, end_date, remand_type FROM remands WHERE 1 = 1" + filter +
               " ORDER BY child_id, start_date, id",
           std::span<const store::Value>(params))) {
    remands[row.integer(0)].push_back({row.text(1), date_in(row, 2), optional_date_in(row, 3), row.text(4)});
  }
  std::vector<Event> events;
  for (const auto& row : connection.query(
           "SELECT o.id, o.child_id, o.outcome_date, o.length_months, (SELECT MIN(f.offence_date) FROM outcome_offences oo"
           " JOIN offences f ON f.id = oo.offence_id WHERE oo.outcome_id = o.id) FROM outcomes o"
           " WHERE o.outcome_type = 'detention_and_training_order' AND o.length_months IS NOT NULL" +
               child_filter("o.child_id", child_id, params = {}),
           std::span<const store::Value>(params))) {
    Date made = date_in(row, 2);
    Date first_offence = std::min(made, optional_date_in(row, 4).value_or(made));
    auto release = release_of_order(made, static_cast<int>(row.integer(3)), remands[row.integer(1)], first_offence);
    if (!release || !*release) continue;  // a term the law did not allow: its page says so
    events.push_back({std::string(kinds::dto_release_date_known), row.integer(1), outcome_subject(row.integer(0)), "",
                      (*release)->release_date, {}});
  }
  return events;
}

}  // namespace

void add_deadline_sources(std::vector<deadlines::EventSource>& sources) {
  sources.push_back({"referral orders", {kinds::referral_order_made, kinds::referral_order_contract_signed}, referral_orders});
  sources.push_back({"court reports", {kinds::court_report_requested, kinds::court_report_submitted}, court_reports});
  sources.push_back({"cautions", {kinds::caution_needing_assessment}, cautions});
  sources.push_back({"detention and training orders", {kinds::dto_release_date_known}, dto_releases});
}

}  // namespace pathway::justice
