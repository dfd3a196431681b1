#include "practice/circumstances/circumstance_form.h"

#include "justice/form_checks.h"
#include "justice/record_rules.h"
#include "practice/circumstances/circumstance_vocabulary.h"
#include "practice/notes/case_note_form.h"

namespace pathway::practice {

namespace {

// Whether a status is never suitable (so the form does not ask).
bool never_suitable(std::string_view status) { return status == no_fixed_abode || status == no_ete; }

std::optional<int> ete_hours(const CircumstanceForm& form, std::vector<web::FieldError>& errors) {
  bool blank = form.hours.find_first_not_of(' ') == std::string::npos;
  if (form.status == no_ete) {
    if (!blank && justice::whole_number(form.hours) != 0) {
      errors.push_back(
          {"hours", "Leave the hours blank for a child not in education, training or employment", "hours"});
    }
    return std::nullopt;
  }
  if (blank) {
    errors.push_back({"hours", "Enter the hours a week", "hours"});
    return std::nullopt;
  }
  auto hours = justice::whole_number(form.hours);
  if (!hours || *hours > max_ete_hours) {
    errors.push_back(
        {"hours", "Enter the hours a week as a whole number from 0 to " + std::to_string(max_ete_hours), "hours"});
    return std::nullopt;
  }
  return hours;
}

}  // namespace

CircumstanceCheck check_circumstance(const CircumstanceForm& form, Date date_of_birth, Date today) {
  CircumstanceCheck checked;
  auto& errors = checked.errors;
  bool accommodation = form.kind == accommodation_kind;
  bool known = justice::is_one_of(justice::codes_of(statuses_of(form.kind)), form.status);
  if (!known) {
    errors.push_back({"status",
                      accommodation ? "Choose where the child lives" : "Choose the education, training or employment",
                      "status"});
  }
  std::string suitability = form.suitability;
  if (known && never_suitable(form.status)) {
    suitability = "unsuitable";
  } else if (!justice::is_one_of(justice::codes_of(suitabilities()), suitability)) {
    errors.push_back({"suitability",
                      accommodation ? "Choose whether the accommodation is suitable" : "Choose whether it is suitable",
                      "suitability"});
  }
  std::optional<int> hours;
  if (!accommodation && known) hours = ete_hours(form, errors);
  auto from = justice::past_date(form.from, {"from-date", "The date it applies from", "Enter the date it applies from"},
                                 today, errors);
  if (from && *from < date_of_birth) {
    errors.push_back({"from-date", "The date it applies from must be after the child was born", "from-date-day"});
  }
  auto note = long_text(form.note, "note", "note", max_circumstance_note_length, false, errors);
  justice::sort_in_form_order(errors, {"status", "suitability", "hours", "from-date", "note"});
  if (errors.empty()) {
    checked.details = CircumstanceDetails{form.kind, form.status, suitability, hours, *from, note.value_or("")};
  }
  return checked;
}

}  // namespace pathway::practice
