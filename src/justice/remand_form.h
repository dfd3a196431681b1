#pragma once
// Checks what a member of staff typed to record a remand or to end one: the form's own
// checks (a remand type of the list, real dates, none in the future), then the rules of
// the record (record_rules.h remand_breaches: a child of 10 or over, 12 or over for youth
// detention; the end not before the start). Pure.
#include <optional>
#include <string>
#include <vector>

#include "justice/record_rules.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::justice {

// The remand form as typed.
struct RemandForm {
  std::string remand_type;
  web::DateInput start_date;
  web::DateInput end_date;  // may be left blank while the remand runs
};

struct RemandFormCheck {
  std::optional<RemandFacts> remand;    // set when there are no errors
  std::vector<web::FieldError> errors;  // in form order
};

RemandFormCheck check_remand_form(const RemandForm& form, Date date_of_birth, Date today);

struct RemandEndCheck {
  std::optional<Date> end_date;         // set when there are no errors
  std::vector<web::FieldError> errors;
};

// The end typed for `remand` (which has none yet): a real date, today or earlier, not
// before its start.
RemandEndCheck check_remand_end(const web::DateInput& typed, const RemandFacts& remand, Date date_of_birth, Date today);

}  // namespace pathway::justice
