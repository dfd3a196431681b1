#include "justice/remand_form.h"

#include "justice/form_checks.h"

namespace pathway::justice {

namespace {

const std::vector<FieldOfColumn> remand_fields = {{"remand_type", "remand-type", "type of remand"},
                                                  {"start_date", "start-date", "start date", "start-date-day"},
                                                  {"end_date", "end-date", "end date", "end-date-day"}};

}  // namespace

RemandFormCheck check_remand_form(const RemandForm& form, Date date_of_birth, Date today) {
  RemandFormCheck result;
  auto& errors = result.errors;
  bool known_type = is_one_of(remand_types(), form.remand_type);
  if (!known_type) errors.push_back({"remand-type", "Select the bail or remand the court decided", "remand-type"});
  auto start = past_date(form.start_date, {"start-date", "Start date", "Enter the date the bail or remand started"},
                         today, errors);
  std::optional<Date> end;
  if (!form.end_date.blank()) end = past_date(form.end_date, {"end-date", "End date", ""}, today, errors);
  if (known_type && start) {
    RemandFacts facts{*start, end, form.remand_type};
    add_breaches(errors, remand_breaches(date_of_birth, facts), remand_fields);
    if (errors.empty()) result.remand = facts;
  }
  sort_in_form_order(errors, {"remand-type", "start-date", "end-date"});
  return result;
}

RemandEndCheck check_remand_end(const web::DateInput& typed, const RemandFacts& remand, Date date_of_birth,
                                Date today) {
  RemandEndCheck result;
  auto end = past_date(typed, {"end-date", "End date", "Enter the date the bail or remand ended"}, today, result.errors);
  if (!end) return result;
  RemandFacts ended = remand;
  ended.end_date = end;
  // Only the end is being decided here: the rest was checked when the remand was recorded.
  add_breaches(result.errors, remand_breaches(date_of_birth, ended), {remand_fields.back()});
  if (result.errors.empty()) result.end_date = end;
  return result;
}

}  // namespace pathway::justice
