#pragma once
// The headline figures of kpi.md's measure set that a service watches, sets targets for and
// reports to its board: one list, so the dashboard, the board report and the targets pages
// name, order and read each figure the same way.
#include <span>
#include <string>
#include <string_view>

#include "measures/measure_set.h"

namespace pathway::measures {

// Whether a figure improves by falling (custody, reoffending) or by rising (suitable ETE).
enum class Better { lower, higher };

struct HeadlineMeasure {
  // kpi.md's names: "custody", "percent_of_court_disposals"; a percentage kpi.md gives only
  // as its two counts is named in the same way ("ete", "percent_school_age_suitable").
  std::string_view measure, figure;
  std::string_view label;            // plain words: "Custodial sentences, % of court disposals"
  std::string_view unit;             // "%", "per 100,000 children aged 10 to 17", "children"
  Better better;
  Ratio (*value)(const MeasureSet&);  // nullopt when kpi.md says null

  // "custody.percent_of_court_disposals": how targets, URLs and exports name the figure.
  std::string key() const;
};

// In the order pages and reports show them.
std::span<const HeadlineMeasure> headline_measures();

// nullptr when no headline measure has the key.
const HeadlineMeasure* find_headline_measure(std::string_view key);

}  // namespace pathway::measures
