// A child's court record (/children/{id}/court): the hearings of their case with each one's
// result, and the reports the court asked for, what is coming first. The forms add a
// hearing, record its result, ask for a report (or give the court again a recent pre-sentence
// report, when the rule allows it: justice/court_report_reuse.h) and record a report
// submitted or quality-assured. Each change and its audit event are saved in one
// transaction, or nothing is.
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "core/text.h"
#include "deadlines/refresh.h"
#include "justice/correction_views.h"
#include "justice/court_forms.h"
#include "justice/court_report_reuse.h"
#include "justice/court_views.h"
#include "justice/justice_page_data.h"
#include "store/transaction.h"
#include "web/request_numbers.h"
#include "web/saved_banner.h"

namespace pathway::web {

namespace {

using justice::CourtReport;
using justice::Hearing;

// The layout of every court page: the child's header with the Court tab current, and a
// Back link to the court page (or the record itself, from the court page).
ViewData court_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                         std::string title, bool back_to_record = false) {
  ViewData data = justice_page_data(context, connection, summary, std::move(title), back_to_record);
  data.set("tab_offences", false);
  data.set("tab_court", true);
  std::string court = "/children/" + summary.child.public_id + "/court";
  data.set("court_href", court);
  if (!back_to_record) {
    ViewData back;
    back.set("href", court);
    back.set("text", "Back to court");
    data.set("back_link", back);
  }
  return data;
}

std::string court_address(const children::ChildSummary& summary, std::string_view saved) {
  return "/children/" + summary.child.public_id + "/court?saved=" + std::string(saved);
}

template <typename Item>
std::optional<Item> addressed(const PageContext& context, const char* param, const std::vector<Item>& items) {
  auto id = posted_version(context.params.at(param));
  if (!id) return std::nullopt;
  for (const auto& item : items) {
    if (item.id == *id) return item;
  }
  return std::nullopt;
}

Response not_found(PageContext& context, const std::string& what) {
  return message_page(context, 404, what + " not found",
                      "This child has no " + ascii_lower(what) + " with that reference. Go back to the child’s court page.");
}

// ---- the court page ----

Response court_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto hearings = justice::hearings_of_child(*connection, summary->child.id);
  auto reports = justice::reports_of_child(*connection, summary->child.id);
  std::vector<justice::CorrectedRecord> corrected;
  for (const auto& hearing : hearings) corrected.push_back({justice::CorrectedKind::hearing, hearing.id});
  auto corrections = justice::corrections_of(*connection, corrected);
  context.record_view("child.court", "child", summary->child.public_id,
                      corrections.empty() ? "" : "corrections of " + justice::corrections_shown(corrections));

  ViewData data = court_page_data(context, *connection, *summary,
                                  "Court: " + children::full_name(summary->child.details), true);
  bool may_change = context.may(access::Permission::correct_child_record);
  std::string child_href = "/children/" + summary->child.public_id;
  Date today = today_utc();
  data.set("may_change", may_change);
  data.set("has_hearings", !hearings.empty());
  auto upcoming = justice::upcoming_hearing_rows(hearings, today, child_href, may_change);
  auto past = justice::past_hearing_rows(hearings, today, child_href, may_change);
  auto due = justice::report_rows(reports, hearings, today, child_href, may_change, false);
  auto done = justice::report_rows(reports, hearings, today, child_href, may_change, true);
  data.set("has_upcoming", !upcoming.empty());
  data.set("upcoming", upcoming);
  data.set("has_past", !past.empty());
  data.set("past", past);
  data.set("has_due", !due.empty());
  data.set("due", due);
  data.set("has_done", !done.empty());
  data.set("done", done);
  justice::add_corrections_section(
      data, corrections,
      [&hearings](const justice::CorrectedRecord& record) {
        for (const auto& hearing : hearings) {
          if (hearing.id == record.id) return "The result of the " + justice::hearing_name(hearing.details);
        }
        return std::string("The result of a hearing");
      },
      "No hearing’s result has been corrected.");
  static const SavedBanner banners[] = {
      {"hearing", "Hearing added"}, {"result", "Result recorded"}, {"report", "Report asked for"},
      {"unchanged", "You did not change anything"},
      {"reused", "Pre-sentence report given to the court again"}, {"progress", "Report updated"}};
  add_saved_banner(context, data, banners);
  return render_page(context, pages::child_court, data);
}

// ---- adding a hearing ----

justice::HearingForm posted_hearing(const PageContext& context) {
  return {context.form_value("court"), posted_date(context, "hearing-date"), context.form_value("purpose")};
}

