#pragma once
// Checks what a member of staff typed into the forms of a youth rehabilitation order's
// requirements: adding a requirement (a kind of the list, a whole number, real dates,
// each day's curfew hours), then the law for the order's conviction date through the
// sentencing library (requirement_addition_breaches); and recording progress (a real
// date, a whole number, a note), then progress_breaches. Pure.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "justice/requirement_progress.h"
#include "justice/yro_requirements.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::justice {

// The add-a-requirement form as typed.
struct RequirementForm {
  std::string kind;  // a code of requirement_kinds()
  std::string amount;
  web::DateInput starts_on;
  web::DateInput ends_on;
  std::array<std::string, 7> curfew_hours;  // the 7 days from the start; blank counts as 0
};

// The form filled in with the requirement as recorded, to correct it.
RequirementForm requirement_form_from(const Requirement& requirement);

struct RequirementFormCheck {
  std::optional<Requirement> requirement;  // set when there are no errors
  std::vector<web::FieldError> errors;     // in form order
};

// `order` is the order as recorded, with its requirements so far; `pilot` the ISS pilot
// with the service's districts.
RequirementFormCheck check_requirement_form(const RequirementForm& form, const ProposedYro& order,
                                            const IssPilot& pilot);

// The correct-a-requirement form (its kind as recorded): checked as adding the corrected
// requirement to the order with its `others` requirements (all but the one corrected),
// then each record of progress so far (`recorded`, oldest first) checked again against the
// corrected requirement by progress_breaches, so no correction leaves progress the rules
// would refuse (more done than ordered, done before it starts).
RequirementFormCheck check_requirement_correction(const RequirementForm& form, const ProposedYro& others,
                                                  const IssPilot& pilot, const std::vector<ProgressEntry>& recorded,
                                                  Date today);

// The longest note on a record of progress, in characters.
inline constexpr std::size_t max_progress_note = 500;

// The record-progress form as typed.
struct ProgressForm {
  web::DateInput done_on;
  std::string amount;
  std::string note;
};

struct ProgressFormCheck {
  std::optional<ProgressEntry> entry;  // set when there are no errors
  std::string note;                    // trimmed
  std::vector<web::FieldError> errors;  // in form order
};

// `recorded` is the requirement's progress so far; `order_ended` the order's actual end,
// when recorded. A requirement with no ordered amount needs a note saying what was done.
ProgressFormCheck check_progress_form(const ProgressForm& form, const Requirement& requirement,
                                      const std::vector<ProgressEntry>& recorded, Date today,
                                      std::optional<Date> order_ended);

}  // namespace pathway::justice
