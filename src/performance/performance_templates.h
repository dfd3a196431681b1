#pragma once
// The performance pages' templates (web/page_templates.h declares the rest): the dashboard
// and the targets show figures, no names; the list of the children behind a figure shows
// personal data, or only its errors.
#include "web/page_templates.h"

namespace pathway::web::pages {

inline constexpr PageTemplate performance_dashboard{"performance/dashboard"};
inline constexpr PageTemplate performance_targets{"performance/targets"};
inline constexpr PageTemplate performance_children_errors{"performance/drilldown"};
inline constexpr PersonalDataTemplate performance_children{"performance/drilldown"};

}  // namespace pathway::web::pages
