#include "justice/court_rules.h"

#include <algorithm>

#include "core/free_text.h"

namespace pathway::justice {

namespace {

// The latest of `dates`, or nullopt when there are none.
std::optional<Date> latest(const std::vector<Date>& dates) {
  if (dates.empty()) return std::nullopt;
  return *std::max_element(dates.begin(), dates.end());
}

}  // namespace

std::optional<std::string> court_name_problem(std::string_view name) {
  if (name.empty()) return "is missing: enter the court’s name, for example Maidstone Youth Court";
  return free_text_problem(name, max_court_name);
}

std::vector<RuleBreach> court_outcome_breaches(const CourtOutcomeFacts& outcome) {
  std::vector<RuleBreach> breaches;
  if (!is_court_outcome(outcome.outcome_type)) {
    if (outcome.court_named) breaches.push_back({"court", "leave the court blank: this outcome is not a court’s"});
    if (outcome.hearing_date) {
      breaches.push_back({"hearing_date", "leave the date of conviction blank: this outcome is not a court’s"});
    }
    return breaches;
  }
  if (!outcome.court_named) breaches.push_back({"court", "enter the court that gave this outcome"});
  if (!outcome.hearing_date) {
    breaches.push_back({"hearing_date", "enter the date of the hearing at which the child was convicted"});
  } else if (outcome.outcome_date < *outcome.hearing_date) {
    breaches.push_back({"hearing_date", "it is after the outcome of " + to_display(outcome.outcome_date) +
                                            ": a child is convicted on or before the day of sentence"});
  } else if (auto offence = latest(outcome.offence_dates);
             offence && *outcome.hearing_date < *offence && !(outcome.outcome_date < *offence)) {
    // An offence after the outcome itself is outcome_breaches' to report.
    breaches.push_back({"hearing_date", "it is before the offence of " + to_display(*offence)});
  }
  return breaches;
}

std::vector<RuleBreach> hearing_result_breaches(const HearingResultFacts& hearing, Date today) {
  std::vector<RuleBreach> breaches;
  if (today < hearing.hearing_date) {
    breaches.push_back({"result", "the hearing is on " + to_display(hearing.hearing_date) +
                                      ": record its result on that day or after"});
  }
  if (hearing.adjourned_to) {
    if (hearing.result != "adjourned" && hearing.result != "convicted") {
      breaches.push_back({"adjourned_to", "give the date it was adjourned to only for an adjourned hearing"});
    } else if (!(hearing.hearing_date < *hearing.adjourned_to)) {
      breaches.push_back({"adjourned_to", "it must be after the hearing of " + to_display(hearing.hearing_date)});
    }
  }
  return breaches;
}

std::vector<RuleBreach> report_request_breaches(const ReportRequestFacts& report, Date today) {
  std::vector<RuleBreach> breaches;
  if (today < report.asked_on) breaches.push_back({"asked_on", "it must be today or in the past"});
  if (report.due_on < report.asked_on) {
    breaches.push_back({"due_on", "it is before the day the report was asked for (" + to_display(report.asked_on) + ")"});
  } else if (report.hearing_date < report.due_on) {
    breaches.push_back({"due_on", "it is after the hearing the report is for (" + to_display(report.hearing_date) +
                                      "): a report is due by the hearing"});
  }
  return breaches;
}

std::vector<RuleBreach> report_progress_breaches(const ReportProgressFacts& report, Date today) {
  std::vector<RuleBreach> breaches;
  if (report.submitted_on) {
    if (today < *report.submitted_on) {
      breaches.push_back({"submitted_on", "it must be today or in the past"});
    } else if (*report.submitted_on < report.asked_on) {
      breaches.push_back({"submitted_on", "it is before the report was asked for (" + to_display(report.asked_on) + ")"});
    }
    if (report.assessment_on && *report.submitted_on < *report.assessment_on) {
      breaches.push_back({"assessment_on", "it is after the report was submitted (" +
                                               to_display(*report.submitted_on) + "): a report rests on an earlier one"});
    }
  }
  if (report.quality_assured_on) {
    if (!report.submitted_on) {
      breaches.push_back({"quality_assured_on", "a report is quality-assured once it has been submitted"});
    } else if (today < *report.quality_assured_on) {
      breaches.push_back({"quality_assured_on", "it must be today or in the past"});
    } else if (*report.quality_assured_on < *report.submitted_on) {
      breaches.push_back({"quality_assured_on", "it is before the report was submitted (" +
                                                    to_display(*report.submitted_on) + ")"});
    }
  }
  return breaches;
}

bool report_overdue(std::string_view status, Date due_on, Date today) { return status == "asked" && due_on < today; }

bool takes_decision_panel(std::string_view outcome_type) {
  auto tier = outcome_tier(outcome_type);
  return outcome_type == "no_further_action" ||
         (tier && (*tier == OutcomeTier::pre_court || *tier == OutcomeTier::pre_court_substantive));
}

std::vector<RuleBreach> panel_breaches(const PanelFacts& panel) {
  std::vector<RuleBreach> breaches;
  if (panel.outcome_date < panel.panel_date) {
    breaches.push_back({"panel_date", "it is after the police decision of " + to_display(panel.outcome_date) +
                                          ": the panel sits before the police decide"});
  } else if (auto offence = latest(panel.offence_dates); offence && panel.panel_date < *offence) {
    breaches.push_back({"panel_date", "it is before the offence of " + to_display(*offence)});
  }
  auto sat = [&](std::string_view agency) {
    return std::find(panel.agencies.begin(), panel.agencies.end(), agency) != panel.agencies.end();
  };
  if (!sat("police") || !sat("youth_justice_service")) {
    breaches.push_back({"attendees", "a joint decision panel has the police and the youth justice service: name "
                                     "at least one person from each"});
  }
  if (!panel_followed(panel.recommendation, panel.outcome_type) && !panel.police_reason_given) {
    breaches.push_back({"police_reason", "the police did not follow the panel’s recommendation: say why"});
  }
  return breaches;
}

bool panel_followed(std::string_view recommendation, std::string_view outcome_type) {
  return recommendation == outcome_type;
}

}  // namespace pathway::justice
