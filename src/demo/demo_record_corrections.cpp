// Corrections in the demo county's justice records, as case managers make them when the
// papers arrive: an offence's date taken from the arrest rather than the offence, an
// order's end recorded as the day the paperwork came in, unpaid work hours mistyped. The
// records hold what the demo drew; each correction is kept (justice/corrections.h) as if
// the version first recorded had been corrected to it, so the county's shape is the same
// with or without them. Made by the child's first case worker; most say why.
#include <array>

#include "demo/demo_parts.h"
#include "justice/corrections.h"
#include "justice/offences.h"
#include "justice/order_progress.h"
#include "justice/periods.h"
#include "justice/requirements.h"
#include "justice/row_dates.h"

namespace pathway::demo {

namespace {

// One record in twenty-odd of each kind, picked by id so the demo stays the same for a seed.
constexpr std::int64_t one_offence_in = 23, one_order_in = 7, one_requirement_in = 5;

constexpr std::array<std::string_view, 2> offence_reasons = {
    "The date of the arrest was entered: the police charge sheet gives the offence date",
    "",
};
constexpr std::string_view end_reason = "The end date was the day the court's papers arrived, not the order's end";
constexpr std::string_view hours_reason = "Hours checked against the court's order";

// The child's first case worker, who makes the correction, as two columns from `child`
// (an SQL expression for the child's id): their username and name, NULL when none is
// allocated.
std::string first_worker_columns(const std::string& child) {
  std::string worker = "(SELECT w.staff_id FROM case_workers w WHERE w.child_id = " + child + " ORDER BY w.id LIMIT 1)";
  return "(SELECT username FROM staff WHERE id = " + worker + "), (SELECT display_name FROM staff WHERE id = " + worker +
         ")";
}

// The author in columns `first` and `first + 1`, when there is one.
std::optional<children::ChangeAuthor> author_in(const store::Row& row, std::size_t first) {
  auto username = row.optional_text(first);
  if (!username) return std::nullopt;
  return children::ChangeAuthor{*username, row.text(first + 1)};
}

int correct_offence_dates(store::Connection& connection) {
  int made = 0;
  for (const auto& row : connection.query("SELECT id, child_id, offence_date, category, gravity, COALESCE(description, ''), " +
                                              first_worker_columns("offences.child_id") +
                                              " FROM offences WHERE id % ? = 0 ORDER BY id",
                                          {one_offence_in})) {
    auto author = author_in(row, 6);
    if (!author) continue;
    std::vector<std::string> codefendants;
    for (const auto& named : connection.query("SELECT c.public_id FROM offence_codefendants oc"
                                              " JOIN children c ON c.id = oc.child_id WHERE oc.offence_id = ?",
                                              {row.integer(0)})) {
      codefendants.push_back(named.text(0));
    }
    justice::OffenceDetails drawn{justice::date_in(row, 2), row.text(3), static_cast<int>(row.integer(4)), row.text(5)};
    justice::OffenceDetails first = drawn;
    first.offence_date = justice::add_days(drawn.offence_date, 1 + static_cast<int>(row.integer(0) % 3));
    std::string reason(offence_reasons[static_cast<std::size_t>(row.integer(0) / one_offence_in) % offence_reasons.size()]);
    justice::keep_correction(connection, row.integer(1), {justice::CorrectedKind::offence, row.integer(0)},
                             justice::offence_fields(first, codefendants), justice::offence_fields(drawn, codefendants),
                             {*author, reason});
    ++made;
  }
  return made;
}

int correct_order_ends(store::Connection& connection) {
  int made = 0;
  for (const auto& row : connection.query("SELECT id, child_id, end_date, completion, COALESCE(end_ete, ''),"
                                          " COALESCE(end_accommodation, ''), " +
                                              first_worker_columns("outcomes.child_id") +
                                              " FROM outcomes WHERE end_date IS NOT NULL AND completion = 'completed'"
                                              " AND id % ? = 0 ORDER BY id",
                                          {one_order_in})) {
    auto author = author_in(row, 6);
    if (!author) continue;
    justice::OrderEnd drawn{justice::optional_date_in(row, 2), row.text(3), row.text(4), row.text(5)};
    justice::OrderEnd first = drawn;
    first.end_date = justice::add_days(*drawn.end_date, 3);
    justice::keep_correction(connection, row.integer(1), {justice::CorrectedKind::outcome, row.integer(0)},
                             justice::end_fields(first), justice::end_fields(drawn),
                             {*author, std::string(end_reason)});
    ++made;
  }
  return made;
}

int correct_unpaid_work_hours(store::Connection& connection) {
  int made = 0;
  for (const auto& row : connection.query("SELECT r.id, o.child_id, r.outcome_id, " + first_worker_columns("o.child_id") +
                                              " FROM yro_requirements r JOIN outcomes o ON o.id = r.outcome_id"
                                              " WHERE r.kind = 'unpaid_work' AND r.id % ? = 0 ORDER BY r.id",
                                          {one_requirement_in})) {
    auto author = author_in(row, 3);
    if (!author) continue;
    for (const auto& recorded : justice::requirements_of_order(connection, row.integer(2))) {
      if (recorded.id != row.integer(0) || !recorded.requirement.amount) continue;
      justice::Requirement first = recorded.requirement;
      first.amount = *recorded.requirement.amount + 10;  // a slip of the keyboard
      justice::keep_correction(connection, row.integer(1), {justice::CorrectedKind::requirement, recorded.id},
                               justice::requirement_fields(first), justice::requirement_fields(recorded.requirement),
                               {*author, std::string(hours_reason)});
      ++made;
    }
  }
  return made;
}

}  // namespace

int add_demo_record_corrections(store::Connection& connection) {
  return correct_offence_dates(connection) + correct_order_ends(connection) + correct_unpaid_work_hours(connection);
}

}  // namespace pathway::demo