Response hearing_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                           const justice::HearingForm& form, const std::vector<FieldError>& errors, int status) {
  ViewData data = court_page_data(context, connection, summary, "Add a hearing");
  data.set("action", "/children/" + summary.child.public_id + "/court/hearings/new");
  data.set("court", form.court);
  data.set("court_names", justice::court_name_suggestions(connection));
  data.set("hearing_date", ViewList{date_input_data("hearing-date", "Date of the hearing", "For example, 27 3 2026",
                                                    form.hearing_date, errors)});
  data.set("purposes", justice::code_choices(justice::hearing_purposes(), form.purpose, "Choose what it is for"));
  add_errors(data, errors);
  return render_page(context, pages::hearing_form, data, status);
}

Response new_hearing_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view("child.hearing_form", "child", summary->child.public_id);
  return hearing_form_page(context, *connection, *summary, {}, {}, 200);
}

Response create_hearing(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto form = posted_hearing(context);
  auto checked = justice::check_hearing_form(form);
  if (!checked.details) {
    context.record_view("child.hearing_form", "child", summary->child.public_id, "nothing saved: the form had errors");
    return hearing_form_page(context, *connection, *summary, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  std::int64_t id = justice::create_hearing(*connection, summary->child.id, *checked.details);
  access::record_audit_event(*connection, context.audit("hearing.create", "child", summary->child.public_id,
                                                        "hearing " + std::to_string(id) + ", " +
                                                            checked.details->purpose + " on " +
                                                            to_iso(checked.details->hearing_date)));
  transaction.commit();
  return Response::redirect(court_address(*summary, "hearing"));
}

// ---- a hearing's result ----

justice::HearingResultForm posted_result(const PageContext& context) {
  return {context.form_value("result"), posted_date(context, "adjourned-to"), context.form_value("notes")};
}

justice::HearingResultForm result_form_of(const Hearing& hearing) {
  if (!hearing.result) return {};
  const auto& result = *hearing.result;
  return {result.result, result.adjourned_to ? date_input_showing(*result.adjourned_to) : DateInput{}, result.notes};
}

Response result_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                          const Hearing& hearing, const justice::HearingResultForm& form,
                          const std::vector<FieldError>& errors, int status, const std::string& reason = "") {
  ViewData data = court_page_data(context, connection, summary,
                                  hearing.result ? "Correct the result of a hearing" : "Record the result of a hearing");
  data.set("action", "/children/" + summary.child.public_id + "/court/hearings/" + std::to_string(hearing.id) + "/result");
  data.set("hearing", justice::hearing_name(hearing.details));
  data.set("results", justice::code_choices(justice::hearing_results(), form.result, "Choose what it decided"));
  data.set("adjourned_to", ViewList{date_input_data("adjourned-to", "Date adjourned to (optional)",
                                                    "When the hearing was adjourned and the court fixed the next one",
                                                    form.adjourned_to, errors)});
  data.set("notes", form.notes);
  // A result already recorded is corrected: the form asks why.
  data.set("correcting", hearing.result.has_value());
  data.set("reason", reason);
  add_errors(data, errors);
  return render_page(context, pages::hearing_result_form, data, status);
}

Response hearing_result_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto hearing = addressed(context, "hearing", justice::hearings_of_child(*connection, summary->child.id));
  if (!hearing) return not_found(context, "Hearing");
  context.record_view("child.hearing_result_form", "child", summary->child.public_id,
                      "hearing " + std::to_string(hearing->id));
  return result_form_page(context, *connection, *summary, *hearing, result_form_of(*hearing), {}, 200);
}

Response record_hearing_result(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto hearing = addressed(context, "hearing", justice::hearings_of_child(*connection, summary->child.id));
  if (!hearing) return not_found(context, "Hearing");
  auto form = posted_result(context);
  auto checked = justice::check_hearing_result_form(form, *hearing, today_utc());
  auto by = posted_correction(context);
  if (!by) checked.errors.push_back({"reason", by.error().message});
  if (!checked.result || !by) {
    context.record_view("child.hearing_result_form", "child", summary->child.public_id,
                        "hearing " + std::to_string(hearing->id) + "; nothing saved: the form had errors");
    return result_form_page(context, *connection, *summary, *hearing, form, checked.errors, 422,
                            context.form_value("reason"));
  }
  store::Transaction transaction(*connection);
  auto changed = justice::record_hearing_result(*connection, summary->child.id, *hearing, *checked.result, by.value());
  if (changed.empty()) return Response::redirect(court_address(*summary, "unchanged"));
  access::record_audit_event(*connection, context.audit("hearing.result", "child", summary->child.public_id,
                                                        "hearing " + std::to_string(hearing->id) + ", " +
                                                            checked.result->result + "; changed: " +
                                                            join_with_commas(changed) +
                                                            (by.value().reason.empty() ? "" : "; reason given")));
  transaction.commit();
  return Response::redirect(court_address(*summary, "result"));
}

