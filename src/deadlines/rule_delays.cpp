#include "deadlines/rule_delays.h"

#include "justice/row_dates.h"

namespace pathway::deadlines {

std::vector<DeadlineRule> rules_in_use(store::Connection& connection) {
  std::vector<DeadlineRule> rules = default_rules();
  for (const auto& row : connection.query(
           "SELECT rule_code, applies_from, amount, unit, before_trigger FROM deadline_rule_delays", {})) {
    Date applies_from = justice::date_in(row, 1);
    auto unit = parse_unit(row.text(3));
    for (auto& rule : rules) {
      if (rule.code != row.text(0) || rule.applies_from != applies_from || !unit) continue;
      rule.delay = {static_cast<int>(row.integer(2)), *unit, row.integer(4) != 0};
    }
  }
  return rules;
}

void set_rule_delay(store::Connection& connection, const DeadlineRule& version, const Delay& delay,
                    const std::string& changed_by, const std::string& changed_at) {
  std::string applies_from = to_iso(version.applies_from);
  connection.execute("DELETE FROM deadline_rule_delays WHERE rule_code = ? AND applies_from = ?",
                     {version.code, applies_from});
  connection.execute(
      "INSERT INTO deadline_rule_delays (rule_code, applies_from, amount, unit, before_trigger, changed_by, changed_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?)",
      {version.code, applies_from, std::int64_t{delay.amount}, std::string(unit_code(delay.unit)),
       std::int64_t{delay.before ? 1 : 0}, changed_by, changed_at});
}

}  // namespace pathway::deadlines
