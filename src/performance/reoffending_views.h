#pragma once
// The reoffending tracker's figures as its pages show them.
#include <string>

#include "measures/measure_set.h"
#include "web/view_data.h"

namespace pathway::performance {

// A percentage to one decimal place ("33.3%"); "no figure" when there is nothing to divide by.
std::string percent_text(measures::Ratio value);
// A frequency to two decimal places ("0.52"); "no figure" when there is nothing to divide by.
std::string frequency_text(measures::Ratio value);

// A cohort's figures for a table row: cohort, reoffenders, reoffences, binary_rate,
// frequency_per_offender, frequency_per_reoffender.
web::ViewData figures_view(const measures::ReoffendingFigures& figures);

}  // namespace pathway::performance
