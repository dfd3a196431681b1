#pragma once
// The figures of kpi.md that count children or their records, each with the records behind
// it: the numbers the dashboard links to the list of children they count
// (/performance/children). The list comes from the same walk as the number
// (measures/counted_records.h), so its length is always the number. Reoffending's figures
// are listed by the reoffending tracker.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "measures/counted_records.h"
#include "measures/measure_set.h"

namespace pathway::measures {

struct CountedFigure {
  std::string_view measure, figure;  // kpi.md's names: "custody", "court_disposals"
  std::string_view label;            // plain words: "Court disposals"
  // True when the figure counts records (a child sentenced twice is listed twice); false
  // when it counts children (each once).
  bool counts_records;
  Tally tally;
  MeasureWalk walk;                           // the walk that counts it
  std::int64_t (*value)(const MeasureSet&);  // the figure in a measure set
  std::string key() const;                    // "custody.court_disposals"
};

std::span<const CountedFigure> counted_figures();
// nullptr for a key that names no counted figure.
const CountedFigure* find_counted_figure(std::string_view key);

// The records behind the figure for one period and scope: as many as the figure's value in
// that scope's measure set, by day and then by child.
std::vector<Counted> counted_records(const RecordSnapshot& snapshot, const CountedFigure& figure, Period period,
                                     const Scope& scope);

}  // namespace pathway::measures
