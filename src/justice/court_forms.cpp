#include "justice/court_forms.h"

#include <algorithm>

#include "core/free_text.h"
#include "core/text.h"
#include "justice/court_report_reuse.h"
#include "justice/court_rules.h"
#include "justice/court_vocabulary.h"
#include "justice/form_checks.h"
#include "web/request_numbers.h"

namespace pathway::justice {

namespace {

// The court's name as typed, trimmed; an error beside `field` when it is not a name.
std::string checked_court(const std::string& typed, const std::string& field, std::vector<web::FieldError>& errors) {
  std::string court(trim(typed));
  if (auto problem = court_name_problem(court)) errors.push_back({field, "The court’s name " + *problem});
  return court;
}

template <typename Item>
const Item* with_id(const std::vector<Item>& items, const std::string& posted) {
  auto id = web::posted_version(posted);
  if (!id) return nullptr;
  auto found = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.id == *id; });
  return found == items.end() ? nullptr : &*found;
}

}  // namespace

HearingFormCheck check_hearing_form(const HearingForm& form) {
  HearingFormCheck result;
  auto& errors = result.errors;
  std::string court = checked_court(form.court, "court", errors);
  auto date = web::read_date_input(form.hearing_date, {"hearing-date", "Date of the hearing", "Enter the date of the hearing"},
                                   errors);
  if (!is_one_of(codes_of(hearing_purposes()), form.purpose)) {
    errors.push_back({"purpose", "Select what the hearing is for"});
  }
  if (errors.empty()) result.details = HearingDetails{court, *date, form.purpose};
  return result;
}

HearingResultCheck check_hearing_result_form(const HearingResultForm& form, const Hearing& hearing, Date today) {
  HearingResultCheck checked;
  auto& errors = checked.errors;
  bool known = is_one_of(codes_of(hearing_results()), form.result);
  if (!known) errors.push_back({"result", "Select what the hearing decided"});
  auto adjourned_to = optional_date(form.adjourned_to, {"adjourned-to", "Date adjourned to", ""}, errors);
  std::string notes(trim(form.notes));
  if (!notes.empty()) {
    if (auto problem = free_text_problem(notes, max_result_notes)) errors.push_back({"notes", "The note " + *problem});
  }
  if (known) {
    add_breaches(errors, hearing_result_breaches({hearing.details.hearing_date, form.result, adjourned_to}, today),
                 {{"result", "result", "result", "result"},
                  {"adjourned_to", "adjourned-to", "date adjourned to", "adjourned-to-day"}});
  }
  sort_in_form_order(errors, {"result", "adjourned-to", "notes"});
  if (errors.empty()) checked.result = HearingResult{form.result, adjourned_to, notes};
  return checked;
}

ReportFormCheck check_report_form(const ReportForm& form, const std::vector<Hearing>& hearings,
                                  const std::vector<CourtReport>& reports, Date today) {
  ReportFormCheck checked;
  auto& errors = checked.errors;
  const Hearing* hearing = with_id(hearings, form.hearing);
  if (!hearing) errors.push_back({"hearing", "Select the hearing the report is for"});
  bool known_type = is_one_of(codes_of(court_report_types()), form.report_type);
  if (!known_type) errors.push_back({"report-type", "Select the kind of report"});
  auto asked = web::read_date_input(form.asked_on, {"asked-on", "Date asked for", "Enter the date the court asked for the report"},
                                    errors);
  auto due = web::read_date_input(form.due_on, {"due-on", "Due date", "Enter the date the report is due"}, errors);
  if (hearing && asked && due) {
    add_breaches(errors, report_request_breaches({*asked, *due, hearing->details.hearing_date}, today),
                 {{"asked_on", "asked-on", "date asked for", "asked-on-day"}, {"due_on", "due-on", "due date", "due-on-day"}});
  }
  if (!form.reuse.empty()) {
    const CourtReport* reused = with_id(reports, form.reuse);
    if (!reused) {
      errors.push_back({"reuse", "Select a report from the list to give to the court again, or write a new one"});
    } else if (known_type && form.report_type != pre_sentence_report) {
      errors.push_back({"reuse", "Only a pre-sentence report may be given to the court again: write a new report"});
    } else if (hearing) {
      for (const auto& breach : court_report_reuse_breaches(*reused, hearing->details.hearing_date,
                                                            form.nothing_significant_changed)) {
        std::string reason = breach.reason;
        if (breach.field == "significant_change_since_assessment" && !form.nothing_significant_changed) {
          reason = "confirm that nothing significant has changed since the assessment, or write a new report";
        }
        errors.push_back({"reuse", "The report of " + to_display(*reused->submitted_on) + " cannot be reused: " + reason,
                          "reuse-" + std::to_string(reused->id)});
      }
      checked.reused = *reused;
    }
  }
  sort_in_form_order(errors, {"hearing", "report-type", "asked-on", "due-on", "reuse"});
  if (errors.empty()) {
    checked.request = ReportRequest{hearing->id, form.report_type, *asked, *due};
  } else {
    checked.reused.reset();
  }
  return checked;
}

ReportProgressCheck check_report_progress_form(const ReportProgressForm& form, const CourtReport& report, Date today) {
  ReportProgressCheck checked;
  auto& errors = checked.errors;
  auto submitted = web::read_date_input(
      form.submitted_on, {"submitted-on", "Date submitted", "Enter the date the report was submitted to the court"}, errors);
  auto assessment = web::read_date_input(
      form.assessment_on, {"assessment-on", "Date of the assessment", "Enter the date of the assessment the report rests on"},
      errors);
  auto assured = optional_date(form.quality_assured_on, {"quality-assured-on", "Date quality-assured", ""}, errors);
  if (submitted && assessment) {
    add_breaches(errors, report_progress_breaches({report.request.asked_on, submitted, assessment, assured}, today),
                 {{"submitted_on", "submitted-on", "date submitted", "submitted-on-day"},
                  {"assessment_on", "assessment-on", "date of the assessment", "assessment-on-day"},
                  {"quality_assured_on", "quality-assured-on", "date quality-assured", "quality-assured-on-day"}});
  }
  sort_in_form_order(errors, {"submitted-on", "assessment-on", "quality-assured-on"});
  if (errors.empty()) {
    CourtReport updated = report;
    updated.submitted_on = submitted;
    updated.assessment_on = assessment;
    updated.quality_assured_on = assured;
    updated.status = assured ? "quality_assured" : "submitted";
    checked.report = updated;
  }
  return checked;
}

}  // namespace pathway::justice
