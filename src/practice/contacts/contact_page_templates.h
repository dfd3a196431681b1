#pragma once
// The pages of contacts and appointments (src/practice/contacts), declared as
// web/page_templates.h declares every other page: with the template each uses and whether
// it shows personal data, so render_page refuses to show them untraced. Kept beside the
// pages that use them, so that adding them does not rebuild every page of the service.
#include "web/page_templates.h"

namespace pathway::web::pages {

// A child's contacts and appointments: the page, its forms, the breach forms, and a
// practitioner's own coming appointments.
inline constexpr PersonalDataTemplate child_contacts{"practice/contacts"};
inline constexpr PersonalDataTemplate appointment_form{"practice/appointment_form"};
inline constexpr PersonalDataTemplate appointment_cancel_form{"practice/appointment_cancel_form"};
inline constexpr PersonalDataTemplate appointment_outcome_form{"practice/appointment_outcome_form"};
inline constexpr PersonalDataTemplate my_appointments{"practice/my_appointments"};
inline constexpr PersonalDataTemplate breach_proposal_form{"practice/breach_proposal_form"};
inline constexpr PersonalDataTemplate breach_decision_form{"practice/breach_decision_form"};
// A practitioner's calendar address, and the contact expectations of each intensity level:
// no child's record.
inline constexpr PageTemplate calendar_address{"practice/calendar_address"};
inline constexpr PageTemplate contact_expectations{"admin/contact_expectations"};

}  // namespace pathway::web::pages
