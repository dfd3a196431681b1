#include "performance/dashboard_model.h"

#include <cstdio>

#include "measures/counted_figures.h"
#include "measures/measure_set.h"

namespace pathway::performance {

namespace {

// The counted figures behind each headline figure, where the headline is a ratio of them:
// its numerator first, then its denominator (a rate's denominator is the population, which
// counts no child). A headline not listed shows the counted figure of its own name, if any.
struct FiguresBehind {
  std::string_view headline;
  std::vector<std::string_view> counted;
};

const std::vector<FiguresBehind>& figures_behind() {
  static const std::vector<FiguresBehind> all = {
      {"first_time_entrants.rate_per_100k", {"first_time_entrants.count"}},
      {"custody.percent_of_court_disposals", {"custody.count", "custody.court_disposals"}},
      {"custody.rate_per_1000", {"custody.count"}},
      {"remands.percent_youth_detention", {"remands.youth_detention", "remands.episodes"}},
      {"accommodation.percent_suitable", {"accommodation.suitable", "accommodation.ending"}},
      {"accommodation.percent_16_17_suitable", {"accommodation.aged_16_17_suitable", "accommodation.aged_16_17_ending"}},
      {"ete.percent_suitable", {"ete.suitable", "ete.ending"}},
      {"ete.percent_school_age_suitable", {"ete.school_age_suitable", "ete.school_age_ending"}},
      {"ete.percent_above_school_age_suitable", {"ete.above_school_age_suitable", "ete.above_school_age_ending"}},
      {"out_of_court.percent_completed", {"out_of_court.completed", "out_of_court.ending"}},
      {"serious_violence.rate_per_10k", {"serious_violence.children"}},
  };
  return all;
}

std::vector<const measures::CountedFigure*> counted_behind(const measures::HeadlineMeasure& measure) {
  std::string key = measure.key();
  std::vector<const measures::CountedFigure*> found;
  for (const auto& behind : figures_behind()) {
    if (behind.headline != key) continue;
    for (auto counted : behind.counted) found.push_back(measures::find_counted_figure(counted));
  }
  if (found.empty()) {
    if (const auto* own = measures::find_counted_figure(key)) found.push_back(own);
  }
  return found;
}

// Reoffending's children are listed by the live tracker's cohort page.
std::vector<CountBehind> reoffending_counts(const measures::MeasureSet& set, const Quarter& quarter,
                                            const PerformanceScope& scope) {
  std::string href = "/performance/reoffending/cohort?quarter=" + quarter.code() +
                     (scope.query().empty() ? "" : "&" + scope.query());
  return {{"Children who reoffended", set.reoffending.reoffenders, href},
          {"Children in the cohort", set.reoffending.cohort, href}};
}

std::vector<CountBehind> counts_of(const measures::HeadlineMeasure& measure, const measures::MeasureSet& set,
                                   const Quarter& quarter, const PerformanceScope& scope) {
  if (measure.measure == "reoffending") return reoffending_counts(set, quarter, scope);
  std::vector<CountBehind> counts;
  for (const auto* figure : counted_behind(measure)) {
    counts.push_back({std::string(figure->label), figure->value(set), drilldown_href(figure->key(), quarter, scope)});
  }
  return counts;
}

}  // namespace

TargetStanding standing_of(measures::Ratio value, std::optional<double> target, measures::Better better) {
  if (!target) return TargetStanding::no_target;
  if (!value) return TargetStanding::no_figure;
  bool met = better == measures::Better::lower ? *value <= *target : *value >= *target;
  return met ? TargetStanding::on_target : TargetStanding::off_target;
}

std::string figure_text(measures::Ratio value, std::string_view unit) {
  if (!value) return "No figure";
  char text[64];
  std::snprintf(text, sizeof text, "%.1f", *value);
  return std::string(text) + (unit == "%" ? "%" : "");
}

std::string drilldown_href(std::string_view figure_key, const Quarter& quarter, const PerformanceScope& scope) {
  return "/performance/children?measure=" + std::string(figure_key) + "&quarter=" + quarter.code() +
         (scope.query().empty() ? "" : "&" + scope.query());
}

DashboardModel dashboard_model(const measures::RecordSnapshot& snapshot, measures::CountedPeriods& periods,
                               const std::vector<measures::MeasureTarget>& targets, Quarter quarter,
                               const PerformanceScope& scope, measures::Day today) {
  const std::array<Quarter, 3> quarters = {quarter, quarter.previous(), quarter.year_before()};
  std::array<measures::MeasureSet, 3> sets;
  for (std::size_t i = 0; i < quarters.size(); ++i) {
    auto period = quarters[i].period();
    sets[i] = measures::measure_set(snapshot, *periods.of(period), scope.districts, period, today);
  }
  DashboardModel model{quarter, {}};
  for (const auto& measure : measures::headline_measures()) {
    DashboardRow row;
    row.measure = &measure;
    for (std::size_t i = 0; i < quarters.size(); ++i) {
      row.quarters[i] = {quarters[i], measure.value(sets[i]), counts_of(measure, sets[i], quarters[i], scope)};
    }
    row.target = measures::target_for(targets, measure.key(), scope.kind, scope.code);
    row.standing = standing_of(row.quarters[0].value, row.target, measure.better);
    model.rows.push_back(std::move(row));
  }
  return model;
}

}  // namespace pathway::performance
