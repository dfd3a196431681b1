#pragma once
// The Youth Justice Board's ten key performance indicators for youth justice services (the
// set in force from April 2023: "Key performance indicators for youth justice services",
// gov.uk), each with what Pathway can count for it now. Those Pathway holds the records for
// are counted by the measures engine under a named definition set (kpi.md's, pathway-2025-1,
// or the practice indicators', pathway-practice-2026-1); the others wait for the records a
// later issue adds, and say which. Pure.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "measures/measure_set.h"

namespace pathway::performance {

// An indicator's figure for one period and scope: `count` of `of`, and the rate.
struct IndicatorFigure {
  std::int64_t count = 0;
  // The denominator's count; for a population rate, the population, nullopt when unknown.
  std::optional<std::int64_t> of;
  measures::Ratio value;         // nullopt when there is nothing to divide by
  std::string_view unit;         // "%" or "per 10,000 children aged 10 to 17"
  std::string_view count_words;  // "children in suitable accommodation"
  std::string_view of_words;     // "children whose order ended"
  std::string detail;            // the indicator's other figures in words; may be empty
  // The counted figures (measures/counted_figures.h) whose lists of children are behind
  // `count` and `of`; empty when there is no such list (a population).
  std::string_view count_key, of_key;
};

struct YjbIndicator {
  int number = 0;                // KPI 1 to 10
  std::string_view name;         // "Accommodation"
  std::string_view yjb_measure;  // what the YJB measures, in brief
  // Counted now: the definition set, how Pathway counts it, and the figure. Waiting:
  // definition_set is empty and waiting_for says for what.
  std::string_view definition_set;
  std::string_view pathway_measure;
  std::string_view waiting_for;
  std::optional<IndicatorFigure> (*figure)(const measures::MeasureSet&) = nullptr;

  bool computed() const { return figure != nullptr; }
};

// The ten, in the YJB's order.
std::span<const YjbIndicator> yjb_indicators();

}  // namespace pathway::performance
