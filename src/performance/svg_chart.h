#pragma once
// Charts drawn on the server as self-contained SVG: attributes only, no stylesheet and no
// script, so the same markup shows in a browser without JavaScript and, through librsvg, in
// a PDF report. A chart always sits beside a data table holding the same numbers (the
// accessible form of the figures); the SVG itself has role="img", a title and a short
// description. Series are told apart by pattern or marker shape as well as colour.
#include <optional>
#include <string>
#include <vector>

namespace pathway::performance {

struct ChartSeries {
  std::string name;
  std::vector<std::optional<double>> values;  // one per category; nullopt: no figure
};

struct Chart {
  std::string title;                    // the chart's accessible name (<title>)
  std::string unit;                     // the value axis' label, e.g. "%"
  std::vector<std::string> categories;  // along the bottom
  std::vector<ChartSeries> series;      // 1 to 4 (more are drawn with repeated styles)
  std::optional<double> target;         // a dashed line marked "Target"
};

// Grouped bars, one group per category; a missing value is marked "no figure". Negative
// values are drawn as 0 (no measure of kpi.md is negative).
std::string bar_chart_svg(const Chart& chart);

// One line per series through its values, broken where a value is missing.
std::string line_chart_svg(const Chart& chart);

}  // namespace pathway::performance
