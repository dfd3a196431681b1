#pragma once
// Checks the joint decision panel's record as typed: the panel's date, who attended (rows of
// agency and name; blank rows are ignored), the recommendation, and why the police decided
// otherwise, then the rules of the record (justice/court_rules.h panel_breaches). Pure.
#include <optional>
#include <string>
#include <vector>

#include "justice/decision_panels.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::justice {

// How many attendee rows the form offers: enough for a panel (police, the service, social
// care, education, health and one more) without a script to add rows.
inline constexpr int panel_attendee_rows = 6;

// The most characters of a name and of the police's reason.
inline constexpr std::size_t max_attendee_name = 100;
inline constexpr std::size_t max_police_reason = 500;

struct AttendeeRow {
  std::string agency;
  std::string name;
};

struct PanelForm {
  web::DateInput panel_date;
  std::vector<AttendeeRow> attendees;  // panel_attendee_rows of them, as posted
  std::string recommendation;
  std::string police_reason;
};

struct PanelFormCheck {
  std::optional<DecisionPanel> panel;   // set when there are no errors
  std::vector<web::FieldError> errors;  // in form order; a row's fields are attendee-N-agency, attendee-N-name
};

// `outcome_type` and `outcome_date` are the police decision's; `offence_dates` those of the
// offences it disposes of.
PanelFormCheck check_panel_form(const PanelForm& form, const std::string& outcome_type, Date outcome_date,
                                const std::vector<Date>& offence_dates);

// The form showing `panel` as recorded, its rows padded to panel_attendee_rows.
PanelForm panel_form_from(const DecisionPanel& panel);

}  // namespace pathway::justice
