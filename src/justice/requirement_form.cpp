#include "justice/requirement_form.h"

#include "core/free_text.h"
#include "core/text.h"
#include "justice/form_checks.h"

namespace pathway::justice {

namespace {

std::string unit_words(AmountUnit unit) { return unit == AmountUnit::hours ? "hours" : "days"; }

// The 7 days' hours, blank as 0; nullopt with an error when one is not a whole number, or
// an empty list when every box is blank (a requirement other than a curfew).
std::optional<std::vector<int>> curfew_hours(const RequirementForm& form, bool curfew,
                                             std::vector<web::FieldError>& errors) {
  bool typed = false;
  for (const auto& box : form.curfew_hours) typed = typed || !trim(box).empty();
  if (!typed && !curfew) return std::vector<int>{};
  std::vector<int> hours;
  for (const auto& box : form.curfew_hours) {
    if (trim(box).empty()) {
      hours.push_back(0);
      continue;
    }
    auto value = whole_number(box, 2);
    if (!value) {
      errors.push_back({"curfew-hours", "Enter the hours of curfew on each day as a whole number, 0 for none",
                        "curfew-hours-1"});
      return std::nullopt;
    }
    hours.push_back(*value);
  }
  return hours;
}

}  // namespace

RequirementForm requirement_form_from(const Requirement& requirement) {
  RequirementForm form{std::string(requirement_kind_info(requirement.kind).code),
                       requirement.amount ? std::to_string(*requirement.amount) : "",
                       web::date_input_showing(requirement.starts_on),
                       requirement.ends_on ? web::date_input_showing(*requirement.ends_on) : web::DateInput{},
                       {}};
  for (std::size_t day = 0; day < requirement.curfew_hours.size() && day < form.curfew_hours.size(); ++day) {
    form.curfew_hours[day] = std::to_string(requirement.curfew_hours[day]);
  }
  return form;
}

RequirementFormCheck check_requirement_form(const RequirementForm& form, const ProposedYro& order,
                                            const IssPilot& pilot) {
  RequirementFormCheck result;
  auto& errors = result.errors;
  auto kind = requirement_kind_from_code(form.kind);
  if (!kind) errors.push_back({"kind", "Select the kind of requirement"});
  std::optional<int> amount;
  if (!trim(form.amount).empty()) {
    amount = whole_number(form.amount, 4);
    if (!amount) errors.push_back({"amount", "Enter the amount as a whole number of days or hours, for example 120"});
  }
  auto starts_on = web::read_date_input(
      form.starts_on, {"starts-on", "Start date", "Enter the day the requirement starts"}, errors);
  std::optional<Date> ends_on;
  if (!form.ends_on.blank()) ends_on = web::read_date_input(form.ends_on, {"ends-on", "End date", ""}, errors);
  auto hours = curfew_hours(form, kind == RequirementKind::curfew, errors);
  if (kind && starts_on && hours && errors.empty()) {
    const auto& info = requirement_kind_info(*kind);
    Requirement requirement{*kind, amount, amount ? info.unit : AmountUnit::none, *starts_on, ends_on, *hours};
    add_breaches(errors, requirement_addition_breaches(order, requirement, pilot),
                 {{"requirement.kind", "kind", "kind"},
                  {"requirements", "kind", "kind"},
                  {"requirement.amount", "amount", "amount"},
                  {"requirement.unit", "amount", "amount"},
                  {"requirement.starts_on", "starts-on", "start date", "starts-on-day"},
                  {"requirement.ends_on", "ends-on", "end date", "ends-on-day"},
                  {"requirement.curfew_hours", "curfew-hours", "curfew hours", "curfew-hours-1"}});
    if (errors.empty()) result.requirement = requirement;
  } else if (kind && trim(form.amount).empty() && requirement_kind_info(*kind).unit != AmountUnit::none) {
    errors.push_back({"amount", "Enter the number of " + unit_words(requirement_kind_info(*kind).unit) +
                                    " the court ordered"});
  }
  sort_in_form_order(errors, {"kind", "amount", "starts-on", "ends-on", "curfew-hours"});
  return result;
}

RequirementFormCheck check_requirement_correction(const RequirementForm& form, const ProposedYro& others,
                                                  const IssPilot& pilot, const std::vector<ProgressEntry>& recorded,
                                                  Date today) {
  RequirementFormCheck result = check_requirement_form(form, others, pilot);
  if (!result.requirement) return result;
  // Each record of progress, in turn, as if recorded again on the corrected requirement.
  std::vector<ProgressEntry> before;
  for (const auto& entry : recorded) {
    for (const auto& breach : progress_breaches(*result.requirement, before, entry, today)) {
      std::string field = breach.field == "amount" ? "amount" : "starts-on";
      std::string message = "The progress recorded on " + to_display(entry.done_on) + " would no longer fit: " +
                            breach.reason;
      result.errors.push_back({field, message, field == "amount" ? "amount" : "starts-on-day"});
    }
    before.push_back(entry);
  }
  if (!result.errors.empty()) result.requirement.reset();
  sort_in_form_order(result.errors, {"kind", "amount", "starts-on", "ends-on", "curfew-hours"});
  return result;
}

ProgressFormCheck check_progress_form(const ProgressForm& form, const Requirement& requirement,
                                      const std::vector<ProgressEntry>& recorded, Date today,
                                      std::optional<Date> order_ended) {
  ProgressFormCheck result;
  auto& errors = result.errors;
  auto done_on = web::read_date_input(form.done_on, {"done-on", "Date", "Enter the date it was done"}, errors);
  std::optional<int> amount;
  if (!trim(form.amount).empty()) {
    amount = whole_number(form.amount, 4);
    if (!amount) errors.push_back({"amount", "Enter the amount done as a whole number, for example 6"});
  }
  result.note = std::string(trim(form.note));
  if (!result.note.empty()) {
    if (auto problem = free_text_problem(result.note, max_progress_note)) errors.push_back({"note", "The note " + *problem});
  } else if (!ordered_amount(requirement)) {
    errors.push_back({"note", "Enter what was done: this requirement has no hours or days to count"});
  }
  if (done_on && (amount || trim(form.amount).empty())) {
    ProgressEntry entry{*done_on, amount};
    add_breaches(errors, progress_breaches(requirement, recorded, entry, today, order_ended),
                 {{"done_on", "done-on", "date", "done-on-day"}, {"amount", "amount", "amount"}});
    if (errors.empty()) result.entry = entry;
  }
  sort_in_form_order(errors, {"done-on", "amount", "note"});
  return result;
}

}  // namespace pathway::justice
