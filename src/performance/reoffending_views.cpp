#include "performance/reoffending_views.h"

#include <cstdio>

namespace pathway::performance {

namespace {

constexpr const char* no_figure = "no figure";

std::string fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

}  // namespace

std::string percent_text(measures::Ratio value) { return value ? fixed(*value, 1) + "%" : no_figure; }

std::string frequency_text(measures::Ratio value) { return value ? fixed(*value, 2) : no_figure; }

web::ViewData figures_view(const measures::ReoffendingFigures& figures) {
  web::ViewData view;
  view.set("cohort", std::to_string(figures.cohort));
  view.set("reoffenders", std::to_string(figures.reoffenders));
  view.set("reoffences", std::to_string(figures.reoffences));
  view.set("binary_rate", percent_text(figures.binary_rate));
  view.set("frequency_per_offender", frequency_text(figures.frequency_per_offender));
  view.set("frequency_per_reoffender", frequency_text(figures.frequency_per_reoffender));
  return view;
}

}  // namespace pathway::performance
