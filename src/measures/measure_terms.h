#pragma once
// The Terms of the measure definitions (shared/spec/kpi.md, definition set pathway-2025-1)
// as integer day arithmetic, so that the engine compares dates as numbers: days since
// 1970-01-01, ages as "on or after the Nth birthday", months as core/dates' add_months.
// Pure: no database, no clock.
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

#include "core/dates.h"

namespace pathway::measures {

// The name of the definition set these rules implement, printed with every result.
inline constexpr std::string_view definition_set = "pathway-2025-1";
// The set of the practice indicators (YJB KPIs 3, 4, 5 and 8), defined in docs/kpi.md
// beside kpi.md's, which it leaves as it is.
inline constexpr std::string_view practice_definition_set = "pathway-practice-2026-1";

// A calendar date as days since 1970-01-01.
using Day = std::int32_t;

// "No such date" (an offence never proven, an order with no end): later than any period,
// so it never falls in one and is never "no later than" a limit.
inline constexpr Day no_day = std::numeric_limits<Day>::max();

Day day_of(Date date);
Date date_of(Day day);

// A closed date range, both days included (kpi.md "Period").
struct Period {
  Day from = 0;
  Day to = 0;
  bool contains(Day day) const { return from <= day && day <= to; }
};

// The first day on which a child born on `date_of_birth` is `years` old (kpi.md "Age on a
// date"): the same month and day `years` later, or 1 March when the birthday is 29 February
// and that year has none. age_on(birth, d) >= years exactly when d >= birthday(birth, years).
Day birthday(Date date_of_birth, int years);

// kpi.md "Add N months to a date", on days.
Day add_months(Day day, int months);

// The last day of compulsory school age (kpi.md, ETE): the last Friday of June of the school
// year (1 September to 31 August) in which the child turns 16.
Day last_day_of_school_age(Date date_of_birth);

// The outcome types as small codes: the position in justice::outcome_types(). nullopt for
// a value that is not an outcome type.
using OutcomeCode = std::uint8_t;
std::optional<OutcomeCode> outcome_code(std::string_view outcome_type);

// The completions as small codes: the position in justice::completions(). nullopt for a
// value that is not a completion; completion_unknown stands for an empty one.
using CompletionCode = std::uint8_t;
inline constexpr CompletionCode completion_unknown = 255;
std::optional<CompletionCode> completion_code(std::string_view completion);

// The offence categories as small codes: the position in justice::offence_categories().
// nullopt for a value that is not a category; no_offence_category stands for none (an
// outcome that names no offence).
using OffenceCategoryCode = std::uint8_t;
inline constexpr OffenceCategoryCode no_offence_category = 255;
std::optional<OffenceCategoryCode> offence_category_code(std::string_view category);

// kpi.md "Proven reoffending": whether the 18 months (12 months' follow-up and 6 months'
// waiting) after the cohort's last index date have passed by `today`, so its figures are
// final. True for an empty cohort (last_index_date is then the smallest Day).
bool follow_up_complete(Day last_index_date, Day today);

// How many whole months of the 12 months' follow-up after `index_date` have passed by
// `today`: the largest m from 0 to 12 with index date + m months on or before today.
int months_observed(Day index_date, Day today);

// The kpi.md Terms each outcome type belongs to.
bool is_substantive(OutcomeCode code);
bool is_court_disposal(OutcomeCode code);
bool is_custodial_sentence(OutcomeCode code);
// A youth caution, youth conditional caution or non-custodial court disposal: an index event
// of the reoffending cohort on its outcome date.
bool is_index_outcome(OutcomeCode code);
// community_resolution, deferred_prosecution, youth_caution, youth_conditional_caution.
bool is_out_of_court_disposal(OutcomeCode code);
// The court orders of "Programme or order" (which need no start date, unlike the
// out-of-court disposals of that term).
bool is_court_programme_or_order(OutcomeCode code);

// kpi.md "Serious violence": violence against the person, robbery or drugs, gravity 5 or more.
bool is_serious_violence_offence(std::string_view category, std::int64_t gravity);

}  // namespace pathway::measures
