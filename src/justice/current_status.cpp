#include "justice/current_status.h"

#include "justice/order_progress.h"
#include "justice/order_terms.h"
#include "justice/record_rules.h"
#include "justice/row_dates.h"

namespace pathway::justice {

namespace {

std::vector<CurrentOrder> orders_in_force(store::Connection& connection, std::int64_t child_id, const std::string& today) {
  std::vector<CurrentOrder> orders;
  for (const auto& row : connection.query(
           "SELECT outcome_type, outcome_date, start_date, end_date, length_months, id FROM outcomes"
           " WHERE child_id = ? AND (end_date IS NULL OR end_date >= ?)"
           " AND (completion IS NULL OR completion NOT IN ('completed', 'revoked'))"
           " ORDER BY outcome_date DESC, id DESC",
           {child_id, today})) {
    if (!is_order(row.text(0))) continue;
    CurrentOrder order{row.text(0), date_in(row, 1), optional_date_in(row, 2), optional_date_in(row, 3), std::nullopt,
                       row.integer(5)};
    auto length = row.optional_integer(4);
    if (!order.end_date && length) {
      OrderTerms terms{order.outcome_type, order.outcome_date, order.start_date, static_cast<int>(*length), {}};
      // Only a referral order is extended: read its extensions, no other order's.
      if (order.outcome_type == "referral_order") terms.extensions = extensions_of_order(connection, order.outcome_id);
      order.expected_end = expected_end(terms);
    }
    orders.push_back(std::move(order));
  }
  return orders;
}

std::optional<CurrentRemand> remand_in_force(store::Connection& connection, std::int64_t child_id,
                                             const std::string& today) {
  auto row = connection.query_one(
      "SELECT remand_type, start_date, end_date FROM remands"
      " WHERE child_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)"
      " ORDER BY start_date DESC, id DESC LIMIT 1",
      {child_id, today, today});
  if (!row) return std::nullopt;
  return CurrentRemand{row->text(0), date_in(*row, 1), optional_date_in(*row, 2)};
}

std::optional<CurrentCustody> custody_in_force(store::Connection& connection, std::int64_t child_id) {
  auto row = connection.query_one(
      "SELECT establishment, establishment_type, start_date FROM custody_episodes"
      " WHERE child_id = ? AND release_date IS NULL ORDER BY start_date DESC, id DESC LIMIT 1",
      {child_id});
  if (!row) return std::nullopt;
  return CurrentCustody{row->text(0), row->text(1), date_in(*row, 2)};
}

}  // namespace

bool CurrentStatus::looked_after_by_remand() const {
  return remand && remand_makes_looked_after(remand->remand_type);
}

CurrentStatus current_status(store::Connection& connection, std::int64_t child_id, Date today) {
  std::string day = to_iso(today);
  return {orders_in_force(connection, child_id, day), remand_in_force(connection, child_id, day),
          custody_in_force(connection, child_id)};
}

}  // namespace pathway::justice
