#pragma once
// Checks a proposed youth rehabilitation order (YRO) and its requirements against the law
// for its conviction date (yro_limits.h holds the limits and says where they come from).
// Forms and the importer call yro_breaches and show every breach it returns; an empty
// list means the order may be recorded. Pure: no database, no clock.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "justice/record_rules.h"
#include "justice/yro_limits.h"

namespace pathway::justice {

// One requirement of the order.
struct Requirement {
  RequirementKind kind = RequirementKind::supervision;
  // Activity days, unpaid work hours, attendance centre hours; empty for the other kinds.
  std::optional<int> amount;
  AmountUnit unit = AmountUnit::none;  // must be the kind's (requirement_kind_info)
  Date starts_on;                      // the day it first takes effect
  // The last day it runs: needed for a curfew, an exclusion and a local authority
  // residence requirement, optional for the others.
  std::optional<Date> ends_on;
  // Curfew only: hours of curfew on each of the 7 days beginning with starts_on (0 for a
  // day without one); the pattern repeats each week. This is how the law counts the weekly
  // limit: each period of 7 days beginning with the day the curfew first takes effect.
  std::vector<int> curfew_hours;
};

// The three forms of order (s. 173): an order with intensive supervision and surveillance
// (the format's youth_rehabilitation_order_iss) or with fostering has more rules.
enum class YroKind { standard, intensive_supervision_and_surveillance, fostering };

// The kind of YRO an outcome type records (nullopt for one that is not a YRO). The format
// has no separate type for a YRO with fostering: its outcome is youth_rehabilitation_order.
std::optional<YroKind> yro_kind_for(std::string_view outcome_type);

struct ProposedYro {
  YroKind kind = YroKind::standard;
  Date conviction_date;  // decides the limits and the child's age for them
  Date date_of_birth;
  Date takes_effect;                 // usually the day it is made (s. 198)
  Date end_date;                     // by which every requirement is complied with (s. 187)
  std::string home_district_code;  // the child's: decides the ISS pilot
  std::vector<Requirement> requirements;
};

// Every way the order breaks the law for its conviction date, each naming the field to
// correct and saying how: "takes_effect", "end_date", "requirements" (the order as a
// whole: a requirement missing, or monitoring alone) or "requirements[i].<field>" for the
// i-th requirement (from 0; field amount, unit, starts_on, ends_on, curfew_hours or
// kind). `pilot` gives the areas of the ISS pilot (iss_pilot() by default: none).
std::vector<RuleBreach> yro_breaches(const ProposedYro& order, const IssPilot& pilot = iss_pilot());

// The requirements an order of its kind must have and does not yet (with ISS: an extended
// activity, a supervision and a curfew requirement; with fostering: a fostering
// requirement), each named "requirements". yro_breaches includes them; a record whose
// requirements are added one at a time shows them as still to add.
std::vector<RuleBreach> yro_missing_requirements(const ProposedYro& order);

// Every way adding `requirement` to `order` (whose requirements are already recorded)
// breaks the law for the conviction date: the requirement's own limits, named
// "requirement.<field>" (amount, unit, starts_on, ends_on, curfew_hours, kind: its kind
// already in the order, or not allowed for the child's age or the order's kind), and
// electronic monitoring left without a requirement it monitors, named "requirements". The
// order's own dates and the requirements it still needs (yro_missing_requirements) are
// not breaches of the addition.
std::vector<RuleBreach> requirement_addition_breaches(const ProposedYro& order, const Requirement& requirement,
                                                      const IssPilot& pilot = iss_pilot());

// What the order's requirements are checked against: used by yro_breaches and by
// requirement_breaches below.
struct RequirementContext {
  const YroLimits* limits = nullptr;  // for the conviction date
  YroKind order_kind = YroKind::standard;
  int age_at_conviction = 0;
  Date date_of_birth;
  Date takes_effect;
  Date end_date;
  int extended_activity_max_days = 0;  // the pilot's or the limits'
};

// The breaches of one requirement on its own (amount, unit, age, dates), named
// "requirements[<index>].<field>".
std::vector<RuleBreach> requirement_breaches(const Requirement& requirement, std::size_t index,
                                             const RequirementContext& context);

}  // namespace pathway::justice
