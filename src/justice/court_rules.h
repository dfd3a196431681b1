#pragma once
// The rules of the court record and of the joint decision panel, wherever a record comes
// from: a court outcome's court and conviction hearing, a hearing's result, a report's dates
// and where it stands, a panel's date, who sat and why the police decided otherwise. Each
// check returns what is wrong by the store's column, in words a person can act on (a reason
// beginning "it" is about that column); empty when nothing is. Pure: the caller passes today.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "justice/record_rules.h"

namespace pathway::justice {

// The most characters a court's name has ("Maidstone Youth Court").
inline constexpr std::size_t max_court_name = 100;

// What is wrong with a court's name (already trimmed), as a phrase following "The court's
// name", or nullopt when it is a name: free text a person reads (core/free_text.h).
std::optional<std::string> court_name_problem(std::string_view name);

struct CourtOutcomeFacts {
  std::string outcome_type;
  Date outcome_date;
  bool court_named = false;          // a court's name was given
  std::optional<Date> hearing_date;  // the hearing that convicted the child
  std::vector<Date> offence_dates;   // of the offences it disposes of
};

// A court outcome names its court and the hearing that convicted the child: on or before
// the outcome's date (sentence may be adjourned for reports), not before an offence it
// disposes of. A decision out of court names neither. Columns: court, hearing_date.
std::vector<RuleBreach> court_outcome_breaches(const CourtOutcomeFacts& outcome);

struct HearingResultFacts {
  Date hearing_date;
  std::string result;                // one of hearing_results()
  std::optional<Date> adjourned_to;  // the next hearing, when the court fixed it
};

// A result only on or after the hearing's day; a date adjourned to only for an adjourned
// hearing (or a conviction with sentence adjourned), and after the hearing. Columns:
// result, adjourned_to.
std::vector<RuleBreach> hearing_result_breaches(const HearingResultFacts& hearing, Date today);

struct ReportRequestFacts {
  Date asked_on;
  Date due_on;
  Date hearing_date;  // of the hearing the report is for
};

// Asked for today or before; due on or after the day it was asked for and no later than
// the hearing it is for. Columns: asked_on, due_on.
std::vector<RuleBreach> report_request_breaches(const ReportRequestFacts& report, Date today);

struct ReportProgressFacts {
  Date asked_on;
  std::optional<Date> submitted_on;
  std::optional<Date> assessment_on;  // the assessment the report rests on
  std::optional<Date> quality_assured_on;
};

// Submitted on or after it was asked for, resting on an assessment made no later; quality-
// assured only once submitted, on or after that day; nothing in the future. Columns:
// submitted_on, assessment_on, quality_assured_on.
std::vector<RuleBreach> report_progress_breaches(const ReportProgressFacts& report, Date today);

// A report still only asked for after its due date.
bool report_overdue(std::string_view status, Date due_on, Date today);

// Whether a joint decision panel may sit on an outcome of this type: the decisions out of
// court (pre-court tiers) and no further action, which the police decide with the service.
bool takes_decision_panel(std::string_view outcome_type);

struct PanelFacts {
  Date panel_date;
  Date outcome_date;  // of the police decision
  std::string outcome_type;
  std::string recommendation;         // one of panel_recommendations()
  std::vector<std::string> agencies;  // of those who sat, one of panel_agencies() each
  bool police_reason_given = false;
  std::vector<Date> offence_dates;  // of the offences the decision disposes of
};

// The panel sits on or before the police decision and not before an offence it is about;
// the police and the youth justice service both sit; when the police decided otherwise
// than the panel recommended, why. Columns: panel_date, attendees, police_reason.
std::vector<RuleBreach> panel_breaches(const PanelFacts& panel);

// Whether the police decision (the outcome's type) is what the panel recommended.
bool panel_followed(std::string_view recommendation, std::string_view outcome_type);

}  // namespace pathway::justice
