#pragma once
// The forms of a child's flags: raising one, reviewing one, ending one. What was typed,
// checked into the store's values or GOV.UK errors beside the fields.
#include <optional>
#include <string>
#include <vector>

#include "practice/flags/flags.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::practice {

// The longest reason for raising, reviewing or ending a flag, in characters.
inline constexpr std::size_t max_flag_reason_length = 2000;

struct RaiseFlagForm {
  std::string flag_type;
  std::string mappa_level;  // "1", "2", "3" or blank
  web::DateInput start_date;
  web::DateInput review_date;
  std::string reason;
};

struct RaiseFlagCheck {
  std::optional<FlagDetails> details;
  std::vector<web::FieldError> errors;
};

// A type from flag_types(); a MAPPA level (1 to 3) for a MAPPA flag and none for another;
// a start date not after `today` nor before the child was born; a review date after the
// start and not before `today`; a reason.
RaiseFlagCheck check_raise_flag(const RaiseFlagForm& form, Date date_of_birth, Date today);

struct ReviewFlagForm {
  web::DateInput next_review_date;
  std::string mappa_level;
  std::string why;
};

struct ReviewFlagCheck {
  std::optional<FlagReview> review;
  std::vector<web::FieldError> errors;
};

// The next review date after `today`; a MAPPA level for a MAPPA flag; why.
ReviewFlagCheck check_review_flag(const ReviewFlagForm& form, const Flag& flag, Date today);

struct EndFlagForm {
  web::DateInput end_date;
  std::string why;
};

struct EndFlagCheck {
  std::optional<Date> end_date;
  std::string why;
  std::vector<web::FieldError> errors;
};

// An end date not before the flag started and not after `today`; why it ends.
EndFlagCheck check_end_flag(const EndFlagForm& form, const Flag& flag, Date today);

}  // namespace pathway::practice
