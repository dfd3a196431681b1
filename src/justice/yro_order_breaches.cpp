// The rules of a youth rehabilitation order as a whole (yro_requirements.h): its length,
// the requirements an order with ISS or fostering must have, electronic monitoring never
// alone, each kind once; then each requirement's own limits.
#include <algorithm>
#include <cctype>

#include "justice/yro_requirements.h"

namespace pathway::justice {

namespace {

using K = RequirementKind;

bool has_kind(const ProposedYro& order, RequirementKind kind) {
  return std::any_of(order.requirements.begin(), order.requirements.end(),
                     [kind](const Requirement& requirement) { return requirement.kind == kind; });
}

std::string label_of(RequirementKind kind) {
  std::string label(requirement_kind_info(kind).label);
  label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
  return label;
}

void check_length(std::vector<RuleBreach>& breaches, const ProposedYro& order, const YroLimits& limits) {
  if (order.takes_effect < order.conviction_date) {
    breaches.push_back({"takes_effect", "it is before the conviction (" + to_display(order.conviction_date) +
                                            "): an order takes effect on the day it is made or later"});
  }
  if (order.end_date < order.takes_effect) {
    breaches.push_back({"end_date", "it is before the order takes effect (" + to_display(order.takes_effect) +
                                        "): give a date after it"});
    return;
  }
  Date latest = add_months(order.takes_effect, limits.order_max_months);
  if (latest < order.end_date) {
    breaches.push_back({"end_date", "an order ends at most " + std::to_string(limits.order_max_months / 12) +
                                        " years after it takes effect: give a date on or before " +
                                        to_display(latest)});
  }
  Date earliest = add_months(order.takes_effect, limits.iss_order_min_months);
  if (order.kind == YroKind::intensive_supervision_and_surveillance && order.end_date < earliest) {
    breaches.push_back({"end_date", "an order with intensive supervision and surveillance runs at least " +
                                        std::to_string(limits.iss_order_min_months) +
                                        " months: give a date on or after " + to_display(earliest)});
  }
}

void need(std::vector<RuleBreach>& breaches, const ProposedYro& order, RequirementKind kind,
          std::string_view order_words) {
  if (has_kind(order, kind)) return;
  breaches.push_back(
      {"requirements", "an order " + std::string(order_words) + " has a " + label_of(kind) + " requirement: add one"});
}

// Electronic monitoring without a requirement it monitors.
void check_monitoring(std::vector<RuleBreach>& breaches, const ProposedYro& order, const YroLimits& limits) {
  if (has_kind(order, K::electronic_monitoring)) {
    const auto& partners = limits.monitoring_accompanies;
    bool accompanied =
        std::any_of(partners.begin(), partners.end(), [&order](RequirementKind kind) { return has_kind(order, kind); });
    if (!accompanied) {
      std::string kinds;
      for (std::size_t i = 0; i < partners.size(); ++i) {
        kinds += (i == 0 ? "" : i + 1 == partners.size() ? " or " : ", ") + label_of(partners[i]);
      }
      breaches.push_back({"requirements", "electronic monitoring is never ordered alone: it monitors a " + kinds +
                                              " requirement, so add one or remove the monitoring"});
    }
  }
}

void check_composition(std::vector<RuleBreach>& breaches, const ProposedYro& order, const YroLimits& limits) {
  if (order.requirements.empty()) {
    breaches.push_back({"requirements", "an order has at least one requirement: add one"});
    return;
  }
  auto missing = yro_missing_requirements(order);
  breaches.insert(breaches.end(), missing.begin(), missing.end());
  check_monitoring(breaches, order, limits);
}

// The requirements from `first` on, each against those before it.
void check_each_kind_once(std::vector<RuleBreach>& breaches, const ProposedYro& order, std::size_t first = 0) {
  for (std::size_t i = first; i < order.requirements.size(); ++i) {
    RequirementKind kind = order.requirements[i].kind;
    bool earlier = std::any_of(order.requirements.begin(), order.requirements.begin() + static_cast<long>(i),
                               [kind](const Requirement& requirement) { return requirement.kind == kind; });
    if (earlier) {
      breaches.push_back({"requirements[" + std::to_string(i) + "].kind",
                          "the order has a " + label_of(kind) +
                              " requirement already: give all its days, hours or places in that one"});
    }
    if (kind == K::fostering && order.kind != YroKind::fostering) {
      breaches.push_back({"requirements[" + std::to_string(i) + "].kind",
                          "a fostering requirement is only in a youth rehabilitation order with fostering"});
    }
  }
}

RequirementContext requirement_context(const ProposedYro& order, const YroLimits& limits, const IssPilot& pilot) {
  RequirementContext context;
  context.limits = &limits;
  context.order_kind = order.kind;
  context.age_at_conviction = age_on(order.date_of_birth, order.conviction_date);
  context.date_of_birth = order.date_of_birth;
  context.takes_effect = order.takes_effect;
  context.end_date = order.end_date;
  context.extended_activity_max_days = in_iss_pilot(pilot, order.conviction_date, order.home_district_code)
                                           ? pilot.extended_activity_max_days
                                           : limits.extended_activity_max_days;
  return context;
}

}  // namespace

std::optional<YroKind> yro_kind_for(std::string_view outcome_type) {
  if (outcome_type == "youth_rehabilitation_order") return YroKind::standard;
  if (outcome_type == "youth_rehabilitation_order_iss") return YroKind::intensive_supervision_and_surveillance;
  return std::nullopt;
}

std::vector<RuleBreach> yro_breaches(const ProposedYro& order, const IssPilot& pilot) {
  const YroLimits& limits = yro_limits_on(order.conviction_date);
  std::vector<RuleBreach> breaches;
  check_length(breaches, order, limits);
  check_composition(breaches, order, limits);
  check_each_kind_once(breaches, order);

  RequirementContext context = requirement_context(order, limits, pilot);
  for (std::size_t i = 0; i < order.requirements.size(); ++i) {
    auto found = requirement_breaches(order.requirements[i], i, context);
    breaches.insert(breaches.end(), found.begin(), found.end());
  }
  return breaches;
}

std::vector<RuleBreach> yro_missing_requirements(const ProposedYro& order) {
  std::vector<RuleBreach> missing;
  if (order.kind == YroKind::intensive_supervision_and_surveillance) {
    constexpr std::string_view iss = "with intensive supervision and surveillance";
    need(missing, order, K::activity, iss);  // an extended one: its days are checked with it
    need(missing, order, K::supervision, iss);
    need(missing, order, K::curfew, iss);
  }
  if (order.kind == YroKind::fostering) need(missing, order, K::fostering, "with fostering");
  return missing;
}

std::vector<RuleBreach> requirement_addition_breaches(const ProposedYro& order, const Requirement& requirement,
                                                      const IssPilot& pilot) {
  const YroLimits& limits = yro_limits_on(order.conviction_date);
  ProposedYro with = order;
  with.requirements.push_back(requirement);
  std::size_t index = order.requirements.size();
  std::vector<RuleBreach> breaches;
  check_each_kind_once(breaches, with, index);
  auto own = requirement_breaches(requirement, index, requirement_context(with, limits, pilot));
  breaches.insert(breaches.end(), own.begin(), own.end());
  // Named as the new requirement's own fields: the form has no others.
  std::string prefix = "requirements[" + std::to_string(index) + "].";
  for (auto& breach : breaches) {
    if (breach.field.starts_with(prefix)) breach.field = "requirement." + breach.field.substr(prefix.size());
  }
  check_monitoring(breaches, with, limits);
  return breaches;
}

}  // namespace pathway::justice
