#include "performance/svg_chart.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "core/text.h"

namespace pathway::performance {

namespace {

// The drawing area, in SVG user units (the chart scales to its container's width).
constexpr double width = 640, height = 320;
constexpr double plot_left = 64, plot_right = 624, plot_top = 44, plot_bottom = 264;
constexpr const char* font = R"(font-family="Arial, Helvetica, sans-serif")";

// GOV.UK Design System colours; the pattern or marker is the second difference, for readers
// who cannot tell the colours apart and for prints in grey.
struct SeriesStyle {
  const char* colour;
  const char* marker;  // the line chart's point shape
};
constexpr std::array<SeriesStyle, 4> styles = {{
    {"#1d70b8", "circle"}, {"#f47738", "square"}, {"#00703c", "triangle"}, {"#4c2c92", "diamond"}}};

const SeriesStyle& style_of(std::size_t series) { return styles[series % styles.size()]; }

std::string escaped(const std::string& text) {
  std::string out;
  append_escaped_markup(out, text);
  return out;
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  std::string text = buffer;
  if (text.size() > 2 && text.ends_with(".0")) text.resize(text.size() - 2);
  return text;
}

// Axis ticks need more places than figures: a top of 0.25 has ticks 0.05 apart.
std::string tick_label(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  std::string text = buffer;
  while (text.ends_with("0")) text.pop_back();
  if (text.ends_with(".")) text.pop_back();
  return text;
}

// Ids are local to the chart but several charts share a page: derive them from the chart's
// content (FNV-1a), so two charts differ unless they are the same chart.
std::string chart_id(const Chart& chart) {
  std::uint64_t hash = 1469598103934665603ull;
  auto mix = [&hash](const std::string& text) {
    for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
    hash = (hash ^ 0xff) * 1099511628211ull;
  };
  mix(chart.title);
  for (const auto& category : chart.categories) mix(category);
  for (const auto& series : chart.series) {
    mix(series.name);
    for (const auto& value : series.values) mix(value ? number(*value) : "-");
  }
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "chart-%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

// The value axis has five divisions; its top is the largest value or target rounded up to
// 1, 2, 2.5 or 5 times a power of ten, so every tick falls on a round number.
constexpr int ticks = 5;

double axis_top(const Chart& chart) {
  double largest = chart.target.value_or(0);
  for (const auto& series : chart.series) {
    for (const auto& value : series.values) {
      if (value) largest = std::max(largest, *value);
    }
  }
  if (largest <= 0) return 1;
  double power = std::pow(10.0, std::floor(std::log10(largest)));
  for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (largest <= step * power) return step * power;
  }
  return 10 * power;
}

double y_of(double value, double top) {
  return plot_bottom - (plot_bottom - plot_top) * std::clamp(value, 0.0, top) / top;
}

std::string text_at(double x, double y, const std::string& text, const char* anchor, int size = 12) {
  char head[160];
  std::snprintf(head, sizeof head, R"(<text x="%.1f" y="%.1f" text-anchor="%s" font-size="%d" fill="#0b0c0c" %s>)", x,
                y, anchor, size, font);
  return head + escaped(text) + "</text>";
}

// The bars' fill patterns: series 0 solid, then hatched, dotted and cross-hatched.
std::string patterns(const std::string& id, std::size_t count) {
  std::string out = "<defs>";
  for (std::size_t i = 1; i < count; ++i) {
    const char* colour = style_of(i).colour;
    char buffer[640];
    const char* marks = i % 4 == 1   ? R"(<path d="M0 8 L8 0" stroke="#ffffff" stroke-width="2"/>)"
                        : i % 4 == 2 ? R"(<circle cx="4" cy="4" r="1.6" fill="#ffffff"/>)"
                                     : R"(<path d="M0 0 L8 8 M0 8 L8 0" stroke="#ffffff" stroke-width="1.5"/>)";
    std::snprintf(buffer, sizeof buffer,
                  R"(<pattern id="%s-fill-%zu" width="8" height="8" patternUnits="userSpaceOnUse">)"
                  R"(<rect width="8" height="8" fill="%s"/>%s</pattern>)",
                  id.c_str(), i, colour, marks);
    out += buffer;
  }
  return out + "</defs>";
}

std::string fill_of(const std::string& id, std::size_t series) {
  if (series == 0) return style_of(0).colour;
  return "url(#" + id + "-fill-" + std::to_string(series) + ")";
}

std::string marker(std::size_t series, double x, double y) {
  const SeriesStyle& style = style_of(series);
  char buffer[200];
  std::string shape = style.marker;
  if (shape == "circle") {
    std::snprintf(buffer, sizeof buffer, R"(<circle cx="%.1f" cy="%.1f" r="4.5" fill="%s"/>)", x, y, style.colour);
  } else if (shape == "square") {
    std::snprintf(buffer, sizeof buffer, R"(<rect x="%.1f" y="%.1f" width="9" height="9" fill="%s"/>)", x - 4.5,
                  y - 4.5, style.colour);
  } else if (shape == "triangle") {
    std::snprintf(buffer, sizeof buffer, R"(<path d="M%.1f %.1f L%.1f %.1f L%.1f %.1f Z" fill="%s"/>)", x, y - 5.5,
                  x + 5, y + 4, x - 5, y + 4, style.colour);
  } else {
    std::snprintf(buffer, sizeof buffer, R"(<path d="M%.1f %.1f L%.1f %.1f L%.1f %.1f L%.1f %.1f Z" fill="%s"/>)", x,
                  y - 5.5, x + 5.5, y, x, y + 5.5, x - 5.5, y, style.colour);
  }
  return buffer;
}

// What a screen reader announces: the chart's figures in words (the table beside it holds
// them too).
std::string description(const Chart& chart) {
  std::string out;
  for (const auto& series : chart.series) {
    out += (out.empty() ? "" : "; ") + series.name + ":";
    for (std::size_t i = 0; i < chart.categories.size(); ++i) {
      const auto& value = i < series.values.size() ? series.values[i] : std::nullopt;
      out += (i ? ", " : " ") + chart.categories[i] + " " + (value ? number(*value) : "no figure");
    }
  }
  if (chart.target) out += "; target " + number(*chart.target);
  return out;
}

// Title, legend, axis, gridlines and target: everything but the figures.
std::string frame(const Chart& chart, const std::string& id, double top, bool with_patterns) {
  char head[400];
  std::snprintf(head, sizeof head,
                R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.0f %.0f" width="100%%" role="img" )"
                R"(aria-labelledby="%s-title %s-desc" class="app-chart">)",
                width, height, id.c_str(), id.c_str());
  std::string out = head;
  out += "<title id=\"" + id + "-title\">" + escaped(chart.title) + "</title>";
  out += "<desc id=\"" + id + "-desc\">" + escaped(description(chart)) + "</desc>";
  if (with_patterns) out += patterns(id, chart.series.size());
  out += R"(<rect width="100%" height="100%" fill="#ffffff"/>)";
  double legend_x = plot_left;
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    if (with_patterns) {
      char swatch[200];
      std::snprintf(swatch, sizeof swatch, R"(<rect x="%.1f" y="8" width="14" height="14" fill="%s"/>)", legend_x,
                    fill_of(id, i).c_str());
      out += swatch;
    } else {
      out += marker(i, legend_x + 7, 15);
    }
    out += text_at(legend_x + 20, 20, chart.series[i].name, "start");
    legend_x += 28 + 7.0 * static_cast<double>(chart.series[i].name.size());
  }
  for (int tick = 0; tick <= ticks; ++tick) {
    double value = top * tick / ticks;
    double y = y_of(value, top);
    char line[200];
    std::snprintf(line, sizeof line, R"(<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="1"/>)",
                  plot_left, y, plot_right, y, tick == 0 ? "#0b0c0c" : "#b1b4b6");
    out += line;
    out += text_at(plot_left - 6, y + 4, tick_label(value), "end", 11);
  }
  char unit[200];
  std::snprintf(unit, sizeof unit, R"svg(<g transform="translate(14 %.1f) rotate(-90)">)svg", (plot_top + plot_bottom) / 2);
  out += unit + text_at(0, 0, chart.unit, "middle") + "</g>";
  double slot = (plot_right - plot_left) / static_cast<double>(std::max<std::size_t>(1, chart.categories.size()));
  for (std::size_t i = 0; i < chart.categories.size(); ++i) {
    out += text_at(plot_left + slot * (static_cast<double>(i) + 0.5), plot_bottom + 20, chart.categories[i], "middle");
  }
  return out;
}

std::string target_line(const Chart& chart, double top) {
  if (!chart.target) return "";
  double y = y_of(*chart.target, top);
  char line[300];
  std::snprintf(line, sizeof line,
                R"(<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#d4351c" stroke-width="2" )"
                R"(stroke-dasharray="8 5" data-target="%s"/>)",
                plot_left, y, plot_right, y, number(*chart.target).c_str());
  return line + text_at(plot_right, y - 6, "Target " + number(*chart.target), "end", 11);
}

