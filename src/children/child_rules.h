#pragma once
// The rules a child's details meet wherever they come from: the child form, an import, or
// any other caller of the store (which refuses details that break them). One set of rules,
// so that whatever the form saves can be exported and imported again unchanged.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "children/child.h"
#include "core/dates.h"

namespace pathway::children {

// The earliest date of birth Pathway holds. Records of adults who were children long ago
// are migrated too, so there is no tighter bound; it is also the earliest date the
// exchange format writes, so every date of birth saved can be exported and imported.
inline constexpr Date earliest_date_of_birth{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}};

// What is wrong with a date of birth, as a phrase following "Date of birth" ("must be
// today or in the past"), or nullopt: it must be a real calendar date from
// earliest_date_of_birth to `today`. (An age outside 10 to 17 is only a warning, given by
// the form.)
std::optional<std::string> date_of_birth_problem(Date date_of_birth, Date today);

// What is wrong with a given or family name (already trimmed of ordinary white space), as
// a phrase following the field's name, or nullopt: free_text_problem with max_name_length.
std::optional<std::string> name_problem(std::string_view name);

struct DetailProblem {
  std::string field;   // as in stored_fields and the exchange format: "given_name", "date_of_birth", ...
  std::string reason;  // "must not start or end with a space"
};

// Every rule the details break, in form order; empty when they may be saved.
std::vector<DetailProblem> child_details_problems(const ChildDetails& details, Date today);

}  // namespace pathway::children
