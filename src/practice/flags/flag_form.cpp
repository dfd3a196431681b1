#include "practice/flags/flag_form.h"

#include "justice/form_checks.h"
#include "justice/record_rules.h"
#include "practice/flags/flag_types.h"
#include "practice/notes/case_note_form.h"

namespace pathway::practice {

namespace {

// The MAPPA level chosen for a flag of `flag_type`: 1 to 3 for MAPPA, nullopt for any other
// type (a level chosen for another type is an error too: it would be lost unseen).
std::optional<int> mappa_level(const std::string& chosen, std::string_view flag_type,
                               std::vector<web::FieldError>& errors) {
  if (flag_type != mappa_flag) {
    if (!chosen.empty()) errors.push_back({"mappa-level", "Choose a MAPPA level only for a MAPPA flag", "mappa-level"});
    return std::nullopt;
  }
  if (chosen == "1" || chosen == "2" || chosen == "3") return chosen[0] - '0';
  errors.push_back({"mappa-level", "Choose the MAPPA level", "mappa-level"});
  return std::nullopt;
}

}  // namespace

RaiseFlagCheck check_raise_flag(const RaiseFlagForm& form, Date date_of_birth, Date today) {
  RaiseFlagCheck checked;
  auto& errors = checked.errors;
  bool known = justice::is_one_of(justice::codes_of(flag_types()), form.flag_type);
  if (!known) errors.push_back({"flag-type", "Choose the flag", "flag-type"});
  auto level = known ? mappa_level(form.mappa_level, form.flag_type, errors) : std::nullopt;
  auto start = justice::past_date(form.start_date, {"start-date", "The start date", "Enter the start date"}, today,
                                  errors);
  if (start && *start < date_of_birth) {
    errors.push_back({"start-date", "The start date must be after the child was born", "start-date-day"});
  }
  auto review = web::read_date_input(form.review_date,
                                     {"review-date", "The review date", "Enter the date the flag is to be reviewed"},
                                     errors);
  if (review && *review < today) {
    errors.push_back({"review-date", "The review date must be today or in the future", "review-date-day"});
  } else if (review && start && *review <= *start) {
    errors.push_back({"review-date", "The review date must be after the start date", "review-date-day"});
  }
  auto reason = long_text(form.reason, "reason", "reason the flag is raised", max_flag_reason_length, true, errors);
  justice::sort_in_form_order(errors, {"flag-type", "mappa-level", "start-date", "review-date", "reason"});
  if (errors.empty()) checked.details = FlagDetails{form.flag_type, level, *start, *review, *reason};
  return checked;
}

ReviewFlagCheck check_review_flag(const ReviewFlagForm& form, const Flag& flag, Date today) {
  ReviewFlagCheck checked;
  auto& errors = checked.errors;
  auto next = web::read_date_input(form.next_review_date,
                                   {"review-date", "The next review date", "Enter the date of the next review"}, errors);
  if (next && *next <= today) {
    errors.push_back({"review-date", "The next review date must be in the future", "review-date-day"});
  }
  auto level = mappa_level(form.mappa_level, flag.details.flag_type, errors);
  auto why = long_text(form.why, "reason", "outcome of the review", max_flag_reason_length, true, errors);
  justice::sort_in_form_order(errors, {"review-date", "mappa-level", "reason"});
  if (errors.empty()) checked.review = FlagReview{*next, level, *why};
  return checked;
}

EndFlagCheck check_end_flag(const EndFlagForm& form, const Flag& flag, Date today) {
  EndFlagCheck checked;
  auto& errors = checked.errors;
  auto end = justice::past_date(form.end_date, {"end-date", "The end date", "Enter the end date"}, today, errors);
  if (end && *end < flag.details.start_date) {
    errors.push_back({"end-date", "The end date must be on or after the day the flag started", "end-date-day"});
  }
  auto why = long_text(form.why, "reason", "reason the flag ends", max_flag_reason_length, true, errors);
  if (errors.empty()) {
    checked.end_date = end;
    checked.why = *why;
  }
  return checked;
}

}  // namespace pathway::practice
