#pragma once
// The plan printed, both drawn by the one document writer (documents/document_writer.h):
// - the child-friendly print: the child's plan in plain words and large type (body 16 pt or
//   more), short sentences, the child's own words first, no codes or service terms;
// - the full plan: the child's details, the case formulation, every objective with its
//   need area, both sets of words, owner, actions and review date, and the reviews.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "practice/plans/formulation.h"
#include "practice/plans/plan.h"

namespace pathway::practice {

// What a printed plan is about.
struct PlanDocument {
  std::string child_name;
  std::string date_of_birth;  // as displayed
  Plan plan;
  std::optional<FormulationVersion> formulation;  // the newest version, if any
  Date printed_on;
};

// The smallest type the child-friendly print uses for its body text, in points.
inline constexpr double child_friendly_body_size = 16.0;

// Each returns the whole PDF file. Throws std::runtime_error if it cannot be written.
std::string child_friendly_plan_pdf(const PlanDocument& document);
std::string full_plan_pdf(const PlanDocument& document);

}  // namespace pathway::practice
