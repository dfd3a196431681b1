#include "justice/order_progress.h"

#include "core/clock.h"
#include "justice/row_dates.h"

namespace pathway::justice {

namespace {

std::string created_now() { return to_iso_instant(now_unix_seconds()); }

std::string shown(const std::optional<Date>& date) { return date ? to_iso(*date) : "none"; }
std::string shown(const std::string& code) { return code.empty() ? "none" : code; }

template <class Value>
void note_change(std::vector<std::string>& changed, std::string_view column, const Value& before, const Value& after) {
  if (before != after) changed.push_back(std::string(column) + ": " + shown(before) + " -> " + shown(after));
}

StoredFields breach_fields(const BreachProceedings& breach) {
  return {{"begun_on", stored_value(breach.begun_on)}, {"court_date", stored_value(breach.court_date)}, {"result", stored_value(breach.result)}};
}

}  // namespace

OrderProgress order_progress(store::Connection& connection, std::int64_t outcome_id) {
  OrderProgress progress;
  for (const auto& row : connection.query(
           "SELECT given_on, reason, given_by FROM order_warnings WHERE outcome_id = ? ORDER BY given_on, id",
           {outcome_id})) {
    progress.warnings.push_back({date_in(row, 0), row.text(1), row.text(2)});
  }
  for (const auto& row : connection.query("SELECT begun_on, court_date, COALESCE(result, ''), id FROM breach_proceedings"
                                          " WHERE outcome_id = ? ORDER BY begun_on, id",
                                          {outcome_id})) {
    progress.breaches.push_back({date_in(row, 0), optional_date_in(row, 1), row.text(2), row.integer(3)});
  }
  for (const auto& row : connection.query("SELECT made_on, months, reason FROM referral_order_extensions"
                                          " WHERE outcome_id = ? ORDER BY made_on, id",
                                          {outcome_id})) {
    progress.extensions.push_back({{date_in(row, 0), static_cast<int>(row.integer(1))}, row.text(2)});
  }
  if (auto row = connection.query_one(
          "SELECT revoked_on, reason FROM referral_order_revocations WHERE outcome_id = ?", {outcome_id})) {
    progress.revocation = Revocation{date_in(*row, 0), row->text(1)};
  }
  return progress;
}

std::vector<ReferralOrderExtension> extensions_of_order(store::Connection& connection, std::int64_t outcome_id) {
  std::vector<ReferralOrderExtension> extensions;
  for (const auto& row : connection.query(
           "SELECT made_on, months FROM referral_order_extensions WHERE outcome_id = ? ORDER BY made_on, id",
           {outcome_id})) {
    extensions.push_back({date_in(row, 0), static_cast<int>(row.integer(1))});
  }
  return extensions;
}

std::int64_t add_warning(store::Connection& connection, std::int64_t outcome_id, const OrderWarning& warning) {
  return connection
      .query_one("INSERT INTO order_warnings (outcome_id, given_on, reason, given_by, created_at)"
                 " VALUES (?, ?, ?, ?, ?) RETURNING id",
                 {outcome_id, to_iso(warning.given_on), warning.reason, warning.given_by, created_now()})
      ->integer(0);
}

std::int64_t add_breach_proceedings(store::Connection& connection, std::int64_t outcome_id,
                                    const BreachProceedings& proceedings) {
  return connection
      .query_one("INSERT INTO breach_proceedings (outcome_id, begun_on, court_date, result, created_at)"
                 " VALUES (?, ?, ?, ?, ?) RETURNING id",
                 {outcome_id, to_iso(proceedings.begun_on), optional_date_value(proceedings.court_date),
                  optional_code_value(proceedings.result), created_now()})
      ->integer(0);
}

std::int64_t add_extension(store::Connection& connection, std::int64_t outcome_id, const RecordedExtension& extension) {
  return connection
      .query_one("INSERT INTO referral_order_extensions (outcome_id, made_on, months, reason, created_at)"
                 " VALUES (?, ?, ?, ?, ?) RETURNING id",
                 {outcome_id, to_iso(extension.extension.made_on), std::int64_t{extension.extension.months},
                  extension.reason, created_now()})
      ->integer(0);
}

void revoke_referral_order(store::Connection& connection, std::int64_t outcome_id, const Revocation& revocation) {
  connection.execute(
      "INSERT INTO referral_order_revocations (outcome_id, revoked_on, reason, created_at) VALUES (?, ?, ?, ?)",
      {outcome_id, to_iso(revocation.revoked_on), revocation.reason, created_now()});
  connection.execute("UPDATE outcomes SET end_date = ?, completion = 'revoked' WHERE id = ?",
                     {to_iso(revocation.revoked_on), outcome_id});
}

OrderEnd order_end_of(const Outcome& outcome) {
  const auto& details = outcome.details;
  return {details.end_date, details.completion, details.end_ete, details.end_accommodation};
}

StoredFields end_fields(const OrderEnd& end) {
  return {{"end_date", stored_value(end.end_date)},
          {"completion", stored_value(end.completion)},
          {"end_ete", stored_value(end.end_ete)},
          {"end_accommodation", stored_value(end.end_accommodation)}};
}

bool order_end_recorded(const OrderEnd& end) {
  return end.end_date || !(end.completion.empty() || end.completion == "ongoing") || !end.end_ete.empty() ||
         !end.end_accommodation.empty();
}

std::vector<std::string> record_order_end(store::Connection& connection, std::int64_t child_id, const Outcome& outcome,
                                          const OrderEnd& end, const CorrectionBy& by) {
  OrderEnd before = order_end_of(outcome);
  std::vector<std::string> changed;
  note_change(changed, "end_date", before.end_date, end.end_date);
  note_change(changed, "completion", before.completion, end.completion);
  note_change(changed, "end_ete", before.end_ete, end.end_ete);
  note_change(changed, "end_accommodation", before.end_accommodation, end.end_accommodation);
  if (changed.empty()) return changed;
  if (order_end_recorded(before)) {
    keep_correction(connection, child_id, {CorrectedKind::outcome, outcome.id}, end_fields(before), end_fields(end), by);
  }
  connection.execute(
      "UPDATE outcomes SET end_date = ?, completion = ?, end_ete = ?, end_accommodation = ? WHERE id = ?",
      {optional_date_value(end.end_date), optional_code_value(end.completion), optional_code_value(end.end_ete),
       optional_code_value(end.end_accommodation), outcome.id});
  return changed;
}

std::vector<std::string> correct_breach_proceedings(store::Connection& connection, std::int64_t child_id,
                                                    const BreachProceedings& before, const BreachProceedings& after,
                                                    const CorrectionBy& by) {
  auto changes = keep_correction(connection, child_id, {CorrectedKind::breach_proceedings, before.id},
                                 breach_fields(before), breach_fields(after), by);
  std::vector<std::string> changed;
  for (const auto& change : changes) changed.push_back(change.field);
  if (changed.empty()) return changed;
  connection.execute("UPDATE breach_proceedings SET begun_on = ?, court_date = ?, result = ? WHERE id = ?",
                     {to_iso(after.begun_on), optional_date_value(after.court_date), optional_code_value(after.result),
                      before.id});
  return changed;
}

}  // namespace pathway::justice
