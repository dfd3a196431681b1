#pragma once
// What the pages of a child's assessments share (the list, the form, one assessment, side
// by side): the child and the assessment named in the address, the layout with the
// "Assessments" tab current, and their addresses.
#include <optional>
#include <string>

#include "children/child_repository.h"
#include "practice/assessments/assessment_templates.h"
#include "practice/assessments/assessments.h"
#include "web/app.h"

namespace pathway::web {

// "/children/{public id}/assessments".
std::string assessments_href(const children::ChildSummary& summary);

// "/children/{public id}/assessments/{id}".
std::string assessment_href(const children::ChildSummary& summary, std::int64_t assessment_id);

// The layout with the child's header, the Assessments tab current, and a Back link to the
// list of assessments (or, when `back_to_record`, to the record itself).
ViewData assessment_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                              std::string title, bool back_to_record = false);

// The assessment with the id in the address parameter `name`, of the child, with its
// template version; nullopt if there is none.
struct AssessmentOnTemplate {
  practice::Assessment assessment;
  practice::AssessmentTemplate form;
};
std::optional<AssessmentOnTemplate> assessment_in_address(PageContext& context, store::Connection& connection,
                                                          const children::ChildSummary& summary,
                                                          const std::string& id_text);

// The answer for an assessment that is not there (not found, audited).
Response assessment_not_found(PageContext& context, const children::ChildSummary& summary);

// "Draft", "Completed" or "Countersigned".
std::string assessment_state_label(const std::string& state);

// "assessment:12", for the list after "shown: " in an audit detail.
std::string shown_assessment(std::int64_t assessment_id);

}  // namespace pathway::web
