#pragma once
// The numbers behind every measure of kpi.md for one period, district by district. Every
// count is of children or records of children, and each child belongs to one district (their
// home district), so the counts of any scope are the sums of its districts' counts: one pass
// over the snapshot serves every scope at once (measures/measure_set.h).
#include <cstdint>
#include <vector>

#include "measures/record_snapshot.h"

namespace pathway::measures {

struct DistrictCounts {
  std::int64_t first_time_entrants = 0;
  std::int64_t custodial_sentences = 0;
  std::int64_t court_disposals = 0;
  std::int64_t remand_episodes = 0;
  std::int64_t remands_youth_detention = 0;
  std::int64_t cohort = 0;
  std::int64_t reoffenders = 0;
  std::int64_t reoffences = 0;
  Day last_index_date = std::numeric_limits<Day>::min();  // of the cohort; min when none
  std::int64_t orders_ending = 0;
  std::int64_t accommodation_suitable = 0;
  std::int64_t aged_16_17_ending = 0;
  std::int64_t aged_16_17_suitable = 0;
  std::int64_t ete_suitable = 0;
  std::int64_t school_age_ending = 0;
  std::int64_t school_age_suitable = 0;
  std::int64_t above_school_age_ending = 0;
  std::int64_t above_school_age_suitable = 0;
  std::int64_t out_of_court_ending = 0;
  std::int64_t out_of_court_completed = 0;
  std::int64_t serious_violence_children = 0;
  // The practice indicators (docs/kpi.md, pathway-practice-2026-1).
  std::int64_t send_identified = 0;
  std::int64_t send_with_plan = 0;
  std::int64_t send_suitable_ete = 0;
  std::int64_t mental_health_identified = 0;
  std::int64_t mental_health_planned = 0;
  std::int64_t mental_health_attended = 0;
  std::int64_t substance_misuse_identified = 0;
  std::int64_t substance_misuse_planned = 0;
  std::int64_t substance_misuse_attended = 0;
  std::int64_t wider_services_supported = 0;
  std::int64_t early_help = 0;
  std::int64_t child_in_need = 0;
  std::int64_t child_protection = 0;
  std::int64_t looked_after = 0;

  DistrictCounts& operator+=(const DistrictCounts& other);
};

// By DistrictIndex.
using PeriodCounts = std::vector<DistrictCounts>;

// Counts every measure of the period for every district.
PeriodCounts count_period(const RecordSnapshot& snapshot, Period period);

// Reoffending adds its own counts (measures/reoffending.cpp); every other measure is a walk
// (measures/counted_records.h) that count_period tallies.
void count_reoffending(const RecordSnapshot& snapshot, Period period, PeriodCounts& counts);

}  // namespace pathway::measures
