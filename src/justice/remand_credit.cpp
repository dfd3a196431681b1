#include "justice/remand_credit.h"

#include <chrono>
#include <set>

#include "justice/periods.h"
#include "justice/rule_versions.h"

namespace pathway::justice {

namespace {

using DaySet = std::set<std::chrono::sys_days>;

bool is_bail(std::string_view type) {
  return type == "conditional_bail" || type == "bail_supervision_and_support" || type == "bail_iss";
}

std::optional<std::string> period_problem(const RemandPeriod& period) {
  const RemandFacts& remand = period.remand;
  if (!is_one_of(remand_types(), remand.remand_type)) return "its type is not one of the remand types";
  if (end_before_start(remand.start_date, remand.end_date, "end_date", "start date")) return "its end is before its start";
  if (!period.curfew) return std::nullopt;
  if (!is_bail(remand.remand_type)) return "a curfew is a condition of conditional bail, and this remand is not";
  if (period.curfew->hours_a_day < 1 || period.curfew->hours_a_day > 24) return "its curfew hours are not 1 to 24";
  return std::nullopt;
}

// The days of `period` before the order's date, each once.
void add_days_before(DaySet& days, const RemandFacts& remand, Date order_date) {
  Date last = remand.end_date ? *remand.end_date : add_days(order_date, -1);
  if (!(last < order_date)) last = add_days(order_date, -1);
  for (auto day = std::chrono::sys_days{remand.start_date}; day <= std::chrono::sys_days{last};
       day += std::chrono::days{1}) {
    days.insert(day);
  }
}

int count_not_in(const DaySet& days, const DaySet& taken) {
  int count = 0;
  for (auto day : days) count += taken.contains(day) ? 0 : 1;
  return count;
}

}  // namespace

const std::vector<RemandCreditRule>& remand_credit_rules() {
  static const std::vector<RemandCreditRule> versions = {
      {since_records_began, false, 9,
       "Sentencing Act 2020 s. 239: the court takes remand into account when it sets the term"},
      {pcsc_act_2022, true, 9,
       "Criminal Justice Act 2003 ss. 240ZA and 240A, as amended by the Police, Crime, Sentencing and Courts Act "
       "2022 Sch. 16"},
  };
  return versions;
}

Result<RemandCredit> remand_credit(Date order_date, const std::vector<RemandPeriod>& remands) {
  const RemandCreditRule& rule = rule_in_force(remand_credit_rules(), order_date);
  DaySet custody, bail, local_authority;
  for (std::size_t i = 0; i < remands.size(); ++i) {
    const RemandPeriod& period = remands[i];
    if (auto problem = period_problem(period)) {
      return Error{ErrorKind::invalid, "Remand " + std::to_string(i + 1) + " (from " +
                                           to_display(period.remand.start_date) + "): " + *problem + "."};
    }
    const std::string& type = period.remand.remand_type;
    if (type == "remand_youth_detention") {
      add_days_before(custody, period.remand, order_date);
    } else if (type == "remand_local_authority") {
      add_days_before(local_authority, period.remand, order_date);
    } else if (period.curfew && period.curfew->electronically_monitored &&
               period.curfew->hours_a_day >= rule.qualifying_curfew_hours) {
      add_days_before(bail, period.remand, order_date);
    }
  }
  RemandCredit credit;
  credit.rule = &rule;
  credit.custody_days = static_cast<int>(custody.size());
  credit.qualifying_bail_days = count_not_in(bail, custody);
  DaySet counted = custody;
  counted.insert(bail.begin(), bail.end());
  credit.local_authority_days = count_not_in(local_authority, counted);
  if (rule.deducted) {
    // s. 240A steps 4 and 5: half the qualifying days, rounded up to a whole day.
    credit.days_credited = credit.custody_days + (credit.qualifying_bail_days + 1) / 2;
  }
  return credit;
}

}  // namespace pathway::justice
