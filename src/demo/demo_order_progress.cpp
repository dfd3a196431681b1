#include "demo/demo_order_progress.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "justice/order_progress.h"
#include "justice/periods.h"
#include "justice/referral_order.h"
#include "justice/row_dates.h"

namespace pathway::demo {

namespace {

using justice::add_days;

constexpr std::array<std::string_view, 3> warning_workers = {"Amara Nwosu", "Dan Kowalczyk", "Helen Marsh"};
constexpr std::array<std::string_view, 3> failures = {"Missed a supervision appointment without an acceptable reason",
                                                      "Did not attend the reparation session",
                                                      "Late home during the curfew hours twice in one week"};

struct DemoOrder {
  std::int64_t id = 0;
  std::string type;
  Date made;
  std::optional<Date> start;
  std::optional<Date> end;
  std::optional<int> length;
  std::string completion;
};

std::vector<DemoOrder> orders(store::Connection& connection) {
  std::vector<DemoOrder> found;
  for (const auto& row : connection.query(
           "SELECT id, outcome_type, outcome_date, start_date, end_date, length_months, COALESCE(completion, '')"
           " FROM outcomes WHERE outcome_type IN ('referral_order', 'youth_rehabilitation_order',"
           " 'youth_rehabilitation_order_iss', 'detention_and_training_order') ORDER BY id")) {
    auto length = row.optional_integer(5);
    found.push_back({row.integer(0), row.text(1), justice::date_in(row, 2), justice::optional_date_in(row, 3),
                     justice::optional_date_in(row, 4),
                     length ? std::optional<int>(static_cast<int>(*length)) : std::nullopt, row.text(6)});
  }
  return found;
}

justice::OrderWarning warning(const DemoOrder& order, Date on, std::size_t which) {
  return {on, std::string(failures[(order.id + which) % failures.size()]),
          std::string(warning_workers[order.id % warning_workers.size()])};
}

// Two warnings in the weeks before breach proceedings begin, and the court's decision on
// the day the history ended the order.
void breached(store::Connection& connection, const DemoOrder& order, OrderProgressCounts& counts) {
  Date first = order.start.value_or(order.made);
  Date begun = std::max(first, add_days(*order.end, -21));
  for (int weeks : {8, 4}) {
    Date on = std::max(first, add_days(begun, -7 * weeks));
    justice::add_warning(connection, order.id, warning(order, on, static_cast<std::size_t>(weeks)));
    ++counts.warnings;
  }
  justice::add_breach_proceedings(connection, order.id, {begun, order.end, "revoked_and_resentenced"});
  ++counts.breach_proceedings;
}

// A referral order the history ended early as revoked: its revocation on that day.
void revoked(store::Connection& connection, const DemoOrder& order, OrderProgressCounts& counts) {
  if (order.start && *order.end < *order.start) return;  // ended before its contract: not a revocation
  justice::revoke_referral_order(connection, order.id,
                                 {*order.end, "Revoked on the panel's referral back to court, for good progress"});
  ++counts.revocations;
}

// A referral order still running, extended once on the panel's referral back to court.
void extended(store::Connection& connection, const DemoOrder& order, Date today, OrderProgressCounts& counts) {
  int room = 12 - *order.length;
  if (room < 1 || !order.start) return;
  justice::ReferralOrderFacts facts{order.made, *order.start, *order.length, {}, std::nullopt};
  Date made_on = std::min(today, add_days(*order.start, 60));
  facts.extensions.push_back({made_on, std::min(room, 3)});
  if (!justice::referral_order_breaches(facts).empty() || today < made_on) return;
  justice::add_extension(connection, order.id,
                         {facts.extensions.back(), "Further time to complete the reparation in the contract"});
  ++counts.extensions;
}

}  // namespace

OrderProgressCounts add_demo_order_progress(store::Connection& connection, Date today) {
  OrderProgressCounts counts;
  for (const auto& order : orders(connection)) {
    if (order.completion == "breached" && order.end) {
      breached(connection, order, counts);
    } else if (order.completion == "revoked" && order.end && order.type == "referral_order") {
      revoked(connection, order, counts);
    } else if (order.completion == "ongoing" && !order.end) {
      Date first = order.start.value_or(order.made);
      if (order.id % 3 == 0 && first < today) {
        justice::add_warning(connection, order.id, warning(order, std::max(first, add_days(today, -30)), 0));
        ++counts.warnings;
      }
      if (order.type == "referral_order" && order.length && order.id % 2 == 0) extended(connection, order, today, counts);
    }
  }
  return counts;
}

}  // namespace pathway::demo
