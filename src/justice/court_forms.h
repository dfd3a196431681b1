#pragma once
// Checks what a member of staff typed into the court page's forms: adding a hearing,
// recording its result, asking for a report (or reusing a pre-sentence report) and
// recording a report submitted or quality-assured. The form's own checks (choices from the
// lists, real dates, a court's name), then the rules of the record (justice/court_rules.h,
// justice/court_report_reuse.h). Pure: the caller passes today.
#include <optional>
#include <string>
#include <vector>

#include "justice/court_record.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::justice {

// The most characters of a hearing result's note.
inline constexpr std::size_t max_result_notes = 300;

struct HearingForm {
  std::string court;
  web::DateInput hearing_date;
  std::string purpose;
};

struct HearingFormCheck {
  std::optional<HearingDetails> details;  // set when there are no errors
  std::vector<web::FieldError> errors;    // in form order
};

HearingFormCheck check_hearing_form(const HearingForm& form);

struct HearingResultForm {
  std::string result;
  web::DateInput adjourned_to;
  std::string notes;
};

struct HearingResultCheck {
  std::optional<HearingResult> result;
  std::vector<web::FieldError> errors;
};

HearingResultCheck check_hearing_result_form(const HearingResultForm& form, const Hearing& hearing, Date today);

struct ReportForm {
  std::string hearing;  // a hearing id, as posted
  std::string report_type;
  web::DateInput asked_on;
  web::DateInput due_on;
  std::string reuse;  // "" for a new report, else the id of the report to give again
  bool nothing_significant_changed = false;  // the worker's word, for a reuse
};

struct ReportFormCheck {
  std::optional<ReportRequest> request;  // set when there are no errors
  std::optional<CourtReport> reused;     // the report given again, when one is
  std::vector<web::FieldError> errors;
};

// `hearings` and `reports` are the child's own: a hearing or report not among them is
// refused. A reuse is refused, each reason in the error summary, when the rule forbids it
// on the day of the hearing the report is for.
ReportFormCheck check_report_form(const ReportForm& form, const std::vector<Hearing>& hearings,
                                  const std::vector<CourtReport>& reports, Date today);

struct ReportProgressForm {
  web::DateInput submitted_on;
  web::DateInput assessment_on;
  web::DateInput quality_assured_on;  // blank: not yet quality-assured
};

struct ReportProgressCheck {
  std::optional<CourtReport> report;  // the report as it now stands, when there are no errors
  std::vector<web::FieldError> errors;
};

ReportProgressCheck check_report_progress_form(const ReportProgressForm& form, const CourtReport& report, Date today);

}  // namespace pathway::justice
