#pragma once
// The quarterly performance report for the management board (issue 10 point 6; the county
// plan: "for the county, for the 4 Areas and for the 12 Districts"): for each headline
// measure (measures/measure_catalogue.h) and each place reported on, the quarter, the
// quarter before it, the same quarter a year before, the target (measures/measure_targets.h)
// and whether it is met. Aggregates only: the report holds no child's name or record.
// The PDF, XLSX and CSV are all written from this one model.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "measures/measure_catalogue.h"
#include "measures/measure_targets.h"
#include "measures/record_snapshot.h"
#include "performance/board_report_quarter.h"
#include "reference/geography.h"

namespace pathway::performance {

// What to report on: the whole service (its areas and districts too), one area (and its
// districts) or one district.
struct BoardReportRequest {
  Quarter quarter;
  measures::ScopeKind scope_kind = measures::ScopeKind::service;
  std::string scope_code;  // empty for the service
};

// not_final: the figure would meet or miss its target, but will still change (a reoffending
// cohort whose follow-up has not ended), so it is not judged yet.
enum class TargetStatus { met, missed, no_target, no_figure, not_final };

// One headline measure for one place. Figures are rounded to one decimal place, as the board
// reads them, and the target is compared with the rounded figure, so that a figure printed
// as 3.5 meets a target of 3.5.
struct BoardReportFigure {
  const measures::HeadlineMeasure* measure = nullptr;
  measures::Ratio this_quarter, previous_quarter, year_before;
  std::optional<double> target;
  TargetStatus status = TargetStatus::no_target;
  // The reoffending follow-up of this quarter's cohort has not ended: the figure will rise.
  bool still_counting = false;
};

struct BoardReportSection {
  measures::ScopeKind kind = measures::ScopeKind::service;
  std::string code;  // empty for the service
  std::string name;  // "Whole service", an area's or a district's name
  std::vector<BoardReportFigure> figures;  // in headline_measures() order
};

struct BoardReport {
  BoardReportRequest request;
  std::string data_as_of;  // when the records were read, as people read a time
  std::vector<BoardReportSection> sections;  // the scope first, then each area and its districts
};

// The report from the records (`snapshot`), the places (`districts`: reference::list_districts)
// and the service's targets. `today` decides whether a reoffending follow-up has ended.
// An Error (not_found) when the area or district code is not one of the snapshot's.
Result<BoardReport> build_board_report(const measures::RecordSnapshot& snapshot,
                                       const std::vector<reference::District>& districts,
                                       const std::vector<measures::MeasureTarget>& targets,
                                       const BoardReportRequest& request, Date today, std::string data_as_of);

// The area codes of `districts`, each once, in the order of the areas' names.
std::vector<std::string> areas_in_name_order(const std::vector<reference::District>& districts);

// Whether the figure meets the target, for a measure where lower (or higher) is better.
TargetStatus target_status(const measures::HeadlineMeasure& measure, measures::Ratio figure,
                           std::optional<double> target);

// "Met", "Missed", "No target set", "No figure", "Not final".
std::string_view target_status_text(TargetStatus status);

// "Whole service", "Area", "District": what kind of place a section is about.
std::string_view scope_kind_text(measures::ScopeKind kind);

}  // namespace pathway::performance
