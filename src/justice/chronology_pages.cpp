// A child's chronology: their justice record as one timeline (the MoJ timeline pattern),
// newest first, with the current status above it as on every page of the record. The
// filters (kinds of event, a date range) are a GET form, so they work without JavaScript
// and a filtered timeline has an address to come back to.
#include <cctype>

#include "children/child_record_guard.h"
#include "children/child_record_header.h"
#include "children/child_repository.h"
#include "core/clock.h"
#include "justice/chronology.h"
#include "justice/correction_views.h"
#include "justice/court_vocabulary.h"
#include "justice/record_labels.h"
#include "web/app.h"
#include "web/date_range_form.h"

namespace pathway::web {

namespace {

using justice::EventKind;

struct ChronologyForm {
  std::vector<std::string> kinds;  // as sent: "offence", "outcome"...
  DateBoxes from, to;
};

ChronologyForm read_form(const PageContext& context) {
  auto boxes = [&](const std::string& field) {
    return DateBoxes{context.query_value(field + "-day"), context.query_value(field + "-month"),
                     context.query_value(field + "-year")};
  };
  return {all_values(context.query, "kind"), boxes("from"), boxes("to")};
}

struct CheckedFilter {
  justice::ChronologyFilter filter;
  std::vector<FieldError> errors;  // empty when the timeline can be shown
  std::string summary;             // the filters in words, for the audit event
};

CheckedFilter check_form(const ChronologyForm& form) {
  CheckedFilter checked;
  std::string kinds;
  for (const auto& code : form.kinds) {
    auto kind = justice::event_kind_from_code(code);
    if (!kind) {
      checked.errors.push_back({"kind", "Choose the kinds of event from the list", "kind-offence"});
      break;
    }
    checked.filter.kinds.push_back(*kind);
    kinds += (kinds.empty() ? "" : ", ") + code;
  }
  auto range = check_date_range(form.from, form.to, checked.errors);
  checked.filter.from = range.from;
  checked.filter.to = range.to;
  auto note = [&](const std::string& part) { checked.summary += (checked.summary.empty() ? "" : "; ") + part; };
  if (!kinds.empty()) note("kinds " + kinds);
  if (range.from) note("from " + to_iso(*range.from));
  if (range.to) note("to " + to_iso(*range.to));
  if (checked.summary.empty()) checked.summary = "no filters";
  return checked;
}

ViewList kind_options(const ChronologyForm& form) {
  ViewList options;
  for (EventKind kind : justice::event_kinds()) {
    std::string code(justice::event_kind_code(kind));
    ViewData option;
    option.set("value", code);
    option.set("label", std::string(justice::event_kind_label(kind)));
    option.set("checked", std::find(form.kinds.begin(), form.kinds.end(), code) != form.kinds.end());
    options.push_back(std::move(option));
  }
  return options;
}

ViewData line(std::string text) {
  ViewData item;
  item.set("text", std::move(text));
  return item;
}

// "From 3 March 2025 to 2 March 2026", or "From 3 March 2025, <open>" while it runs.
std::string period(Date start, const std::optional<Date>& end, std::string_view open) {
  return "From " + to_display(start) + (end ? " to " + to_display(*end) : ", " + std::string(open));
}

std::string offence_line(const justice::OffenceEvent& offence) {
  return justice::offence_category_label(offence.category) + ", " + to_display(offence.offence_date) +
         " (seriousness " + std::to_string(offence.gravity) + ")";
}

// One timeline item: {kind, title, datetime, date, lines: [{text}], offences: [{text}]}.
struct EventData {
  ViewData operator()(const justice::OffenceEvent& offence) const {
    ViewList lines;
    lines.push_back(line("Seriousness score " + std::to_string(offence.gravity) + " of 8"));
    if (offence.description) lines.push_back(line(*offence.description));
    return item("Offence: " + justice::offence_category_label(offence.category), std::move(lines), {});
  }
  ViewData operator()(const justice::OutcomeEvent& outcome) const {
    ViewList lines, offences;
    if (outcome.start_date) lines.push_back(line(period(*outcome.start_date, outcome.end_date, "no end recorded")));
    if (outcome.length_months) lines.push_back(line("Length " + std::to_string(*outcome.length_months) + " months"));
    if (outcome.completion) lines.push_back(line("Completion: " + justice::completion_label(*outcome.completion)));
    if (outcome.court) lines.push_back(line(*outcome.court));
    for (const auto& offence : outcome.offences) offences.push_back(line(offence_line(offence)));
    return item("Outcome: " + justice::outcome_type_label(outcome.outcome_type), std::move(lines),
                std::move(offences));
  }
  ViewData operator()(const justice::RemandEvent& remand) const {
    ViewList lines;
    lines.push_back(line(period(remand.start_date, remand.end_date, "no end recorded")));
    return item(justice::remand_type_label(remand.remand_type), std::move(lines), {});
  }
  ViewData operator()(const justice::CustodyEvent& custody) const {
    ViewList lines;
    lines.push_back(line(justice::establishment_type_label(custody.establishment_type)));
    lines.push_back(line(custody.release_date ? "From " + to_display(custody.start_date) + " to release on " +
                                                    to_display(*custody.release_date)
                                              : "From " + to_display(custody.start_date) + ", not yet released"));
    return item("Custody: " + custody.establishment, std::move(lines), {});
  }
  ViewData operator()(const justice::HearingEvent& hearing) const {
    ViewList lines;
    lines.push_back(line(hearing.court));
    if (hearing.result) lines.push_back(line("Result: " + justice::words_for(justice::hearing_results(), *hearing.result)));
    if (hearing.adjourned_to) lines.push_back(line("Adjourned to " + to_display(*hearing.adjourned_to)));
    return item("Hearing: " + justice::words_for(justice::hearing_purposes(), hearing.purpose), std::move(lines), {});
  }

