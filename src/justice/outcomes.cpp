#include "justice/outcomes.h"

#include <algorithm>

#include "core/clock.h"
#include "core/random.h"
#include "justice/row_dates.h"

namespace pathway::justice {

namespace {

std::optional<Date> date_or_none(const std::optional<std::string>& text) {
  return text ? parse_iso_date(*text) : std::nullopt;
}

}  // namespace

std::vector<Outcome> outcomes_of_child(store::Connection& connection, std::int64_t child_id) {
  std::vector<Outcome> outcomes;
  for (const auto& row : connection.query(
           "SELECT id, exchange_id, outcome_date, outcome_type, start_date, end_date, length_months,"
           " COALESCE(completion, ''), COALESCE(end_ete, ''), COALESCE(end_accommodation, ''),"
           " COALESCE(oc.court, ''), oc.hearing_date"
           " FROM outcomes LEFT JOIN outcome_courts oc ON oc.outcome_id = outcomes.id"
           " WHERE child_id = ? ORDER BY outcome_date DESC, id DESC",
           {child_id})) {
    Outcome outcome;
    outcome.id = row.integer(0);
    outcome.exchange_id = row.text(1);
    auto& details = outcome.details;
    details.outcome_date = parse_iso_date(row.text(2)).value_or(Date{});
    details.outcome_type = row.text(3);
    details.start_date = date_or_none(row.optional_text(4));
    details.end_date = date_or_none(row.optional_text(5));
    if (auto months = row.optional_integer(6)) details.length_months = static_cast<int>(*months);
    details.completion = row.text(7);
    details.end_ete = row.text(8);
    details.end_accommodation = row.text(9);
    details.court = row.text(10);
    details.hearing_date = date_or_none(row.optional_text(11));
    outcomes.push_back(std::move(outcome));
  }
  for (const auto& row : connection.query("SELECT oo.outcome_id, oo.offence_id FROM outcome_offences oo"
                                          " JOIN outcomes o ON o.id = oo.outcome_id WHERE o.child_id = ?"
                                          " ORDER BY oo.offence_id",
                                          {child_id})) {
    auto outcome = std::find_if(outcomes.begin(), outcomes.end(),
                                [&](const Outcome& candidate) { return candidate.id == row.integer(0); });
    if (outcome != outcomes.end()) outcome->details.offence_ids.push_back(row.integer(1));
  }
  return outcomes;
}

std::optional<Outcome> find_outcome(store::Connection& connection, std::int64_t child_id, std::int64_t outcome_id) {
  // A child has a handful of outcomes: reading them all keeps one way of reading one.
  for (auto& outcome : outcomes_of_child(connection, child_id)) {
    if (outcome.id == outcome_id) return std::move(outcome);
  }
  return std::nullopt;
}

std::int64_t create_outcome(store::Connection& connection, std::int64_t child_id, const OutcomeDetails& details) {
  auto row = connection.query_one(
      "INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date, end_date, length_months,"
      " completion, end_ete, end_accommodation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {random_public_id(), child_id, to_iso(details.outcome_date), details.outcome_type, optional_date_value(details.start_date),
       optional_date_value(details.end_date),
       details.length_months ? store::Value{std::int64_t{*details.length_months}} : store::Value{nullptr},
       optional_code_value(details.completion), optional_code_value(details.end_ete), optional_code_value(details.end_accommodation),
       to_iso_instant(now_unix_seconds())});
  std::int64_t id = row->integer(0);
  if (!details.court.empty() && details.hearing_date) {
    connection.execute("INSERT INTO outcome_courts (outcome_id, court, hearing_date) VALUES (?, ?, ?)",
                       {id, details.court, to_iso(*details.hearing_date)});
  }
  for (std::int64_t offence_id : details.offence_ids) {
    connection.execute("INSERT INTO outcome_offences (outcome_id, offence_id) VALUES (?, ?)", {id, offence_id});
  }
  return id;
}

}  // namespace pathway::justice
