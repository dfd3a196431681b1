#include "practice/contacts/contact_vocabulary.h"

namespace pathway::practice {

const std::vector<ContactTerm>& appointment_kinds() {
  static const std::vector<ContactTerm> all = {{"supervision", "Supervision"},
                                               {"home_visit", "Home visit"},
                                               {"intervention_session", "Intervention session"},
                                               {"panel", "Panel"},
                                               {"other", "Other"}};
  return all;
}

const std::vector<ContactTerm>& appointment_statuses() {
  static const std::vector<ContactTerm> all = {{"scheduled", "Scheduled"},
                                               {"cancelled", "Cancelled"},
                                               {"attended", "Attended"},
                                               {"acceptable_absence", "Acceptable absence"},
                                               {"unacceptable_absence", "Unacceptable absence"}};
  return all;
}

const std::vector<ContactTerm>& attendance_outcomes() {
  static const std::vector<ContactTerm> all = {{"attended", "Attended"},
                                               {"acceptable_absence", "Did not attend: acceptable absence"},
                                               {"unacceptable_absence", "Did not attend: unacceptable absence"}};
  return all;
}

const std::vector<ContactTerm>& engagement_levels() {
  static const std::vector<ContactTerm> all = {{"good", "Good"}, {"some", "Some"}, {"poor", "Poor"}};
  return all;
}

const std::vector<ContactTerm>& intervention_kinds() {
  static const std::vector<ContactTerm> all = {
      {"one_to_one", "One to one"}, {"group_work", "Group work"}, {"programme_session", "Programme session"}};
  return all;
}

std::optional<ContactTerm> contact_term(const std::vector<ContactTerm>& terms, std::string_view code) {
  for (const auto& term : terms) {
    if (term.code == code) return term;
  }
  return std::nullopt;
}

std::string_view contact_label(const std::vector<ContactTerm>& terms, std::string_view code) {
  auto term = contact_term(terms, code);
  return term ? term->label : code;
}

bool is_absence(std::string_view status) { return status == "acceptable_absence" || status == "unacceptable_absence"; }

}  // namespace pathway::practice
