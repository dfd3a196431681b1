#pragma once
// The words of appointments and contacts, each a stored code and what practitioners call
// it: the kinds of appointment, what happened at one, how the child engaged, and the kinds
// of intervention delivered. One list each, in the order the forms offer them.
#include <optional>
#include <string_view>
#include <vector>

namespace pathway::practice {

struct ContactTerm {
  std::string_view code;   // stored; never changes once used
  std::string_view label;  // e.g. "Home visit"
};

// Supervision, home visit, intervention session, panel, other.
const std::vector<ContactTerm>& appointment_kinds();
// What became of an appointment: scheduled, cancelled, attended, acceptable absence,
// unacceptable absence.
const std::vector<ContactTerm>& appointment_statuses();
// What happened, as the outcome form offers it: attended or one of the two absences.
const std::vector<ContactTerm>& attendance_outcomes();
// Good, some, poor.
const std::vector<ContactTerm>& engagement_levels();
// One to one, group work, programme session.
const std::vector<ContactTerm>& intervention_kinds();

// The term of `code` in `terms`, or nullopt when it is not one of them.
std::optional<ContactTerm> contact_term(const std::vector<ContactTerm>& terms, std::string_view code);
// The label of `code` in `terms`, or the code itself for one no list knows.
std::string_view contact_label(const std::vector<ContactTerm>& terms, std::string_view code);

// Whether a status is an absence (acceptable or not): the appointment was missed.
bool is_absence(std::string_view status);

}  // namespace pathway::practice
