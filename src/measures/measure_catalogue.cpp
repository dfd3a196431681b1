#include "measures/measure_catalogue.h"

#include <array>

namespace pathway::measures {

namespace {

Ratio count(std::int64_t value) { return static_cast<double>(value); }

// kpi.md gives no percentage for the two ETE age groups (nor for accommodation at 16 and
// 17), only their counts; the board report (and the background plan's targets, 80% and 75%)
// use their percentages, worked like kpi.md's (measures::percent).

constexpr std::array<HeadlineMeasure, 14> all = {{
    {"first_time_entrants", "count", "First time entrants", "children", Better::lower,
     [](const MeasureSet& s) { return count(s.first_time_entrants.count); }},
    {"first_time_entrants", "rate_per_100k", "First time entrants per 100,000 children aged 10 to 17",
     "per 100,000", Better::lower, [](const MeasureSet& s) { return s.first_time_entrants.rate_per_100k; }},
    {"custody", "percent_of_court_disposals", "Custodial sentences, % of court disposals", "%", Better::lower,
     [](const MeasureSet& s) { return s.custody.percent_of_court_disposals; }},
    {"custody", "rate_per_1000", "Custodial sentences per 1,000 children aged 10 to 17", "per 1,000",
     Better::lower, [](const MeasureSet& s) { return s.custody.rate_per_1000; }},
    {"remands", "percent_youth_detention", "Remands to youth detention, % of remand episodes", "%",
     Better::lower, [](const MeasureSet& s) { return s.remands.percent_youth_detention; }},
    {"reoffending", "binary_rate", "Reoffending: % of the cohort who reoffended", "%", Better::lower,
     [](const MeasureSet& s) { return s.reoffending.binary_rate; }},
    {"reoffending", "frequency_per_offender", "Reoffences per child in the cohort", "reoffences",
     Better::lower, [](const MeasureSet& s) { return s.reoffending.frequency_per_offender; }},
    {"accommodation", "percent_suitable", "Suitable accommodation at the end of an order", "%",
     Better::higher, [](const MeasureSet& s) { return s.accommodation.percent_suitable; }},
    {"accommodation", "percent_16_17_suitable", "Suitable accommodation at the end of an order, aged 16 and 17",
     "%", Better::higher,
     [](const MeasureSet& s) {
       return percent(s.accommodation.aged_16_17_suitable, s.accommodation.aged_16_17_ending);
     }},
    {"ete", "percent_suitable", "In education, training or employment at the end of an order", "%",
     Better::higher, [](const MeasureSet& s) { return s.ete.percent_suitable; }},
    {"ete", "percent_school_age_suitable", "In suitable education at the end of an order, school age", "%",
     Better::higher,
     [](const MeasureSet& s) { return percent(s.ete.school_age_suitable, s.ete.school_age_ending); }},
    {"ete", "percent_above_school_age_suitable",
     "In education, training or employment at the end of an order, above school age", "%", Better::higher,
     [](const MeasureSet& s) { return percent(s.ete.above_school_age_suitable, s.ete.above_school_age_ending); }},
    {"out_of_court", "percent_completed", "Out of court disposals completed", "%", Better::higher,
     [](const MeasureSet& s) { return s.out_of_court.percent_completed; }},
    {"serious_violence", "rate_per_10k", "Children with a serious violent offence per 10,000 aged 10 to 17",
     "per 10,000", Better::lower, [](const MeasureSet& s) { return s.serious_violence.rate_per_10k; }},
}};

}  // namespace

std::string HeadlineMeasure::key() const { return std::string(measure) + "." + std::string(figure); }

std::span<const HeadlineMeasure> headline_measures() { return all; }

const HeadlineMeasure* find_headline_measure(std::string_view key) {
  for (const auto& headline : all) {
    if (headline.key() == key) return &headline;
  }
  return nullptr;
}

}  // namespace pathway::measures
