#pragma once
// The view data of assessments for the templates under templates/practice/: the form's
// questions with their inputs, an assessment's answers by section, and the facts about one
// assessment (its template and version, state, dates, author) that lists and pages show.
#include <vector>

#include "practice/assessments/assessment_templates.h"
#include "practice/assessments/assessments.h"
#include "web/page.h"
#include "web/view_data.h"

namespace pathway::web {

// The name of the form field answering the question: "q-{id}".
std::string answer_field(const practice::Question& question);

// The sections with each question's input (a text area, radios, a number or a date box),
// showing the answers as typed and the error beside each question that has one.
ViewList form_sections(const practice::AssessmentTemplate& form, const practice::Answers& typed,
                       const std::vector<FieldError>& errors);

// The sections with each question and its answer in words ("Not answered" when blank).
ViewList answer_sections(const practice::AssessmentTemplate& form, const practice::Answers& answers);

// id, title, version, state label, started, completed, countersigned (with by whom), author.
ViewData assessment_facts(const practice::Assessment& assessment);

}  // namespace pathway::web
