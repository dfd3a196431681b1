#include "practice/wider_services/wider_service_form.h"

#include <algorithm>

#include "justice/form_checks.h"
#include "justice/record_rules.h"
#include "practice/notes/case_note_form.h"
#include "practice/wider_services/wider_service_vocabulary.h"

namespace pathway::practice {

namespace {

const web::DateField to_field{"to-date", "The date it ended", "Enter the date it ended"};

// The end date's own rules, shared by both forms: not in the future, not before it began.
void check_end_date(const std::optional<Date>& to, const std::optional<Date>& from, Date today,
                    std::vector<web::FieldError>& errors) {
  if (!to) return;
  if (today < *to) errors.push_back({to_field.id, to_field.name + " must be today or in the past", "to-date-day"});
  if (from && *to < *from) {
    errors.push_back({to_field.id, "The date it ended must be on or after the date it began", "to-date-day"});
  }
}

}  // namespace

WiderServiceCheck check_wider_service(const WiderServiceForm& form, Date date_of_birth, Date today,
                                      const std::vector<std::string>& continuing) {
  WiderServiceCheck checked;
  auto& errors = checked.errors;
  bool known = justice::is_one_of(justice::codes_of(wider_service_kinds()), form.service);
  if (!known) errors.push_back({"service", "Choose the wider service", "service"});
  auto from =
      justice::past_date(form.from, {"from-date", "The date it began", "Enter the date it began"}, today, errors);
  if (from && *from < date_of_birth) {
    errors.push_back({"from-date", "The date it began must be after the child was born", "from-date-day"});
  }
  auto to = justice::optional_date(form.to, to_field, errors);
  check_end_date(to, from, today, errors);
  bool still_continuing = form.to.blank();
  if (known && still_continuing && std::ranges::find(continuing, form.service) != continuing.end()) {
    errors.push_back({"service",
                      wider_service_words(form.service) + " is already continuing for this child: end it "
                                                          "before adding another",
                      "service"});
  }
  auto note = long_text(form.note, "note", "note", max_wider_service_note_length, false, errors);
  justice::sort_in_form_order(errors, {"service", "from-date", "to-date", "note"});
  if (errors.empty()) checked.details = WiderServiceDetails{form.service, *from, to, note.value_or("")};
  return checked;
}

EndWiderServiceCheck check_end_wider_service(const EndWiderServiceForm& form, const WiderService& service, Date today) {
  EndWiderServiceCheck checked;
  auto to = web::read_date_input(form.to, to_field, checked.errors);
  check_end_date(to, service.details.from, today, checked.errors);
  if (checked.errors.empty()) checked.to = to;
  return checked;
}

}  // namespace pathway::practice
