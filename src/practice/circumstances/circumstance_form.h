#pragma once
// The form recording a change in a child's accommodation or their education, training or
// employment: what was typed, checked into the store's values or GOV.UK errors beside the
// fields.
#include <optional>
#include <string>
#include <vector>

#include "practice/circumstances/circumstances.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::practice {

// The longest note, in characters; the most hours of ETE in a week.
inline constexpr std::size_t max_circumstance_note_length = 2000;
inline constexpr int max_ete_hours = 60;

struct CircumstanceForm {
  std::string kind;  // accommodation_kind or ete_kind, from the address
  std::string status;
  std::string suitability;
  std::string hours;  // ETE only
  web::DateInput from;
  std::string note;
};

struct CircumstanceCheck {
  std::optional<CircumstanceDetails> details;
  std::vector<web::FieldError> errors;
};

// A status of the kind's list; whether it is suitable (not asked, and stored unsuitable,
// for no fixed abode and for no ETE); for ETE other than none, the hours a week, a whole
// number 0 to max_ete_hours (and none given for none); the date it applies from, not after
// `today` nor before the child was born; an optional note.
CircumstanceCheck check_circumstance(const CircumstanceForm& form, Date date_of_birth, Date today);

}  // namespace pathway::practice
