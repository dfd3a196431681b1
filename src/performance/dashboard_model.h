#pragma once
// What the performance dashboard shows, worked out from the record snapshot without the
// database: each headline measure (measures/measure_catalogue.h) for the chosen quarter,
// the quarter before and the same quarter a year before, against the scope's target, with
// the counts behind each figure and where to find the children they count. Pure, so the
// benchmark times exactly the page's work (bench/dashboard_bench.cpp).
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "measures/counted_periods.h"
#include "measures/measure_catalogue.h"
#include "measures/measure_targets.h"
#include "measures/record_snapshot.h"
#include "performance/quarter.h"
#include "performance/dashboard_scope.h"

namespace pathway::performance {

// One number that counts children or their records, and where the list of them is.
struct CountBehind {
  std::string label;  // "Custodial sentences"
  std::int64_t count = 0;
  std::string href;  // the drill-down list, or the reoffending tracker's cohort
};

struct QuarterFigure {
  Quarter quarter;
  measures::Ratio value;
  std::vector<CountBehind> counts;
};

enum class TargetStanding { no_target, no_figure, on_target, off_target };

struct DashboardRow {
  const measures::HeadlineMeasure* measure = nullptr;
  std::array<QuarterFigure, 3> quarters;  // the chosen quarter, the one before, a year before
  std::optional<double> target;
  TargetStanding standing = TargetStanding::no_target;  // of the chosen quarter's figure
};

struct DashboardModel {
  Quarter quarter;
  std::vector<DashboardRow> rows;  // in the catalogue's order
};

// The dashboard for the scope and quarter, from the snapshot `periods` counts. `today`
// decides only whether reoffending's follow-up is complete.
DashboardModel dashboard_model(const measures::RecordSnapshot& snapshot, measures::CountedPeriods& periods,
                               const std::vector<measures::MeasureTarget>& targets, Quarter quarter,
                               const PerformanceScope& scope, measures::Day today);

// Whether the figure meets the target, for a measure where lower (or higher) is better.
TargetStanding standing_of(measures::Ratio value, std::optional<double> target, measures::Better better);

// The figure as the pages print it: one decimal place and its unit when that is "%"
// ("3.5%", "412.7"), or "No figure" when kpi.md has none.
std::string figure_text(measures::Ratio value, std::string_view unit);

// The drill-down list of the children behind one count.
std::string drilldown_href(std::string_view figure_key, const Quarter& quarter, const PerformanceScope& scope);

}  // namespace pathway::performance
