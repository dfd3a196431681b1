#pragma once
// A measure set written out: the JSON object of kpi.md "Machine-readable output" exactly
// (its keys in its order, numbers unrounded, null for an unknown ratio), and the same
// figures as CSV and as a table for people. The practice indicators of definition set
// pathway-practice-2026-1 are written in the same shape, each under its own set's name,
// never mixed into kpi.md's object.
#include <optional>
#include <string>
#include <string_view>

#include "measures/measure_set.h"

namespace pathway::measures {

// Which definition set's figures to write.
enum class Definitions { kpi_md, practice };

// The set named `name` ("pathway-2025-1" or "pathway-practice-2026-1"); nullopt for another.
std::optional<Definitions> definitions_named(std::string_view name);

// One JSON object and a line end. Doubles are written in the shortest form that reads back
// as the same number.
std::string measures_json(const MeasureSet& set, Definitions which = Definitions::kpi_md);

// "measure,figure,value" rows: e.g. "custody,percent_of_court_disposals,4.5"; an unknown
// value is an empty cell.
std::string measures_csv(const MeasureSet& set, Definitions which = Definitions::kpi_md);

// The figures under headings, aligned, with ratios rounded to one decimal place and
// "unknown" / "none to divide by" in words.
std::string measures_table(const MeasureSet& set, Definitions which = Definitions::kpi_md);

}  // namespace pathway::measures