std::optional<double> value_at(const ChartSeries& series, std::size_t category) {
  return category < series.values.size() ? series.values[category] : std::nullopt;
}

}  // namespace

std::string bar_chart_svg(const Chart& chart) {
  std::string id = chart_id(chart);
  double top = axis_top(chart);
  std::string out = frame(chart, id, top, true);
  double slot = (plot_right - plot_left) / static_cast<double>(std::max<std::size_t>(1, chart.categories.size()));
  double bar = slot * 0.7 / static_cast<double>(std::max<std::size_t>(1, chart.series.size()));
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    double group_left = plot_left + slot * static_cast<double>(c) + slot * 0.15;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      double x = group_left + bar * static_cast<double>(s);
      auto value = value_at(chart.series[s], c);
      if (!value) {
        out += text_at(x + bar / 2, plot_bottom - 6, "no figure", "middle", 10);
        continue;
      }
      double y = y_of(*value, top);
      char rect[300];
      std::snprintf(rect, sizeof rect,
                    R"(<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s" stroke="%s" data-value="%s"/>)", x,
                    y, bar, plot_bottom - y, fill_of(id, s).c_str(), style_of(s).colour, number(*value).c_str());
      out += rect;
      out += text_at(x + bar / 2, y - 4, number(*value), "middle", 10);
    }
  }
  return out + target_line(chart, top) + "</svg>";
}

std::string line_chart_svg(const Chart& chart) {
  std::string id = chart_id(chart);
  double top = axis_top(chart);
  std::string out = frame(chart, id, top, false);
  double slot = (plot_right - plot_left) / static_cast<double>(std::max<std::size_t>(1, chart.categories.size()));
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    std::string path;
    bool drawing = false;
    std::string points;
    for (std::size_t c = 0; c < chart.categories.size(); ++c) {
      auto value = value_at(chart.series[s], c);
      if (!value) {
        drawing = false;
        continue;
      }
      double x = plot_left + slot * (static_cast<double>(c) + 0.5);
      double y = y_of(*value, top);
      char step[64];
      std::snprintf(step, sizeof step, "%s%.1f %.1f ", drawing ? "L" : "M", x, y);
      path += step;
      drawing = true;
      points += marker(s, x, y);
    }
    if (!path.empty()) {
      out += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + style_of(s).colour +
             "\" stroke-width=\"2.5\" data-series=\"" + escaped(chart.series[s].name) + "\"/>";
    }
    out += points;
  }
  return out + target_line(chart, top) + "</svg>";
}

}  // namespace pathway::performance
