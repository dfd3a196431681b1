#pragma once
// The board report's charts: for one place and one headline measure, the three quarters in
// the order they happened, with the target as a line. Drawn by performance/svg_chart.h, the
// pages' own chart code, beside a table holding the same numbers.
#include "performance/board_report_model.h"
#include "performance/svg_chart.h"

namespace pathway::performance {

Chart board_report_chart(const BoardReport& report, const BoardReportSection& section, const BoardReportFigure& figure);

}  // namespace pathway::performance
