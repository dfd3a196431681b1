// Charts drawn as SVG: bars as tall as their values on a round axis, missing figures marked,
// the target drawn, text escaped, an accessible name and description, ids that differ
// between charts on one page.
#include <gtest/gtest.h>

#include "performance/svg_chart.h"

namespace pathway::performance {
namespace {

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

// The number in attribute `name` of the first element holding `marker`.
double attribute_near(const std::string& svg, const std::string& marker, const std::string& name) {
  auto at = svg.find(marker);
  auto element = svg.rfind('<', at);
  auto value = svg.find(name + "=\"", element) + name.size() + 2;
  return std::stod(svg.substr(value, svg.find('"', value) - value));
}

Chart quarters() {
  return {"Custodial sentences, % of court disposals",
          "%",
          {"Q3 2025", "Q2 2026", "Q3 2026"},
          {{"Service", {2.0, 5.0, std::nullopt}}, {"Thanet", {4.0, 1.0, 3.0}}},
          3.5};
}

TEST(SvgChart, BarsAreAsTallAsTheirValuesOnARoundAxis) {
  std::string svg = bar_chart_svg(quarters());
  EXPECT_EQ(occurrences(svg, "data-value="), 5u);
  // The largest figure is 5: the axis runs to 5, so 5 fills the plot and 2.5 half of it.
  double full = attribute_near(svg, "data-value=\"5\"", "height");
  double two = attribute_near(svg, "data-value=\"2\"", "height");
  EXPECT_NEAR(two / full, 0.4, 1e-3);
  EXPECT_NE(svg.find("no figure"), std::string::npos);
  EXPECT_NE(svg.find("data-target=\"3.5\""), std::string::npos);
  EXPECT_NE(svg.find("Target 3.5"), std::string::npos);
}

TEST(SvgChart, IsNamedDescribedAndEscaped) {
  Chart chart = quarters();
  chart.title = "Remands <youth detention> & \"others\"";
  std::string svg = bar_chart_svg(chart);
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("Remands &lt;youth detention&gt; &amp; &quot;others&quot;"), std::string::npos);
  EXPECT_EQ(svg.find("<youth"), std::string::npos);
  EXPECT_NE(svg.find("Service: Q3 2025 2, Q2 2026 5, Q3 2026 no figure; Thanet:"), std::string::npos);
  EXPECT_TRUE(svg.ends_with("</svg>"));
}

TEST(SvgChart, TwoChartsOnAPageHaveDifferentIds) {
  Chart other = quarters();
  other.title = "Remands to youth detention";
  std::string a = bar_chart_svg(quarters());
  std::string b = bar_chart_svg(other);
  auto id = [](const std::string& svg) {
    auto at = svg.find("<title id=\"") + 11;
    return svg.substr(at, svg.find('"', at) - at);
  };
  EXPECT_NE(id(a), id(b));
  // The second series' pattern is defined under the chart's own id.
  EXPECT_NE(a.find("id=\"" + id(a).substr(0, id(a).size() - 6) + "-fill-1\""), std::string::npos);
}

TEST(SvgChart, LinesBreakWhereAFigureIsMissing) {
  Chart chart{"Reoffending as the cohort's year goes on", "%", {"1", "2", "3", "4"},
              {{"Cohort", {10.0, std::nullopt, 20.0, 25.0}}}, std::nullopt};
  std::string svg = line_chart_svg(chart);
  // Two pieces: the first month alone, then months 3 and 4.
  auto at = svg.find("data-series=\"Cohort\"");
  auto path_start = svg.rfind("d=\"", at);
  std::string path = svg.substr(path_start, at - path_start);
  EXPECT_EQ(occurrences(path, "M"), 2u);
  EXPECT_EQ(occurrences(path, "L"), 1u);
  EXPECT_EQ(svg.find("Target"), std::string::npos);
}

TEST(SvgChart, AllZeroOrEmptyStillDrawsAnAxis) {
  Chart chart{"Nothing yet", "children", {"Q1"}, {{"Service", {0.0}}}, std::nullopt};
  std::string svg = bar_chart_svg(chart);
  EXPECT_NE(svg.find("data-value=\"0\""), std::string::npos);
  EXPECT_EQ(svg.find("nan"), std::string::npos);
  EXPECT_EQ(svg.find("inf"), std::string::npos);
}

}  // namespace
}  // namespace pathway::performance
