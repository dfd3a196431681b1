#pragma once
// Checks shared by the administrator's forms (accounts, teams, places, settings): each
// adds a GOV.UK error message for its field when what was typed is refused.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "web/page.h"

namespace pathway::admin {

// A name people read (a person's, a team's, a district's): ordinary white space around it
// is dropped; then it must not be blank and must keep the rule for names
// (core/free_text.h). `what` names it in the messages: "team name" gives "Enter the team
// name" and "The team name must ...".
std::optional<std::string> checked_name(std::string_view typed, std::string_view what, std::size_t max_length,
                                        const std::string& field, std::vector<web::FieldError>& errors);

// A whole number from `minimum` to `maximum` (white space around it is dropped); otherwise
// `message` is added for the field.
std::optional<int> checked_whole_number(std::string_view typed, int minimum, int maximum, const std::string& field,
                                        const std::string& message, std::vector<web::FieldError>& errors);

}  // namespace pathway::admin
