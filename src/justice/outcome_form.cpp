#include "justice/outcome_form.h"

#include "core/text.h"
#include "justice/court_rules.h"
#include "justice/form_checks.h"

namespace pathway::justice {

namespace {

// The offences chosen, each one offered; an error when one is not.
std::vector<std::int64_t> chosen_offences(const OutcomeForm& form, const std::map<std::int64_t, Date>& offered,
                                          std::vector<web::FieldError>& errors) {
  std::vector<std::int64_t> ids;
  for (const auto& posted : form.offences) {
    auto id = whole_number(posted, 18);
    if (!id || !offered.contains(*id)) {
      errors.push_back({"offences", "Select the offences from the list: one you chose is no longer there to dispose of"});
      return {};
    }
    ids.push_back(*id);
  }
  return ids;
}

}  // namespace

OutcomeFormCheck check_outcome_form(const OutcomeForm& form, Date date_of_birth, Date today,
                                    const std::map<std::int64_t, Date>& offered) {
  OutcomeFormCheck result;
  auto& errors = result.errors;
  bool known_type = is_one_of(outcome_types(), form.outcome_type);
  if (!known_type) errors.push_back({"outcome-type", "Select the type of outcome"});
  auto date =
      past_date(form.outcome_date, {"outcome-date", "Date of the outcome", "Enter the date of the outcome"}, today, errors);
  auto offence_ids = chosen_offences(form, offered, errors);
  auto start = optional_date(form.start_date, {"start-date", "Start date", ""}, errors);
  auto end = optional_date(form.end_date, {"end-date", "End date", ""}, errors);
  std::optional<int> months;
  if (!trim(form.length_months).empty()) {
    months = whole_number(form.length_months, 3);
    if (!months || *months == 0) {
      errors.push_back({"length-months", "Enter the length as a whole number of months, for example 12"});
      months.reset();
    }
  }
  check_optional_choice(form.completion, completions(), "completion", "Select how the order ended, or leave it blank", errors);
  check_optional_choice(form.end_ete, end_statuses(), "end-ete",
                        "Select whether education, training or employment was suitable at the end, or leave it blank",
                        errors);
  check_optional_choice(form.end_accommodation, end_statuses(), "end-accommodation",
                        "Select whether accommodation was suitable at the end, or leave it blank", errors);
  std::string court(trim(form.court));
  if (!court.empty()) {
    if (auto problem = court_name_problem(court)) errors.push_back({"court", "The court’s name " + *problem});
  }
  auto hearing = optional_date(form.hearing_date, {"hearing-date", "Date of conviction", ""}, errors);
  if (known_type && date) {
    CourtOutcomeFacts court_facts{form.outcome_type, *date, !court.empty(), hearing, {}};
    for (std::int64_t id : offence_ids) court_facts.offence_dates.push_back(offered.at(id));
    add_breaches(errors, court_outcome_breaches(court_facts),
                 {{"court", "court", "court"}, {"hearing_date", "hearing-date", "date of conviction", "hearing-date-day"}});
    OutcomeFacts facts{*date, form.outcome_type, start, end, months, {}};
    for (std::int64_t id : offence_ids) facts.offence_dates.push_back(offered.at(id));
    add_breaches(errors, outcome_breaches(date_of_birth, facts),
                 {{"offence_ids", "offences", "offences"},
                  {"end_date", "end-date", "end date", "end-date-day"},
                  {"outcome_type", "outcome-type", "outcome type"},
                  {"length_months", "length-months", "length"}});
  }
  sort_in_form_order(errors, {"outcome-type", "outcome-date", "offences", "court", "hearing-date", "start-date", "end-date", "length-months",
                              "completion", "end-ete", "end-accommodation"});
  if (errors.empty()) {
    result.details = OutcomeDetails{*date, form.outcome_type, offence_ids, start, end, months,
                                    form.completion, form.end_ete, form.end_accommodation, court, hearing};
  }
  return result;
}

}  // namespace pathway::justice
