#pragma once
// Checks what an administrator typed into the establishment form.
#include <optional>
#include <string>
#include <vector>

#include "reference/establishments.h"
#include "web/page.h"

namespace pathway::admin {

struct EstablishmentForm {
  std::string name;
  std::string establishment_type;
  std::string youngest_age;
  std::string oldest_age;      // blank: no upper age (the adult estate)
  std::string holds_children;  // "yes" or "no"
};

struct EstablishmentValidation {
  std::optional<reference::EstablishmentDetails> details;  // set when there are no errors
  std::vector<web::FieldError> errors;                      // in form order
};

// Every establishment needs a name no other has (`existing_id` is the one being changed,
// 0 when adding), a type of the exchange format's list, a youngest age of 10 to 99 (18 or
// more for an adult prison), an oldest age not below it or none, and whether it still holds
// children.
EstablishmentValidation validate_establishment_form(const EstablishmentForm& form,
                                                    const std::vector<reference::Establishment>& establishments,
                                                    std::int64_t existing_id);

}  // namespace pathway::admin
