// The limits of each kind of requirement on its own (yro_requirements.h).
#include <numeric>

#include "justice/periods.h"
#include "justice/yro_requirements.h"

namespace pathway::justice {

namespace {

using K = RequirementKind;

std::string number(int value) { return std::to_string(value); }

std::string unit_words(AmountUnit unit) { return unit == AmountUnit::days ? "days" : "hours"; }

// Collects one requirement's breaches under "requirements[i].<field>".
class Breaches {
 public:
  Breaches(const Requirement& requirement, std::size_t index)
      : label_(std::string(requirement_kind_info(requirement.kind).label)),
        prefix_("requirements[" + std::to_string(index) + "].") {}
  void add(std::string_view field, const std::string& reason) {
    list_.push_back({prefix_ + std::string(field), label_ + ": " + reason});
  }
  std::vector<RuleBreach> take() { return std::move(list_); }

 private:
  std::string label_;
  std::string prefix_;
  std::vector<RuleBreach> list_;
};

void check_amount(Breaches& breaches, const Requirement& requirement, const RequirementKindInfo& info) {
  if (info.unit == AmountUnit::none) {
    if (requirement.amount) breaches.add("amount", "this requirement has no number of days or hours: leave it empty");
    return;
  }
  if (!requirement.amount || *requirement.amount < 1) {
    breaches.add("amount", "give the number of " + unit_words(info.unit) + " the court ordered");
  } else if (requirement.unit != info.unit) {
    breaches.add("unit", "this requirement is ordered in " + unit_words(info.unit));
  }
}

void check_dates(Breaches& breaches, const Requirement& requirement, const RequirementContext& context) {
  if (requirement.starts_on < context.takes_effect) {
    breaches.add("starts_on", "it starts before the order takes effect (" + to_display(context.takes_effect) +
                                  "): give a date on or after it");
  }
  if (!requirement.ends_on) return;
  if (*requirement.ends_on < requirement.starts_on) {
    breaches.add("ends_on",
                 "it ends before it starts (" + to_display(requirement.starts_on) + "): give a date on or after it");
  } else if (context.end_date < *requirement.ends_on) {
    breaches.add("ends_on", "it ends after the order's end date (" + to_display(context.end_date) +
                                "): every requirement is complied with by then");
  }
}

// The requirement must end by the last day of `months` months from its start.
void check_runs_at_most(Breaches& breaches, const Requirement& requirement, int months) {
  if (!requirement.ends_on) {
    breaches.add("ends_on", "give the last day it runs");
    return;
  }
  Date last = last_day_of_months(requirement.starts_on, months);
  if (last < *requirement.ends_on) {
    breaches.add("ends_on", "it runs at most " + number(months) +
                                " months from the day it starts: end it on or before " + to_display(last));
  }
}

void check_min_age(Breaches& breaches, const RequirementContext& context, int min_age, std::string_view who) {
  if (context.age_at_conviction >= min_age) return;
  breaches.add("kind", "only for a child aged " + std::string(who) + " at conviction; this child was " +
                           number(context.age_at_conviction));
}

void check_activity(Breaches& breaches, int days, const RequirementContext& context) {
  bool iss = context.order_kind == YroKind::intensive_supervision_and_surveillance;
  int max_days = iss ? context.extended_activity_max_days : context.limits->activity_max_days;
  int min_days = iss ? context.limits->activity_max_days + 1 : 1;
  if (days < min_days || days > max_days) {
    std::string what = iss ? "with intensive supervision and surveillance, an extended activity requirement is " +
                                 number(min_days) + " to " + number(max_days) + " days"
                           : "at most " + number(max_days) +
                                 " days in all (more is an extended activity "
                                 "requirement, only in an order with intensive "
                                 "supervision and surveillance)";
    breaches.add("amount", what);
  }
}

void check_hours_between(Breaches& breaches, int hours, int min_hours, int max_hours, const std::string& why) {
  if (hours < min_hours || hours > max_hours) {
    breaches.add("amount",
                 why + " " + number(min_hours) + " to " + number(max_hours) + " hours; " + number(hours) + " is not");
  }
}

void check_attendance_centre(Breaches& breaches, int hours, const RequirementContext& context) {
  const auto& bands = context.limits->attendance_centre;
  const AttendanceCentreBand* band = &bands.front();
  for (const auto& candidate : bands) {
    if (context.age_at_conviction >= candidate.from_age) band = &candidate;
  }
  check_hours_between(breaches, hours, band->min_hours, band->max_hours,
                      "for a child aged " + number(context.age_at_conviction) + " at conviction it is");
}

void check_curfew(Breaches& breaches, const Requirement& requirement, const RequirementContext& context) {
  const YroLimits& limits = *context.limits;
  if (requirement.curfew_hours.size() != 7) {
    breaches.add("curfew_hours", "give the hours of curfew for each of the 7 days from the day it starts (0 for none)");
  } else {
    bool any = false;
    for (int hours : requirement.curfew_hours) {
      any = any || hours != 0;
      if (hours != 0 && (hours < limits.curfew_min_hours_a_day || hours > limits.curfew_max_hours_a_day)) {
        breaches.add("curfew_hours", "a day of curfew is " + number(limits.curfew_min_hours_a_day) + " to " +
                                         number(limits.curfew_max_hours_a_day) + " hours for this conviction date; " +
                                         number(hours) + " is not");
        break;
      }
    }
    int week = std::accumulate(requirement.curfew_hours.begin(), requirement.curfew_hours.end(), 0);
    if (!any) breaches.add("curfew_hours", "give at least one day of curfew");
    if (limits.curfew_max_hours_in_7_days && week > *limits.curfew_max_hours_in_7_days) {
      breaches.add("curfew_hours", "at most " + number(*limits.curfew_max_hours_in_7_days) +
                                       " hours in each 7 days for this conviction date; these days add up to " +
                                       number(week));
    }
  }
  check_runs_at_most(breaches, requirement, limits.curfew_within_months);
}

void check_local_authority_residence(Breaches& breaches, const Requirement& requirement,
                                     const RequirementContext& context) {
  const YroLimits& limits = *context.limits;
  check_runs_at_most(breaches, requirement, limits.local_authority_residence_max_months);
  if (requirement.ends_on &&
      age_on(context.date_of_birth, *requirement.ends_on) >= limits.local_authority_residence_below_age) {
    breaches.add("ends_on", "it must end before the child's " + number(limits.local_authority_residence_below_age) +
                                "th birthday: give an earlier date");
  }
}

void check_kind(Breaches& breaches, const Requirement& requirement, const RequirementContext& context) {
  const YroLimits& limits = *context.limits;
  int amount = requirement.amount.value_or(0);
  bool has_amount = requirement.amount && *requirement.amount >= 1;
  switch (requirement.kind) {
    case K::activity:
      if (has_amount) check_activity(breaches, amount, context);
      break;
    case K::unpaid_work:
      check_min_age(breaches, context, limits.unpaid_work_min_age, "16 or 17");
      if (has_amount) {
        check_hours_between(breaches, amount, limits.unpaid_work_min_hours, limits.unpaid_work_max_hours, "it is");
      }
      break;
    case K::attendance_centre:
      if (has_amount) check_attendance_centre(breaches, amount, context);
      break;
    case K::curfew:
      check_curfew(breaches, requirement, context);
      break;
    case K::exclusion:
      check_runs_at_most(breaches, requirement, limits.exclusion_max_months);
      break;
    case K::residence:
      check_min_age(breaches, context, limits.residence_min_age, "16 or 17");
      break;
    case K::local_authority_residence:
      check_local_authority_residence(breaches, requirement, context);
      break;
    case K::drug_testing:
      check_min_age(breaches, context, limits.drug_testing_min_age, "14 or over");
      break;
    default:
      break;
  }
  if (requirement.kind != K::curfew && !requirement.curfew_hours.empty()) {
    breaches.add("curfew_hours", "curfew hours belong to a curfew requirement: leave them empty");
  }
}

}  // namespace

std::vector<RuleBreach> requirement_breaches(const Requirement& requirement, std::size_t index,
                                             const RequirementContext& context) {
  Breaches breaches(requirement, index);
  check_amount(breaches, requirement, requirement_kind_info(requirement.kind));
  check_dates(breaches, requirement, context);
  check_kind(breaches, requirement, context);
  return breaches.take();
}

}  // namespace pathway::justice
