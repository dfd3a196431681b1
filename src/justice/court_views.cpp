#include "justice/court_views.h"

#include <algorithm>

namespace pathway::justice {

using web::ViewData;
using web::ViewList;

namespace {

bool upcoming(const Hearing& hearing, Date today) { return !hearing.result && !(hearing.details.hearing_date < today); }

ViewData hearing_row(const Hearing& hearing, const std::string& child_href, bool may_change) {
  ViewData row;
  row.set("date", to_display(hearing.details.hearing_date));
  row.set("court", hearing.details.court);
  row.set("purpose", words_for(hearing_purposes(), hearing.details.purpose));
  if (hearing.result) {
    row.set("result", words_for(hearing_results(), hearing.result->result));
    if (hearing.result->adjourned_to) row.set("adjourned_to", to_display(*hearing.result->adjourned_to));
    if (!hearing.result->notes.empty()) row.set("notes", hearing.result->notes);
  }
  if (may_change) {
    std::string id = std::to_string(hearing.id);
    row.set("result_href", child_href + "/court/hearings/" + id + "/result");
    row.set("result_action", hearing.result ? "Correct the result" : "Record the result");
    row.set("report_href", child_href + "/court/reports/new?hearing=" + id);
  }
  return row;
}

}  // namespace

std::string hearing_name(const HearingDetails& hearing) {
  return words_for(hearing_purposes(), hearing.purpose) + ", " + hearing.court + ", " + to_display(hearing.hearing_date);
}

ViewList upcoming_hearing_rows(const std::vector<Hearing>& hearings, Date today, const std::string& child_href,
                               bool may_change) {
  ViewList rows;
  for (const auto& hearing : hearings) {  // oldest first: the soonest comes first
    if (upcoming(hearing, today)) rows.push_back(hearing_row(hearing, child_href, may_change));
  }
  return rows;
}

ViewList past_hearing_rows(const std::vector<Hearing>& hearings, Date today, const std::string& child_href,
                           bool may_change) {
  ViewList rows;
  for (auto hearing = hearings.rbegin(); hearing != hearings.rend(); ++hearing) {
    if (!upcoming(*hearing, today)) rows.push_back(hearing_row(*hearing, child_href, may_change));
  }
  return rows;
}

ViewList report_rows(const std::vector<CourtReport>& reports, const std::vector<Hearing>& hearings, Date today,
                     const std::string& child_href, bool may_change, bool done) {
  std::vector<const CourtReport*> chosen;
  for (const auto& report : reports) {
    if ((report.status != "asked") == done) chosen.push_back(&report);
  }
  if (done) std::reverse(chosen.begin(), chosen.end());  // reports come by due date, oldest first
  ViewList rows;
  for (const CourtReport* report : chosen) {
    ViewData row;
    row.set("type", words_for(court_report_types(), report->request.report_type));
    auto hearing = std::find_if(hearings.begin(), hearings.end(),
                                [&](const Hearing& h) { return h.id == report->request.hearing_id; });
    if (hearing != hearings.end()) row.set("hearing", hearing_name(hearing->details));
    row.set("asked_on", to_display(report->request.asked_on));
    row.set("due_on", to_display(report->request.due_on));
    row.set("status", words_for(court_report_statuses(), report->status));
    row.set("overdue", report_overdue(report->status, report->request.due_on, today));
    if (report->submitted_on) row.set("submitted_on", to_display(*report->submitted_on));
    if (report->quality_assured_on) row.set("quality_assured_on", to_display(*report->quality_assured_on));
    if (report->reused_report_id) {
      auto reused = std::find_if(reports.begin(), reports.end(),
                                 [&](const CourtReport& r) { return r.id == *report->reused_report_id; });
      if (reused != reports.end() && reused->submitted_on) row.set("reused_from", to_display(*reused->submitted_on));
    }
    if (may_change && !report->reused_report_id) {
      row.set("progress_href", child_href + "/court/reports/" + std::to_string(report->id));
      row.set("progress_action", report->status == "asked" ? "Record it submitted" : "Record quality assurance");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

ViewList code_choices(const std::vector<CodeWords>& list, const std::string& chosen, const std::string& blank) {
  ViewList options;
  ViewData none;
  none.set("value", "");
  none.set("label", blank);
  none.set("selected", chosen.empty());
  options.push_back(std::move(none));
  for (const auto& item : list) {
    ViewData option;
    option.set("value", std::string(item.code));
    option.set("label", std::string(item.words));
    option.set("selected", item.code == chosen);
    options.push_back(std::move(option));
  }
  return options;
}

ViewList court_name_suggestions(store::Connection& connection) {
  ViewList names;
  for (auto& name : court_names_in_use(connection)) names.emplace_back(std::move(name));
  return names;
}

}  // namespace pathway::justice
