#pragma once
// A measure set written out: the JSON object of kpi.md "Machine-readable output" exactly
// (its keys in its order, numbers unrounded, null for an unknown ratio), and the same
// figures as CSV and as a table for people.
#include <string>

#include "measures/measure_set.h"

namespace pathway::measures {

// One JSON object and a line end. Doubles are written in the shortest form that reads back
// as the same number.
std::string measures_json(const MeasureSet& set);

// "measure,figure,value" rows: e.g. "custody,percent_of_court_disposals,4.5"; an unknown
// value is an empty cell.
std::string measures_csv(const MeasureSet& set);

// The figures under headings, aligned, with ratios rounded to one decimal place and
// "unknown" / "none to divide by" in words.
std::string measures_table(const MeasureSet& set);

}  // namespace pathway::measures
