#pragma once
// Checks what a member of staff typed into the offence form: the form's own checks (a real
// date, not in the future; a category of the list; a whole-number score; a short
// description), then the rules of the record (offence_breaches: a child aged 10 to 17 on
// the date). Pure.
#include <optional>
#include <string>
#include <vector>

#include "justice/offences.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::justice {

// The longest description the form accepts, in characters.
inline constexpr std::size_t max_offence_description = 500;

// The form as typed, every field a string so it can be shown back unchanged.
struct OffenceForm {
  web::DateInput offence_date;
  std::string category;
  std::string gravity;
  std::string description;
};

struct OffenceFormCheck {
  std::optional<OffenceDetails> details;  // set when there are no errors
  std::vector<web::FieldError> errors;    // in form order
};

OffenceFormCheck check_offence_form(const OffenceForm& form, Date date_of_birth, Date today);

// The form holding a recorded offence, for correcting it.
OffenceForm offence_form_from(const OffenceDetails& details);

}  // namespace pathway::justice
