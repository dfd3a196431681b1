#pragma once
// Checks what a member of staff typed into the child form.
#include <optional>
#include <string>
#include <vector>

#include "children/child.h"
#include "web/page.h"

namespace pathway::children {

// The form as typed; every field a string so it can be shown back unchanged.
struct ChildForm {
  std::string given_name;
  std::string family_name;
  std::string dob_day;
  std::string dob_month;
  std::string dob_year;
  std::string sex;
  std::string ethnicity;
  std::string district_code;
  std::string looked_after;
};

struct ChildValidation {
  std::optional<ChildDetails> details;         // set when there are no errors
  std::vector<web::FieldError> errors;         // GOV.UK error messages, in form order
  std::vector<std::string> warnings;           // do not block saving (e.g. age outside 10-17)
};

// Validates the form against today's date and the known district codes.
ChildValidation validate_child_form(const ChildForm& form, Date today,
                                    const std::vector<std::string>& district_codes);

}  // namespace pathway::children
