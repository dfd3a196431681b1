#include "measures/measure_set.h"

namespace pathway::measures {

namespace {

// a / b × scale, in kpi.md's order of operations (so that two implementations agree to the
// last bit); nullopt when b is zero or unknown.
Ratio ratio(std::int64_t a, std::optional<std::int64_t> b, double scale) {
  if (!b || *b == 0) return std::nullopt;
  return static_cast<double>(a) / static_cast<double>(*b) * scale;
}

Ratio ratio(std::int64_t a, std::int64_t b) {
  if (b == 0) return std::nullopt;
  return static_cast<double>(a) / static_cast<double>(b);
}

NeedFigures need_figures(std::int64_t ending, std::int64_t identified, std::int64_t planned, std::int64_t attended) {
  return {ending,
          identified,
          planned,
          attended,
          ratio(identified, ending, 100),
          ratio(planned, identified, 100),
          ratio(attended, identified, 100)};
}

}  // namespace

Ratio percent(std::int64_t part, std::int64_t whole) { return ratio(part, whole, 100); }

ReoffendingFigures reoffending_figures(std::int64_t cohort, std::int64_t reoffenders, std::int64_t reoffences,
                                       Day last_index_date, Day today) {
  return {cohort,
          reoffenders,
          reoffences,
          ratio(reoffenders, cohort, 100),
          ratio(reoffences, reoffenders),
          ratio(reoffences, cohort),
          follow_up_complete(last_index_date, today)};
}

std::optional<std::int64_t> population_of(const RecordSnapshot& snapshot, const Scope& scope, Period period) {
  if (scope.districts.empty()) return std::nullopt;
  int year = static_cast<int>(date_of(period.to).year());
  std::int64_t total = 0;
  for (DistrictIndex d : scope.districts) {
    auto found = snapshot.populations[d].find(year);
    if (found == snapshot.populations[d].end()) return std::nullopt;
    total += found->second;
  }
  return total;
}

MeasureSet measure_set(const RecordSnapshot& snapshot, const PeriodCounts& counts, const Scope& scope, Period period,
                       Day today) {
  DistrictCounts sum;
  MeasureSet set;
  set.period = period;
  for (DistrictIndex d : scope.districts) {
    sum += counts[d];
    set.districts.push_back(snapshot.district_codes[d]);
  }
  set.population = population_of(snapshot, scope, period);
  set.first_time_entrants = {sum.first_time_entrants, ratio(sum.first_time_entrants, set.population, 100'000)};
  set.custody = {sum.custodial_sentences, ratio(sum.custodial_sentences, set.population, 1'000), sum.court_disposals,
                 ratio(sum.custodial_sentences, sum.court_disposals, 100)};
  set.remands = {sum.remand_episodes, sum.remands_youth_detention,
                 ratio(sum.remands_youth_detention, sum.remand_episodes, 100)};
  set.reoffending =
      reoffending_figures(sum.cohort, sum.reoffenders, sum.reoffences, sum.last_index_date, today);
  set.accommodation = {sum.orders_ending, sum.accommodation_suitable,
                       ratio(sum.accommodation_suitable, sum.orders_ending, 100), sum.aged_16_17_ending,
                       sum.aged_16_17_suitable};
  set.ete = {sum.orders_ending,          sum.ete_suitable,           ratio(sum.ete_suitable, sum.orders_ending, 100),
             sum.school_age_ending,      sum.school_age_suitable,    sum.above_school_age_ending,
             sum.above_school_age_suitable};
  set.out_of_court = {sum.out_of_court_ending, sum.out_of_court_completed,
                      ratio(sum.out_of_court_completed, sum.out_of_court_ending, 100)};
  set.serious_violence = {sum.serious_violence_children, ratio(sum.serious_violence_children, set.population, 10'000)};
  set.send = {sum.orders_ending,
              sum.send_identified,
              sum.send_with_plan,
              sum.send_suitable_ete,
              ratio(sum.send_with_plan, sum.send_identified, 100),
              ratio(sum.send_suitable_ete, sum.send_identified, 100)};
  set.mental_health = need_figures(sum.orders_ending, sum.mental_health_identified, sum.mental_health_planned,
                                   sum.mental_health_attended);
  set.substance_misuse = need_figures(sum.orders_ending, sum.substance_misuse_identified,
                                      sum.substance_misuse_planned, sum.substance_misuse_attended);
  set.wider_services = {sum.orders_ending, sum.wider_services_supported, sum.early_help, sum.child_in_need,
                        sum.child_protection, sum.looked_after,
                        ratio(sum.wider_services_supported, sum.orders_ending, 100)};
  return set;
}

std::vector<MeasureSet> measure_sets(const RecordSnapshot& snapshot, Period period, const std::vector<Scope>& scopes,
                                     Day today) {
  PeriodCounts counts = count_period(snapshot, period);
  std::vector<MeasureSet> sets;
  sets.reserve(scopes.size());
  for (const Scope& scope : scopes) sets.push_back(measure_set(snapshot, counts, scope, period, today));
  return sets;
}

}  // namespace pathway::measures
