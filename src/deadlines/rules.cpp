#include "deadlines/rules.h"

#include <algorithm>

#include "deadlines/event_kinds.h"

namespace pathway::deadlines {

using namespace std::chrono;

namespace {

// Before any record Pathway holds: the version every rule starts with.
constexpr Date since_always = year{1990} / 1 / 1;

}  // namespace

const std::vector<DeadlineRule>& default_rules() {
  // domain.md: local practice, "check; configurable".
  static const std::vector<DeadlineRule> rules = {
      {"referral_order_first_panel", since_always, "First referral order panel", std::string(kinds::referral_order_made),
       {20, DelayUnit::working_days, false}, std::string(kinds::referral_order_contract_signed), "case_manager"},
      {"referral_order_first_appointment", since_always, "First appointment on a referral order",
       std::string(kinds::referral_order_made), {5, DelayUnit::working_days, false},
       std::string(kinds::appointment_attended), "case_manager"},
      // The court's own due date is on the report; the service's is a margin before the
      // hearing, so the report can be read first.
      {"court_report_before_hearing", since_always, "Court report submitted before the hearing",
       std::string(kinds::court_report_requested), {2, DelayUnit::working_days, true},
       std::string(kinds::court_report_submitted), "case_manager"},
      // The 2014 out-of-court guidance; the current guidance does not repeat it.
      {"out_of_court_assessment", since_always, "Assessment after a youth conditional caution or second youth caution",
       std::string(kinds::caution_needing_assessment), {10, DelayUnit::working_days, false},
       std::string(kinds::assessment_completed), "case_manager"},
      // The review date is the one the worker set on the plan (its objectives' earliest,
      // then each review's next): due on that day, however it falls.
      {"plan_review", since_always, "Intervention plan review", std::string(kinds::plan_review_due),
       {0, DelayUnit::calendar_days, false}, std::string(kinds::plan_reviewed), "case_manager"},
      // Transition practitioners' job description: accommodation secured no less than one
      // month before release.
      {"accommodation_before_release", since_always, "Accommodation confirmed before release",
       std::string(kinds::dto_release_date_known), {1, DelayUnit::months, true},
       std::string(kinds::accommodation_confirmed), "transition_practitioner"},
  };
  return rules;
}

Date due_date(const Delay& delay, Date trigger_date, const WorkingCalendar& calendar) {
  int amount = delay.before ? -delay.amount : delay.amount;
  switch (delay.unit) {
    case DelayUnit::working_days: return calendar.add_working_days(trigger_date, amount);
    case DelayUnit::calendar_days: return add_calendar_days(trigger_date, amount);
    case DelayUnit::months: return add_months(trigger_date, amount);
  }
  return trigger_date;
}

const DeadlineRule* rule_in_force(const std::vector<DeadlineRule>& rules, std::string_view code, Date trigger_date) {
  const DeadlineRule* in_force = nullptr;
  for (const auto& rule : rules) {
    if (rule.code != code || rule.applies_from > trigger_date) continue;
    if (!in_force || rule.applies_from > in_force->applies_from) in_force = &rule;
  }
  return in_force;
}

std::vector<std::string> rule_codes(const std::vector<DeadlineRule>& rules) {
  std::vector<std::string> codes;
  for (const auto& rule : rules) {
    if (std::find(codes.begin(), codes.end(), rule.code) == codes.end()) codes.push_back(rule.code);
  }
  return codes;
}

std::string_view unit_code(DelayUnit unit) {
  switch (unit) {
    case DelayUnit::working_days: return "working_days";
    case DelayUnit::calendar_days: return "calendar_days";
    case DelayUnit::months: return "months";
  }
  return "";
}

std::optional<DelayUnit> parse_unit(std::string_view code) {
  for (auto unit : {DelayUnit::working_days, DelayUnit::calendar_days, DelayUnit::months}) {
    if (unit_code(unit) == code) return unit;
  }
  return std::nullopt;
}

std::string delay_words(const Delay& delay) {
  bool one = delay.amount == 1;
  std::string unit = delay.unit == DelayUnit::working_days    ? (one ? "working day" : "working days")
                     : delay.unit == DelayUnit::calendar_days ? (one ? "day" : "days")
                                                              : (one ? "month" : "months");
  return std::to_string(delay.amount) + " " + unit + (delay.before ? " before" : " after");
}

}  // namespace pathway::deadlines
