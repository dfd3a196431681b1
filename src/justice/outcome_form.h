#pragma once
// Checks what a member of staff typed into the outcome form: the form's own checks (an
// outcome type of the list, real dates, the outcome not in the future, offences from those
// offered, a whole number of months, the listed completions and end statuses), then the
// rules of the record (outcome_breaches: at least one offence, none after the outcome; the
// end not before the start; a detention and training order's age and term by its date;
// court_outcome_breaches: a court outcome's court and date of conviction, none for another).
// Pure.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "justice/outcomes.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::justice {

// The form as typed, every field a string so it can be shown back unchanged.
struct OutcomeForm {
  std::string outcome_type;
  web::DateInput outcome_date;
  std::vector<std::string> offences;  // offence ids, as posted
  web::DateInput start_date;
  web::DateInput end_date;
  std::string length_months;
  std::string completion;
  std::string end_ete;
  std::string end_accommodation;
  std::string court;           // a court outcome's court
  web::DateInput hearing_date;  // and the hearing that convicted the child
};

struct OutcomeFormCheck {
  std::optional<OutcomeDetails> details;  // set when there are no errors
  std::vector<web::FieldError> errors;    // in form order
};

// `offered` are the offences the form listed (the child's own, not yet disposed of), by
// id with their dates: an offence not among them is refused.
OutcomeFormCheck check_outcome_form(const OutcomeForm& form, Date date_of_birth, Date today,
                                    const std::map<std::int64_t, Date>& offered);

}  // namespace pathway::justice
