#pragma once
// The routes of assessments, and the list page that the side by side form falls back to
// when what was chosen cannot be compared.
#include <string>
#include <vector>

#include "practice/assessments/assessment_page_data.h"

namespace pathway::web {

// The two assessments chosen to put side by side, as posted (ids as text).
struct CompareChoice {
  std::string first;
  std::string second;
};

// The list of the child's assessments, audited with the ids it shows; the side by side
// form shows `compare` and `errors` (status 422 with errors).
Response assessment_list_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                              const CompareChoice& compare, const std::vector<FieldError>& errors, int status);

// The list and starting one; the form (drafts and completion); one assessment with its
// countersignature and reassessment; two side by side; the administrator's templates.
void add_assessment_list_pages(Routes& routes);
void add_assessment_form_pages(Routes& routes);
void add_assessment_pages(Routes& routes);
void add_assessment_compare_page(Routes& routes);
void add_assessment_template_pages(Routes& routes);

// All of the above, in the router's order (assessment_routes.cpp).
void add_practice_assessment_pages(Routes& routes);

}  // namespace pathway::web
