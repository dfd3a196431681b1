#pragma once
// The plan page's data (templates/practice/plan.mustache): the case formulation as it
// stands with its earlier versions, the plan's objectives (the child's words beside the
// worker's, the owner, actions, review date) and its reviews.
#include <optional>
#include <string>
#include <vector>

#include "practice/plans/formulation.h"
#include "practice/plans/plan.h"
#include "web/view_data.h"

namespace pathway::practice {

// Sets "has_formulation", "formulation" (the newest version's sections) and "earlier_versions".
void add_formulation_data(web::ViewData& data, const std::vector<FormulationVersion>& versions);

// Sets "has_plan", "objectives", "reviews", "next_review" (and "has_reviews").
void add_plan_data(web::ViewData& data, const std::optional<Plan>& plan);

// "Accommodation" for a need area's code (the code itself if unknown).
std::string need_area_label(const std::string& code);

// "plan 3 (objectives 4 5, reviews 1)" and "formulation version 2": what the page showed, for
// its audit event.
std::string plan_shown(const std::optional<Plan>& plan);
std::string formulation_shown(const std::vector<FormulationVersion>& versions);

}  // namespace pathway::practice
