#include "justice/panel_form.h"

#include <algorithm>

#include "core/free_text.h"
#include "core/text.h"
#include "justice/court_rules.h"
#include "justice/court_vocabulary.h"
#include "justice/form_checks.h"

namespace pathway::justice {

PanelFormCheck check_panel_form(const PanelForm& form, const std::string& outcome_type, Date outcome_date,
                                const std::vector<Date>& offence_dates) {
  PanelFormCheck checked;
  auto& errors = checked.errors;
  auto date = web::read_date_input(form.panel_date, {"panel-date", "Date of the panel", "Enter the date the panel sat"},
                                   errors);
  DecisionPanel panel;
  std::vector<std::string> agencies;
  int row_number = 0;
  for (const auto& row : form.attendees) {
    std::string prefix = "attendee-" + std::to_string(++row_number);
    std::string name(trim(row.name));
    bool known = is_one_of(codes_of(panel_agencies()), row.agency);
    if (row.agency.empty() && name.empty()) continue;
    if (!known) errors.push_back({prefix + "-agency", "Select the agency of attendee " + std::to_string(row_number)});
    if (name.empty()) {
      errors.push_back({prefix + "-name", "Enter the name of attendee " + std::to_string(row_number)});
    } else if (auto problem = free_text_problem(name, max_attendee_name)) {
      errors.push_back({prefix + "-name", "The name of attendee " + std::to_string(row_number) + " " + *problem});
    }
    if (known) agencies.push_back(row.agency);
    panel.attendees.push_back({row.agency, name});
  }
  bool known_recommendation = is_one_of(codes_of(panel_recommendations()), form.recommendation);
  if (!known_recommendation) errors.push_back({"recommendation", "Select what the panel recommended"});
  std::string reason(trim(form.police_reason));
  if (!reason.empty()) {
    if (auto problem = free_text_problem(reason, max_police_reason)) {
      errors.push_back({"police-reason", "The police’s reason " + *problem});
    }
  }
  if (date && known_recommendation) {
    add_breaches(errors,
                 panel_breaches({*date, outcome_date, outcome_type, form.recommendation, agencies, !reason.empty(),
                                 offence_dates}),
                 {{"panel_date", "panel-date", "date of the panel", "panel-date-day"},
                  {"attendees", "attendees", "attendees", "attendee-1-agency"},
                  {"police_reason", "police-reason", "police’s reason"}});
  }
  std::vector<std::string> ids{"panel-date", "attendees"};
  for (int n = 1; n <= panel_attendee_rows; ++n) {
    ids.push_back("attendee-" + std::to_string(n) + "-agency");
    ids.push_back("attendee-" + std::to_string(n) + "-name");
  }
  ids.push_back("recommendation");
  ids.push_back("police-reason");
  sort_in_form_order(errors, std::vector<std::string_view>(ids.begin(), ids.end()));
  if (errors.empty()) {
    panel.panel_date = *date;
    panel.recommendation = form.recommendation;
    panel.police_reason = panel_followed(form.recommendation, outcome_type) ? "" : reason;
    checked.panel = std::move(panel);
  }
  return checked;
}

PanelForm panel_form_from(const DecisionPanel& panel) {
  PanelForm form;
  form.panel_date = web::date_input_showing(panel.panel_date);
  for (const auto& attendee : panel.attendees) form.attendees.push_back({attendee.agency, attendee.name});
  form.attendees.resize(std::max<std::size_t>(form.attendees.size(), panel_attendee_rows));
  form.recommendation = panel.recommendation;
  form.police_reason = panel.police_reason;
  return form;
}

}  // namespace pathway::justice