  ViewData operator()(const justice::OrderProgressEvent& step) const {
    ViewList lines;
    std::string order = justice::outcome_type_label(step.outcome_type);
    if (step.step == "warning") return item("Warning on the " + lower_first(order), {line(step.detail)}, {});
    if (step.step == "breach") {
      return item("Breach proceedings on the " + lower_first(order),
                  {line(step.detail.empty() ? "Result not yet decided" : justice::breach_result_label(step.detail))}, {});
    }
    if (step.step == "extension") return item(order + " extended by " + step.detail + " months", {}, {});
    if (step.step == "revocation") return item(order + " revoked", {line(step.detail)}, {});
    if (!step.detail.empty()) lines.push_back(line("Completion: " + justice::completion_label(step.detail)));
    return item(order + " ended", std::move(lines), {});
  }

  ViewData operator()(const justice::CorrectionEvent& event) const {
    const auto& correction = event.correction;
    ViewList lines;
    for (const auto& change : correction.changes) {
      auto kind = correction.record.kind;
      lines.push_back(line(justice::corrected_field_label(kind, change.field) + ": " +
                           justice::corrected_value(kind, change.field, change.old_value) + " corrected to " +
                           justice::corrected_value(kind, change.field, change.new_value)));
    }
    lines.push_back(line("By " + correction.corrected_by_name));
    lines.push_back(line(correction.reason ? "Reason: " + *correction.reason : "No reason given"));
    return item(corrected_title(correction.record.kind), std::move(lines), {});
  }

  static std::string corrected_title(justice::CorrectedKind kind) {
    switch (kind) {
      case justice::CorrectedKind::offence: return "Offence corrected";
      case justice::CorrectedKind::outcome: return "The end of an order corrected";
      case justice::CorrectedKind::requirement: return "Requirement of an order corrected";
      case justice::CorrectedKind::breach_proceedings: return "Breach proceedings corrected";
      case justice::CorrectedKind::hearing: return "Hearing result corrected";
      case justice::CorrectedKind::case_note: return "Case note corrected";  // not in the chronology
    }
    return "Record corrected";
  }

  static std::string lower_first(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
  }

  static ViewData item(std::string title, ViewList lines, ViewList offences) {
    ViewData data;
    data.set("title", std::move(title));
    data.set("lines", std::move(lines));
    data.set("has_offences", !offences.empty());
    data.set("offences", std::move(offences));
    return data;
  }
};

ViewData event_data(const justice::ChronologyEvent& event) {
  ViewData data = std::visit(EventData{}, event);
  Date date = justice::event_date(event);
  data.set("kind", std::string(justice::event_kind_code(justice::event_kind(event))));
  data.set("datetime", to_iso(date));
  data.set("date", to_display(date));
  return data;
}

Response chronology_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = children::find_child(*connection, context.params.at("id"));
  if (!summary) return child_record_guard()->not_found(context);
  const std::string& public_id = summary->child.public_id;
  ChronologyForm form = read_form(context);
  CheckedFilter checked = check_form(form);
  context.record_view("child.chronology", "child", public_id,
                      checked.errors.empty() ? checked.summary : "the filters had errors; no events shown");

  ViewData data = layout_data(context, "Chronology: " + children::full_name(summary->child.details), "/children");
  children::add_child_record_header(data, *connection, *summary, today_utc());
  data.set("tab_chronology", true);
  data.set("back_query", "");
  data.set("action", "/children/" + public_id + "/chronology");
  data.set("kinds", kind_options(form));
  ViewList dates;
  dates.push_back(date_field_data("from", "From", "For example, 1 4 2024", form.from, checked.errors));
  dates.push_back(date_field_data("to", "To", "The whole of this day is included", form.to, checked.errors));
  data.set("date_fields", std::move(dates));
  add_errors(data, checked.errors);
  if (!checked.errors.empty()) return render_page(context, pages::child_chronology, data, 422);

  ViewList events;
  for (const auto& event : justice::chronology(*connection, summary->child.id, checked.filter)) {
    events.push_back(event_data(event));
  }
  const auto& filter = checked.filter;
  data.set("filtered", !filter.kinds.empty() || filter.from || filter.to);
  data.set("has_events", !events.empty());
  data.set("events", std::move(events));
  return render_page(context, pages::child_chronology, data);
}

}  // namespace

void add_chronology_pages(Routes& routes) {
  routes.record_page(Method::get, "/children/{id}/chronology", access::Permission::read_child_record,
                     child_record_guard(), chronology_page);
}

}  // namespace pathway::web
