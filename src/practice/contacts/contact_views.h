#pragma once
// How appointments show on the pages: a row of the child's contacts, and the choices of
// the forms' lists.
#include <cstdint>
#include <string>
#include <vector>

#include "practice/contacts/appointments.h"
#include "practice/contacts/contact_vocabulary.h"
#include "web/view_data.h"

namespace pathway::practice {

// One choice of a list: {value, label, selected}.
web::ViewData choice(const std::string& value, const std::string& label, bool selected);

// Choices from `terms`, `chosen` selected, after a first blank choice reading `blank`
// (none when `blank` is empty).
web::ViewList term_choices(const std::vector<ContactTerm>& terms, const std::string& chosen, const std::string& blank);

// "Tuesday 3 March 2026 at 14:30"
std::string appointment_when(const AppointmentPlan& plan);

// One row of the child's contacts: {id, when, kind, place, with_whom, practitioner, status,
// status_class, reason, present, held_at, minutes, engagement, note, intervention,
// programme, need_area, warning; and, when `may_record`, the links for what may be done
// next (reschedule_href, cancel_href, outcome_href)}. `due` says its time has come.
web::ViewData appointment_row(const Appointment& appointment, const std::string& contacts_href, bool may_record,
                              bool due);

}  // namespace pathway::practice
