#include "performance/board_report_charts.h"

namespace pathway::performance {

Chart board_report_chart(const BoardReport& report, const BoardReportSection& section, const BoardReportFigure& figure) {
  Quarter quarter = report.request.quarter;
  return Chart{std::string(figure.measure->label) + ": " + section.name,
               std::string(figure.measure->unit),
               {quarter.year_before().label(), quarter.previous().label(),
                quarter.label()},
               {ChartSeries{section.name, {figure.year_before, figure.previous_quarter, figure.this_quarter}}},
               figure.target};
}

}  // namespace pathway::performance
