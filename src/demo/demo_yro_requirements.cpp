// The requirements of the demo county's youth rehabilitation orders and the progress on
// each: realistic requirements that the law allowed on each order's conviction date
// (each one is added only if the sentencing library accepts it, as the form would), and
// progress consistent with the order's dates: an order completed has every hour and day
// done, one breached or revoked stopped part way, one still running is part done by
// today. Recorded by the child's first case worker.
#include <algorithm>

#include "demo/demo_parts.h"
#include "justice/periods.h"
#include "justice/requirements.h"
#include "justice/row_dates.h"
#include "justice/yro_record.h"

namespace pathway::demo {

namespace {

using justice::AmountUnit;
using justice::Requirement;
using K = justice::RequirementKind;

struct DemoOrder {
  std::int64_t outcome_id = 0;
  justice::OutcomeDetails outcome;
  Date date_of_birth;
  std::string district_code;
  std::int64_t recorder = 0;
};

std::vector<DemoOrder> demo_orders(store::Connection& connection) {
  std::vector<DemoOrder> orders;
  auto fallback = connection.query_one("SELECT MIN(id) FROM staff WHERE roles LIKE '%case_manager%'");
  std::int64_t anyone = fallback && fallback->optional_integer(0) ? *fallback->optional_integer(0) : 0;
  for (const auto& row : connection.query(
           "SELECT o.id, o.outcome_date, o.outcome_type, o.start_date, o.end_date, o.length_months,"
           " COALESCE(o.completion, ''), c.date_of_birth, c.district_code,"
           " (SELECT MIN(w.staff_id) FROM case_workers w WHERE w.child_id = c.id)"
           " FROM outcomes o JOIN children c ON c.id = o.child_id"
           " WHERE o.outcome_type IN ('youth_rehabilitation_order', 'youth_rehabilitation_order_iss') ORDER BY o.id")) {
    DemoOrder order;
    order.outcome_id = row.integer(0);
    order.outcome.outcome_date = justice::date_in(row, 1);
    order.outcome.outcome_type = row.text(2);
    order.outcome.start_date = justice::optional_date_in(row, 3);
    order.outcome.end_date = justice::optional_date_in(row, 4);
    if (auto months = row.optional_integer(5)) order.outcome.length_months = static_cast<int>(*months);
    order.outcome.completion = row.text(6);
    order.date_of_birth = justice::date_in(row, 7);
    order.district_code = row.text(8);
    order.recorder = row.optional_integer(9).value_or(anyone);
    orders.push_back(std::move(order));
  }
  return orders;
}

Requirement from_start(K kind, Date starts_on, std::optional<int> amount = std::nullopt,
                       AmountUnit unit = AmountUnit::none) {
  return {kind, amount, unit, starts_on, std::nullopt, {}};
}

// A curfew of `months` months (within the order) on weeknights and weekends: hours a day
// the law allowed on the conviction date.
Requirement curfew(DemoRandom& random, const justice::ProposedYro& order, int months) {
  Requirement night = from_start(K::curfew, order.takes_effect);
  night.ends_on = std::min(justice::last_day_of_months(order.takes_effect, months), order.end_date);
  int weeknight = 7 + static_cast<int>(random.below(4));    // 7 to 10 hours, e.g. 7pm to 5am
  int weekend = weeknight + static_cast<int>(random.below(3));  // up to 12
  night.curfew_hours = {weeknight, weeknight, weeknight, weeknight, weekend, weekend, weeknight};
  return night;
}

// What the court might have ordered, most likely first; the library refuses what the law
// did not allow for the child's age or the conviction date.
std::vector<Requirement> proposed(DemoRandom& random, const justice::ProposedYro& order) {
  Date start = order.takes_effect;
  std::vector<Requirement> list{from_start(K::supervision, start)};
  if (order.kind == justice::YroKind::intensive_supervision_and_surveillance) {
    list.push_back(from_start(K::activity, start, 91 + static_cast<int>(random.below(90)), AmountUnit::days));
    list.push_back(curfew(random, order, 3 + static_cast<int>(random.below(4))));
    list.push_back(from_start(K::electronic_monitoring, start));
    return list;
  }
  int age = age_on(order.date_of_birth, order.conviction_date);
  if (age >= 16 && random.chance(450)) {
    list.push_back(from_start(K::unpaid_work, start, 40 + 10 * static_cast<int>(random.below(12)), AmountUnit::hours));
  }
  if (random.chance(500)) {
    list.push_back(from_start(K::activity, start, 10 + 5 * static_cast<int>(random.below(11)), AmountUnit::days));
  }
  if (random.chance(300)) {
    list.push_back(curfew(random, order, 2 + static_cast<int>(random.below(3))));
    if (random.chance(600)) list.push_back(from_start(K::electronic_monitoring, start));
  }
  if (age < 16 && random.chance(250)) {
    list.push_back(from_start(K::attendance_centre, start, age < 14 ? 12 : 18, AmountUnit::hours));
  }
  if (random.chance(200)) list.push_back(from_start(K::education, start));
  if (random.chance(150)) list.push_back(from_start(K::programme, start));
  return list;
}

// How much of `ordered` was done by `as_of`, as the order's completion says.
int share_done(DemoRandom& random, const DemoOrder& order, const justice::OrderedAmount& ordered, Date start,
               Date as_of, Date end) {
  if (order.outcome.completion == "completed") return ordered.amount;
  if (order.outcome.completion == "breached" || order.outcome.completion == "revoked") {
    return ordered.amount * (30 + static_cast<int>(random.below(50))) / 100;
  }
  int total = std::max(justice::days_counting_both_ends(start, end), 1);
  int passed = std::min(justice::days_counting_both_ends(start, as_of), total);
  return ordered.amount * passed / total * (70 + static_cast<int>(random.below(25))) / 100;
}

// Sessions of progress from the start, each accepted by the library, until `target` is
// done or `as_of` is reached.
void record_demo_progress(store::Connection& connection, DemoRandom& random, const DemoOrder& order,
                          std::int64_t requirement_id, const Requirement& requirement, Date as_of, Date end) {
  auto ordered = justice::ordered_amount(requirement);
  std::vector<justice::ProgressEntry> done;
  if (!ordered) {
    // Appointments kept, in words: one a month for the first three months.
    for (int month = 1; month <= 3; ++month) {
      Date on = justice::add_days(requirement.starts_on, 28 * month - 1);
      if (as_of < on) break;
      justice::record_progress(connection, requirement_id, {on, std::nullopt},
                               month == 1 ? "First appointment kept" : "Appointments kept this month", order.recorder);
    }
    return;
  }
  int target = share_done(random, order, *ordered, requirement.starts_on, as_of, end);
  bool hours = ordered->unit == AmountUnit::hours;
  bool period = requirement.ends_on.has_value() && !requirement.amount;
  int step_days = hours ? 7 : 14;
  // Enough each week or fortnight to finish by `as_of` what the completion says was done:
  // 6 hours or 4 days at least, never more days than the fortnight has.
  int steps = std::max(justice::days_counting_both_ends(requirement.starts_on, as_of) / step_days, 1);
  int per_step = period ? step_days : std::max(hours ? 6 : 4, (target + steps - 1) / steps);
  if (!hours) per_step = std::min(per_step, step_days);
  int total = 0;
  for (Date on = justice::add_days(requirement.starts_on, step_days - 1); total < target;
       on = justice::add_days(on, step_days)) {
    Date day = std::min(on, as_of);
    int amount = std::min(per_step, target - total);
    justice::ProgressEntry entry{day, amount};
    if (!justice::progress_breaches(requirement, done, entry, as_of, order.outcome.end_date).empty()) break;
    std::string note = hours ? "Session at the community garden" : period ? "Monitoring: no violations" : "Attended";
    justice::record_progress(connection, requirement_id, entry, note, order.recorder);
    done.push_back(entry);
    total += amount;
    if (!(on < as_of)) break;
  }
}

}  // namespace

int add_demo_yro_requirements(store::Connection& connection, std::uint64_t seed, Date today) {
  DemoRandom random(seed ^ 0x59524f5245515549ULL);  // "YROREQUI": its own stream
  int added = 0;
  for (const auto& order : demo_orders(connection)) {
    auto yro = justice::recorded_yro(order.outcome, order.date_of_birth, order.district_code, {});
    if (!yro || order.recorder == 0) continue;
    Date as_of = std::min(order.outcome.end_date.value_or(today), today);
    for (auto& requirement : proposed(random, *yro)) {
      if (!justice::requirement_addition_breaches(*yro, requirement).empty()) continue;
      std::int64_t id = justice::add_requirement(connection, order.outcome_id, requirement);
      yro->requirements.push_back(requirement);
      ++added;
      if (!(as_of < requirement.starts_on)) {
        record_demo_progress(connection, random, order, id, requirement, as_of, yro->end_date);
      }
    }
  }
  return added;
}

}  // namespace pathway::demo
