#pragma once
// Checks what an administrator typed into the team form.
#include <optional>
#include <string>
#include <vector>

#include "reference/geography.h"
#include "reference/teams.h"
#include "web/page.h"

namespace pathway::admin {

struct TeamForm {
  std::string code;  // only when adding
  std::string name;
  std::vector<std::string> districts;  // district codes, one per ticked box
};

struct TeamValidation {
  std::optional<reference::Team> team;  // set when there are no errors
  std::vector<web::FieldError> errors;  // in form order
};

// Checks the form against the teams and districts that exist. `existing` is the team being
// changed (its code stays), or nullptr when adding: then the code must be 2 to 20 of a-z,
// 0-9 and '-', and not taken. Every team needs a name no other team has and at least one
// district.
TeamValidation validate_team_form(const TeamForm& form, const std::vector<reference::Team>& teams,
                                  const std::vector<reference::District>& districts,
                                  const reference::Team* existing);

}  // namespace pathway::admin
