#include "justice/court_record.h"

#include "core/clock.h"
#include "justice/row_dates.h"

namespace pathway::justice {

namespace {

store::Value optional_date(const std::optional<Date>& date) {
  return date ? store::Value{to_iso(*date)} : store::Value{nullptr};
}

store::Value optional_text(const std::string& text) { return text.empty() ? store::Value{nullptr} : store::Value{text}; }

std::string now_iso() { return to_iso_instant(now_unix_seconds()); }

// A hearing's result as a correction of it keeps it.
StoredFields result_fields(const HearingResult& result) {
  return {{"result", result.result},
          {"adjourned_to", stored_value(result.adjourned_to)},
          {"result_notes", stored_value(result.notes)}};
}

}  // namespace

std::vector<Hearing> hearings_of_child(store::Connection& connection, std::int64_t child_id) {
  std::vector<Hearing> hearings;
  for (const auto& row : connection.query("SELECT id, court, hearing_date, purpose, result, adjourned_to,"
                                          " COALESCE(result_notes, '') FROM court_hearings WHERE child_id = ?"
                                          " ORDER BY hearing_date, id",
                                          {child_id})) {
    Hearing hearing{row.integer(0), {row.text(1), date_in(row, 2), row.text(3)}, std::nullopt};
    if (auto result = row.optional_text(4)) hearing.result = HearingResult{*result, optional_date_in(row, 5), row.text(6)};
    hearings.push_back(std::move(hearing));
  }
  return hearings;
}

std::int64_t create_hearing(store::Connection& connection, std::int64_t child_id, const HearingDetails& details) {
  return connection
      .query_one("INSERT INTO court_hearings (child_id, court, hearing_date, purpose, created_at)"
                 " VALUES (?, ?, ?, ?, ?) RETURNING id",
                 {child_id, details.court, to_iso(details.hearing_date), details.purpose, now_iso()})
      ->integer(0);
}

std::vector<std::string> record_hearing_result(store::Connection& connection, std::int64_t child_id,
                                               const Hearing& hearing, const HearingResult& result,
                                               const CorrectionBy& by) {
  auto before = hearing.result ? result_fields(*hearing.result) : StoredFields{{"result", std::nullopt},
                                                                                {"adjourned_to", std::nullopt},
                                                                                {"result_notes", std::nullopt}};
  auto after = result_fields(result);
  auto changes = changed_fields(before, after);
  if (replaces_a_value(changes)) keep_correction(connection, child_id, {CorrectedKind::hearing, hearing.id}, before, after, by);
  std::vector<std::string> changed;
  for (const auto& change : changes) changed.push_back(change.field);
  if (changed.empty()) return changed;
  connection.execute("UPDATE court_hearings SET result = ?, adjourned_to = ?, result_notes = ? WHERE id = ?",
                     {result.result, optional_date(result.adjourned_to), optional_text(result.notes), hearing.id});
  return changed;
}

std::vector<CourtReport> reports_of_child(store::Connection& connection, std::int64_t child_id) {
  std::vector<CourtReport> reports;
  for (const auto& row : connection.query(
           "SELECT id, hearing_id, report_type, asked_on, due_on, status, submitted_on, assessment_on,"
           " quality_assured_on, reused_report_id FROM court_reports WHERE child_id = ? ORDER BY due_on, id",
           {child_id})) {
    reports.push_back({row.integer(0),
                       {row.integer(1), row.text(2), date_in(row, 3), date_in(row, 4)},
                       row.text(5),
                       optional_date_in(row, 6),
                       optional_date_in(row, 7),
                       optional_date_in(row, 8),
                       row.optional_integer(9)});
  }
  return reports;
}

std::int64_t ask_for_report(store::Connection& connection, std::int64_t child_id, const ReportRequest& request) {
  return connection
      .query_one("INSERT INTO court_reports (child_id, hearing_id, report_type, asked_on, due_on, status, created_at)"
                 " VALUES (?, ?, ?, ?, ?, 'asked', ?) RETURNING id",
                 {child_id, request.hearing_id, request.report_type, to_iso(request.asked_on),
                  to_iso(request.due_on), now_iso()})
      ->integer(0);
}

std::int64_t reuse_report(store::Connection& connection, std::int64_t child_id, const ReportRequest& request,
                          const CourtReport& reused) {
  return connection
      .query_one("INSERT INTO court_reports (child_id, hearing_id, report_type, asked_on, due_on, status,"
                 " submitted_on, assessment_on, quality_assured_on, reused_report_id, created_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 {child_id, request.hearing_id, request.report_type, to_iso(request.asked_on), to_iso(request.due_on),
                  reused.status, optional_date(reused.submitted_on), optional_date(reused.assessment_on),
                  optional_date(reused.quality_assured_on), reused.id, now_iso()})
      ->integer(0);
}

void record_report_progress(store::Connection& connection, const CourtReport& report) {
  connection.execute(
      "UPDATE court_reports SET status = ?, submitted_on = ?, assessment_on = ?, quality_assured_on = ? WHERE id = ?",
      {report.status, optional_date(report.submitted_on), optional_date(report.assessment_on),
       optional_date(report.quality_assured_on), report.id});
}

std::vector<std::string> court_names_in_use(store::Connection& connection) {
  std::vector<std::string> names;
  for (const auto& row : connection.query("SELECT court FROM court_hearings UNION SELECT court FROM outcome_courts"
                                          " ORDER BY 1")) {
    names.push_back(row.text(0));
  }
  return names;
}

}  // namespace pathway::justice
