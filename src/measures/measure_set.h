#pragma once
// The whole measure set of kpi.md for one period and one scope: the figures `pathway kpi`
// prints (measures/measure_output.h), the pages and reports show. Ratios whose denominator
// is zero, and rates whose population is unknown, are nullopt (kpi.md: null, never zero).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "measures/measure_request.h"
#include "measures/period_counts.h"

namespace pathway::measures {

using Ratio = std::optional<double>;

// part / whole × 100, in kpi.md's order of operations; nullopt when whole is zero.
Ratio percent(std::int64_t part, std::int64_t whole);

// kpi.md's reoffending figures of a cohort: its counts and the rates worked from them.
struct ReoffendingFigures {
  std::int64_t cohort = 0, reoffenders = 0, reoffences = 0;
  Ratio binary_rate, frequency_per_reoffender, frequency_per_offender;
  bool follow_up_complete = true;
};

// The figures of a cohort of `cohort` children, `reoffenders` of whom committed `reoffences`
// proven reoffences, whose last index date is `last_index_date` (the smallest Day when
// empty), counted `today`.
ReoffendingFigures reoffending_figures(std::int64_t cohort, std::int64_t reoffenders, std::int64_t reoffences,
                                       Day last_index_date, Day today);

// A practice indicator's figures for one need (docs/kpi.md, pathway-practice-2026-1): the
// children whose order ended with the need identified during it, and of those, the children
// with an intervention planned for it and the children who attended one.
struct NeedFigures {
  std::int64_t ending = 0, identified = 0, planned = 0, attended = 0;
  Ratio percent_identified, percent_planned, percent_attended;
};

struct MeasureSet {
  Period period;
  std::vector<std::string> districts;  // the scope's district codes, in byte order
  std::optional<std::int64_t> population;

  struct {
    std::int64_t count = 0;
    Ratio rate_per_100k;
  } first_time_entrants;
  struct {
    std::int64_t count = 0;
    Ratio rate_per_1000;
    std::int64_t court_disposals = 0;
    Ratio percent_of_court_disposals;
  } custody;
  struct {
    std::int64_t episodes = 0, youth_detention = 0;
    Ratio percent_youth_detention;
  } remands;
  ReoffendingFigures reoffending;
  struct {
    std::int64_t ending = 0, suitable = 0;
    Ratio percent_suitable;
    std::int64_t aged_16_17_ending = 0, aged_16_17_suitable = 0;
  } accommodation;
  struct {
    std::int64_t ending = 0, suitable = 0;
    Ratio percent_suitable;
    std::int64_t school_age_ending = 0, school_age_suitable = 0;
    std::int64_t above_school_age_ending = 0, above_school_age_suitable = 0;
  } ete;
  struct {
    std::int64_t ending = 0, completed = 0;
    Ratio percent_completed;
  } out_of_court;
  struct {
    std::int64_t children = 0;
    Ratio rate_per_10k;
  } serious_violence;

  // The practice indicators of definition set pathway-practice-2026-1 (docs/kpi.md), of the
  // children whose order ended. `pathway kpi` prints them only when asked for that set.
  struct {
    std::int64_t ending = 0, identified = 0, with_plan = 0, suitable_ete = 0;
    Ratio percent_with_plan, percent_suitable_ete;
  } send;
  NeedFigures mental_health, substance_misuse;
  struct {
    std::int64_t ending = 0, supported = 0, early_help = 0, child_in_need = 0, child_protection = 0, looked_after = 0;
    Ratio percent_supported;
  } wider_services;
};

// kpi.md "Population": the sum of the scope's districts' figures for the calendar year in
// which the period ends; unknown (nullopt) when any district of the scope has none for that
// year, or the scope has no districts.
std::optional<std::int64_t> population_of(const RecordSnapshot& snapshot, const Scope& scope, Period period);

// The measure set of one scope from the period's counts. `today` decides whether the
// reoffending follow-up is complete.
MeasureSet measure_set(const RecordSnapshot& snapshot, const PeriodCounts& counts, const Scope& scope, Period period,
                       Day today);

// Every scope's measure set for one period, counted in one pass over the snapshot.
std::vector<MeasureSet> measure_sets(const RecordSnapshot& snapshot, Period period, const std::vector<Scope>& scopes,
                                     Day today);

}  // namespace pathway::measures