// ---- asking for a report ----

justice::ReportForm posted_report(const PageContext& context) {
  return {context.form_value("hearing"),          context.form_value("report-type"),
          posted_date(context, "asked-on"),       posted_date(context, "due-on"),
          context.form_value("reuse"),            context.form_value("nothing-changed") == "yes"};
}

Response report_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                          const std::vector<Hearing>& hearings, const std::vector<CourtReport>& reports,
                          const justice::ReportForm& form, const std::vector<FieldError>& errors, int status) {
  ViewData data = court_page_data(context, connection, summary, "Ask for a report");
  data.set("action", "/children/" + summary.child.public_id + "/court/reports/new");
  ViewList hearing_choices;
  std::optional<Date> needed_on;
  for (const auto& hearing : hearings) {
    ViewData option;
    option.set("value", std::to_string(hearing.id));
    option.set("label", justice::hearing_name(hearing.details));
    bool chosen = form.hearing == std::to_string(hearing.id);
    option.set("selected", chosen);
    if (chosen) needed_on = hearing.details.hearing_date;
    hearing_choices.push_back(std::move(option));
  }
  data.set("has_hearings", !hearings.empty());
  data.set("hearings", hearing_choices);
  data.set("report_types", justice::code_choices(justice::court_report_types(), form.report_type, "Choose the kind"));
  data.set("asked_on", ViewList{date_input_data("asked-on", "Date asked for", "The day the court asked for it",
                                                form.asked_on, errors)});
  data.set("due_on", ViewList{date_input_data("due-on", "Due date", "By the hearing it is for", form.due_on, errors)});
  // A pre-sentence report the rule allows giving again on the hearing's day (today until a
  // hearing is chosen); the rule is checked again, on the hearing chosen, when saved.
  ViewList offered;
  for (const auto& report : justice::reports_to_offer(reports, needed_on.value_or(today_utc()))) {
    ViewData option;
    option.set("value", std::to_string(report.id));
    option.set("label", "Pre-sentence report of " + to_display(*report.submitted_on));
    option.set("hint", "Quality-assured " + to_display(*report.quality_assured_on) + ", resting on the assessment of " +
                           to_display(*report.assessment_on));
    option.set("checked", form.reuse == std::to_string(report.id));
    offered.push_back(std::move(option));
  }
  data.set("has_offered", !offered.empty());
  data.set("offered", offered);
  data.set("write_new", form.reuse.empty());
  data.set("nothing_changed", form.nothing_significant_changed);
  add_errors(data, errors);
  return render_page(context, pages::report_form, data, status);
}

Response new_report_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto hearings = justice::hearings_of_child(*connection, summary->child.id);
  auto reports = justice::reports_of_child(*connection, summary->child.id);
  context.record_view("child.report_form", "child", summary->child.public_id);
  justice::ReportForm form;
  form.hearing = context.query_value("hearing");
  return report_form_page(context, *connection, *summary, hearings, reports, form, {}, 200);
}

