#pragma once
// A target as typed into the targets form: a number, not negative, and for a percentage no
// more than 100. Blank means "no target of its own" (the scope falls back to the service's).
#include <optional>
#include <string>
#include <vector>

#include "measures/measure_catalogue.h"
#include "web/page.h"

namespace pathway::performance {

// The form field holding a measure's target: "target-custody-percent_of_court_disposals".
std::string target_field(const measures::HeadlineMeasure& measure);

// The target typed for the measure: nullopt when blank, or when it is wrong (an error for
// the field is added to `errors`). A "%" after a percentage and spaces around are allowed.
std::optional<double> typed_target(const measures::HeadlineMeasure& measure, const std::string& typed,
                                   std::vector<web::FieldError>& errors);

// The target as the form shows it again: "3.5", "31", or "" for none.
std::string target_as_typed(std::optional<double> target);

}  // namespace pathway::performance