Response create_report(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  auto hearings = justice::hearings_of_child(*connection, summary->child.id);
  auto reports = justice::reports_of_child(*connection, summary->child.id);
  auto form = posted_report(context);
  auto checked = justice::check_report_form(form, hearings, reports, today_utc());
  if (!checked.request) {
    context.record_view("child.report_form", "child", public_id, "nothing saved: the form had errors");
    return report_form_page(context, *connection, *summary, hearings, reports, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  std::int64_t id = 0;
  std::string detail;
  if (checked.reused) {
    id = justice::reuse_report(*connection, summary->child.id, *checked.request, *checked.reused);
    detail = "; reuses report " + std::to_string(checked.reused->id) +
             " (nothing significant changed since its assessment, as the worker confirmed)";
  } else {
    id = justice::ask_for_report(*connection, summary->child.id, *checked.request);
  }
  access::record_audit_event(*connection, context.audit(checked.reused ? "report.reuse" : "report.ask", "child", public_id,
                                                        "report " + std::to_string(id) + ", " +
                                                            checked.request->report_type + " for hearing " +
                                                            std::to_string(checked.request->hearing_id) + detail));
  deadlines::refresh_child(*connection, summary->child.id);
  transaction.commit();
  return Response::redirect(court_address(*summary, checked.reused ? "reused" : "report"));
}

// ---- a report submitted or quality-assured ----

justice::ReportProgressForm posted_progress(const PageContext& context) {
  return {posted_date(context, "submitted-on"), posted_date(context, "assessment-on"),
          posted_date(context, "quality-assured-on")};
}

justice::ReportProgressForm progress_form_of(const CourtReport& report) {
  auto shown = [](const std::optional<Date>& date) { return date ? date_input_showing(*date) : DateInput{}; };
  return {shown(report.submitted_on), shown(report.assessment_on), shown(report.quality_assured_on)};
}

Response progress_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                            const CourtReport& report, const std::vector<Hearing>& hearings,
                            const justice::ReportProgressForm& form, const std::vector<FieldError>& errors, int status) {
  ViewData data = court_page_data(context, connection, summary, "Record a report submitted or quality-assured");
  data.set("action", "/children/" + summary.child.public_id + "/court/reports/" + std::to_string(report.id));
  data.set("report", justice::words_for(justice::court_report_types(), report.request.report_type));
  for (const auto& hearing : hearings) {
    if (hearing.id == report.request.hearing_id) data.set("hearing", justice::hearing_name(hearing.details));
  }
  data.set("due_on", to_display(report.request.due_on));
  data.set("submitted_on", ViewList{date_input_data("submitted-on", "Date submitted", "The day the report went to the court",
                                                    form.submitted_on, errors)});
  data.set("assessment_on", ViewList{date_input_data("assessment-on", "Date of the assessment",
                                                     "The assessment the report rests on", form.assessment_on, errors)});
  data.set("quality_assured_on",
           ViewList{date_input_data("quality-assured-on", "Date quality-assured (optional)",
                                    "Leave blank until a manager has quality-assured it", form.quality_assured_on, errors)});
  add_errors(data, errors);
  return render_page(context, pages::report_progress_form, data, status);
}

// The report in the address, when it is the child's and not a reused one (which stands as
// the report it gives again did).
std::optional<CourtReport> progress_report(PageContext& context, const std::vector<CourtReport>& reports) {
  auto report = addressed(context, "report", reports);
  if (report && report->reused_report_id) return std::nullopt;
  return report;
}

Response report_progress_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto report = progress_report(context, justice::reports_of_child(*connection, summary->child.id));
  if (!report) return not_found(context, "Report");
  context.record_view("child.report_progress_form", "child", summary->child.public_id,
                      "report " + std::to_string(report->id));
  return progress_form_page(context, *connection, *summary, *report,
                            justice::hearings_of_child(*connection, summary->child.id), progress_form_of(*report), {}, 200);
}

Response record_report_progress(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto report = progress_report(context, justice::reports_of_child(*connection, summary->child.id));
  if (!report) return not_found(context, "Report");
  auto form = posted_progress(context);
  auto checked = justice::check_report_progress_form(form, *report, today_utc());
  if (!checked.report) {
    context.record_view("child.report_progress_form", "child", summary->child.public_id,
                        "report " + std::to_string(report->id) + "; nothing saved: the form had errors");
    return progress_form_page(context, *connection, *summary, *report,
                              justice::hearings_of_child(*connection, summary->child.id), form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  justice::record_report_progress(*connection, *checked.report);
  access::record_audit_event(*connection, context.audit("report.progress", "child", summary->child.public_id,
                                                        "report " + std::to_string(report->id) + ", " +
                                                            checked.report->status));
  deadlines::refresh_child(*connection, summary->child.id);
  transaction.commit();
  return Response::redirect(court_address(*summary, "progress"));
}

}  // namespace

void add_court_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/court", Permission::read_child_record, child, court_page);
  routes.record_page(Method::get, "/children/{id}/court/hearings/new", Permission::correct_child_record, child,
                     new_hearing_form);
  routes.record_page(Method::post, "/children/{id}/court/hearings/new", Permission::correct_child_record, child,
                     create_hearing);
  routes.record_page(Method::get, "/children/{id}/court/hearings/{hearing}/result", Permission::correct_child_record,
                     child, hearing_result_form);
  routes.record_page(Method::post, "/children/{id}/court/hearings/{hearing}/result", Permission::correct_child_record,
                     child, record_hearing_result);
  routes.record_page(Method::get, "/children/{id}/court/reports/new", Permission::correct_child_record, child,
                     new_report_form);
  routes.record_page(Method::post, "/children/{id}/court/reports/new", Permission::correct_child_record, child,
                     create_report);
  routes.record_page(Method::get, "/children/{id}/court/reports/{report}", Permission::correct_child_record, child,
                     report_progress_form);
  routes.record_page(Method::post, "/children/{id}/court/reports/{report}", Permission::correct_child_record, child,
                     record_report_progress);
}

}  // namespace pathway::web
