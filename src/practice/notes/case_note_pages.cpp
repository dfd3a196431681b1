// A child's case notes (/children/{id}/case-notes): the search across them (words, type,
// a date range: a GET form, so it works without JavaScript and a search has an address),
// one note with its corrections, the form for a new note and the form correcting one.
// Anyone who may open the record reads the notes; those who record practice write them;
// management oversight notes are written only by managers, and a note is corrected by its
// author or a manager. Every change and its audit event are saved in one transaction.
#include <algorithm>

#include "access/audit.h"
#include "access/audit_records.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "core/text.h"
#include "justice/correction_views.h"
#include "justice/form_checks.h"
#include "justice/justice_page_data.h"
#include "practice/notes/case_note_form.h"
#include "practice/notes/note_types.h"
#include "practice/practice_page.h"
#include "store/transaction.h"
#include "web/date_range_form.h"
#include "web/form_decoding.h"
#include "web/pagination.h"
#include "web/saved_banner.h"

namespace pathway::web {

namespace {

constexpr std::string_view notes_section = "case-notes";
constexpr std::int64_t notes_per_page = 20;
constexpr std::size_t max_search_length = 200;

bool may_write_oversight(const PageContext& context) {
  return context.may(access::Permission::countersign_assessments);
}

// The note types for the form's radios, `chosen` checked; management oversight only for
// those who may write it (and for a note already of that type, so a correction shows it).
ViewList type_options(const PageContext& context, const std::string& chosen) {
  ViewList options;
  for (const auto& type : practice::note_types()) {
    if (type.code == practice::management_oversight && !may_write_oversight(context) && chosen != type.code) continue;
    ViewData option;
    option.set("value", std::string(type.code));
    option.set("label", std::string(type.words));
    option.set("checked", chosen == type.code);
    option.set("first", options.empty());
    options.push_back(std::move(option));
  }
  return options;
}

std::string note_href(const children::ChildSummary& summary, std::int64_t id) {
  return section_href(summary, notes_section) + "/" + std::to_string(id);
}

ViewData note_data(const children::ChildSummary& summary, const practice::CaseNote& note) {
  ViewData row;
  row.set("id", std::to_string(note.id));
  row.set("href", note_href(summary, note.id));
  row.set("type", practice::note_type_label(note.content.note_type));
  row.set("happened", to_display(note.content.happened_on) +
                          (note.content.happened_time ? ", " + *note.content.happened_time : ""));
  row.set("summary", note.content.summary);
  row.set("body", note.content.body);
  auto recorded = parse_iso_instant(note.recorded_at);
  row.set("recorded", (recorded ? to_uk_local_display(*recorded) : note.recorded_at) + " by " + note.recorded_by_name);
  row.set("corrected", note.corrected);
  return row;
}

std::string note_shown(std::int64_t id) { return access::shown_records({{"case_note", std::to_string(id)}}); }

// --- The search ---------------------------------------------------------------------

struct SearchForm {
  std::string words, note_type, page;
  DateBoxes from, to;
};

SearchForm read_search(const PageContext& context) {
  auto boxes = [&](const std::string& field) {
    return DateBoxes{context.query_value(field + "-day"), context.query_value(field + "-month"),
                     context.query_value(field + "-year")};
  };
  return {context.query_value("words"), context.query_value("type"), context.query_value("page"), boxes("from"),
          boxes("to")};
}

struct CheckedSearch {
  practice::NoteSearch search;
  std::int64_t page = 1;
  std::vector<FieldError> errors;
  std::string summary;  // the search in words, for the audit event (what was typed quoted)
};

CheckedSearch check_search(const SearchForm& form) {
  CheckedSearch checked;
  std::string words(trim(form.words));
  if (!is_clean_utf8(words) || utf8_length(words) > max_search_length) {
    checked.errors.push_back({"words", "Enter at most " + std::to_string(max_search_length) +
                                           " characters of words to search for"});
  } else {
    // fold_for_search leaves one space between words.
    std::string folded = fold_for_search(words);
    for (std::size_t at = 0; at < folded.size();) {
      std::size_t space = std::min(folded.find(' ', at), folded.size());
      checked.search.words.push_back(folded.substr(at, space - at));
      at = space + 1;
    }
  }
  if (!form.note_type.empty() && !justice::is_one_of(justice::codes_of(practice::note_types()), form.note_type)) {
    checked.errors.push_back({"type", "Choose a type of note from the list"});
  } else {
    checked.search.note_type = form.note_type;
  }
  auto range = check_date_range(form.from, form.to, checked.errors);
  checked.search.from = range.from;
  checked.search.to = range.to;
  if (auto page = justice::whole_number(form.page, 6); page && *page > 0) checked.page = *page;
  checked.summary = "page " + std::to_string(checked.page);
  if (!checked.search.words.empty()) checked.summary += "; words '" + words + "'";
  if (!checked.search.note_type.empty()) checked.summary += "; type " + checked.search.note_type;
  if (range.from) checked.summary += "; from " + to_iso(*range.from);
  if (range.to) checked.summary += "; to " + to_iso(*range.to);
  return checked;
}

// The search's address with page `page`: the same words, type and dates.
std::string page_href(const std::string& base, const SearchForm& form, std::int64_t page) {
  std::string query;
  auto add = [&](std::string_view name, const std::string& value) {
    if (value.empty()) return;
    query += (query.empty() ? "?" : "&") + std::string(name) + "=" + encode_query_value(value);
  };
  add("words", form.words);
  add("type", form.note_type);
  for (auto [name, boxes] : {std::pair<std::string, const DateBoxes*>{"from", &form.from}, {"to", &form.to}}) {
    add(name + "-day", boxes->day);
    add(name + "-month", boxes->month);
    add(name + "-year", boxes->year);
  }
  add("page", std::to_string(page));
  return base + query;
}

void add_pagination(ViewData& data, const std::string& base, const SearchForm& form, std::int64_t page,
                    std::int64_t total) {
  std::int64_t pages = (total + notes_per_page - 1) / notes_per_page;
  if (pages <= 1) return;
  data.set("pagination", pagination_data(page, pages, [&](std::int64_t number) { return page_href(base, form, number); }));
}

void set_notes_banner(PageContext& context, ViewData& data) {
  static const SavedBanner banners[] = {{"note", "Case note saved"},
                                                                          {"corrected", "Correction saved"}};
  add_saved_banner(context, data, banners);
}

Response case_notes_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  SearchForm form = read_search(context);
  CheckedSearch checked = check_search(form);
  std::string base = section_href(*summary, notes_section);

  ViewData data = practice_page_data(context, *connection, *summary,
                                     "Case notes: " + children::full_name(summary->child.details), notes_section, "case_notes");
  set_notes_banner(context, data);
  data.set("action", base);
  data.set("new_href", base + "/new");
  data.set("may_write", context.may(access::Permission::record_practice));
  data.set("words", form.words);
  ViewList types;
  for (const auto& type : practice::note_types()) {
    ViewData option;
    option.set("value", std::string(type.code));
    option.set("label", std::string(type.words));
    option.set("selected", form.note_type == type.code);
    types.push_back(std::move(option));
  }
  data.set("types", std::move(types));
  ViewList dates;
  dates.push_back(date_field_data("from", "Happened from", "For example, 1 4 2026", form.from, checked.errors));
  dates.push_back(date_field_data("to", "Happened to", "The whole of this day is included", form.to, checked.errors));
  data.set("date_fields", std::move(dates));
  add_errors(data, checked.errors);
  if (!checked.errors.empty()) {
    context.record_view("child.case_notes", "child", public_id, "the search had errors; no notes shown");
    return render_page(context, pages::case_notes, data, 422);
  }

  auto found = practice::search_case_notes(*connection, summary->child.id, checked.search, checked.page,
                                           notes_per_page);
  std::vector<access::NamedRecord> shown;
  ViewList notes;
  for (const auto& note : found.notes) {
    shown.push_back({"case_note", std::to_string(note.id)});
    notes.push_back(note_data(*summary, note));
  }
  context.record_view("child.case_notes", "child", public_id,
                      checked.summary + (shown.empty() ? "" : "; " + access::shown_records(shown)));
  const auto& search = checked.search;
  data.set("searched", !search.words.empty() || !search.note_type.empty() || search.from || search.to);
  data.set("has_notes", !notes.empty());
  data.set("notes", std::move(notes));
  data.set("total", std::to_string(found.total) + (found.total == 1 ? " note" : " notes"));
  add_pagination(data, base, form, checked.page, found.total);
  return render_page(context, pages::case_notes, data);
}

// --- One note -----------------------------------------------------------------------

// The child's note named in the address; nullopt when there is none.
std::optional<practice::CaseNote> note_in_address(PageContext& context, store::Connection& connection,
                                                  const children::ChildSummary& summary) {
  auto id = justice::whole_number(context.params.at("note"), 18);
  if (!id) return std::nullopt;
  return practice::find_case_note(connection, summary.child.id, *id);
}

Response note_not_found(PageContext& context, const children::ChildSummary& summary) {
  context.record_view("child.case_note", "child", summary.child.public_id, "no such case note");
  return message_page(context, 404, "Case note not found", "This child has no such case note.");
}

bool may_correct(const PageContext& context, const practice::CaseNote& note) {
  return note.recorded_by == context.username() || may_write_oversight(context);
}

Response case_note_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto note = note_in_address(context, *connection, *summary);
  if (!note) return note_not_found(context, *summary);
  auto corrections = justice::corrections_of(*connection, {{justice::CorrectedKind::case_note, note->id}});
  context.record_view("child.case_note", "child", summary->child.public_id, note_shown(note->id));
  ViewData data = practice_page_data(context, *connection, *summary, "Case note: " + note->content.summary, notes_section,
                                     "case_notes", "Back to case notes");
  set_notes_banner(context, data);
  data.set("note", note_data(*summary, *note));
  data.set("may_correct", context.may(access::Permission::record_practice) && may_correct(context, *note));
  data.set("correct_href", note_href(*summary, note->id) + "/correct");
  justice::add_corrections_section(data, corrections, [](const justice::CorrectedRecord&) { return std::string("Case note"); },
                                   "This note has not been corrected.");
  return render_page(context, pages::case_note, data);
}

// --- The forms ----------------------------------------------------------------------

practice::CaseNoteForm posted_note(const PageContext& context) {
  return {context.form_value("note-type"), posted_date(context, "happened-on"), context.form_value("happened-time"),
          context.form_value("summary"),   context.form_value("body"),          context.form_value("confirm") == "yes"};
}

// The form, blank or as typed: for a new note (`note` nullopt) or a correction of `note`.
Response note_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                        const std::optional<practice::CaseNote>& note, const practice::CaseNoteForm& form,
                        const practice::CaseNoteCheck& checked, const std::string& reason, int status) {
  bool correcting = note.has_value();
  ViewData data = practice_page_data(context, connection, summary, correcting ? "Correct a case note" : "Add a case note",
                                     notes_section, "case_notes", "Back to case notes");
  data.set("heading", correcting ? "Correct a case note" : "Add a case note");
  data.set("action", correcting ? note_href(summary, note->id) + "/correct" : section_href(summary, notes_section) + "/new");
  data.set("cancel_href", correcting ? note_href(summary, note->id) : section_href(summary, notes_section));
  data.set("correcting", correcting);
  data.set("types", type_options(context, form.note_type));
  data.set("happened_on", ViewList{date_input_data("happened-on", "The day it happened",
                                                   "Today, or the day of what the note describes, for example 27 3 2026",
                                                   form.happened_on, checked.errors)});
  data.set("happened_time", form.happened_time);
  data.set("summary", form.summary);
  data.set("body", form.body);
  data.set("reason", reason);
  ViewList warnings;
  for (const auto& warning : checked.warnings) warnings.push_back(ViewData(warning));
  data.set("has_warnings", !warnings.empty());
  data.set("warnings", std::move(warnings));
  add_errors(data, checked.errors);
  return render_page(context, pages::case_note_form, data, status);
}

Response new_note_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view("child.case_note_form", "child", summary->child.public_id);
  practice::CaseNoteForm form;
  form.happened_on = date_input_showing(today_utc());
  return note_form_page(context, *connection, *summary, std::nullopt, form, {}, "", 200);
}

Response create_note(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  auto form = posted_note(context);
  auto checked = practice::check_case_note(form, summary->child.details.date_of_birth, today_utc(),
                                           may_write_oversight(context));
  if (!checked.content) {
    context.record_view("child.case_note_form", "child", public_id,
                        checked.errors.empty() ? "nothing saved: warnings to confirm" : "nothing saved: the form had errors");
    return note_form_page(context, *connection, *summary, std::nullopt, form, checked, "", 422);
  }
  store::Transaction transaction(*connection);
  std::int64_t id = practice::create_case_note(*connection, summary->child.id, *checked.content,
                                               {context.username(), context.staff().display_name});
  access::record_audit_event(*connection, context.audit("case_note.create", "child", public_id,
                                                        "case note " + std::to_string(id) + ", " +
                                                            checked.content->note_type + " of " +
                                                            to_iso(checked.content->happened_on)));
  transaction.commit();
  return Response::redirect(note_href(*summary, id) + "?saved=note");
}

// The note to correct, when the signed-in member of staff may correct it; otherwise the
// answer to give (not found, or refused).
struct NoteToCorrect {
  std::optional<practice::CaseNote> note;
  std::optional<Response> refusal;
};

NoteToCorrect note_to_correct(PageContext& context, store::Connection& connection,
                              const children::ChildSummary& summary) {
  auto note = note_in_address(context, connection, summary);
  if (!note) return {std::nullopt, note_not_found(context, summary)};
  if (!may_correct(context, *note)) {
    context.record_view("child.case_note_form", "child", summary.child.public_id,
                        "refused: not the author nor a manager; " + note_shown(note->id));
    return {std::nullopt, message_page(context, 403, "You cannot correct this case note",
                                       "A case note is corrected by the person who wrote it or by a manager.")};
  }
  return {note, std::nullopt};
}

Response correct_note_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto found = note_to_correct(context, *connection, *summary);
  if (found.refusal) return std::move(*found.refusal);
  context.record_view("child.case_note_form", "child", summary->child.public_id, note_shown(found.note->id));
  return note_form_page(context, *connection, *summary, found.note, practice::form_showing(found.note->content), {}, "",
                        200);
}

Response correct_note(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto found = note_to_correct(context, *connection, *summary);
  if (found.refusal) return std::move(*found.refusal);
  const auto& note = *found.note;
  const std::string& public_id = summary->child.public_id;
  auto form = posted_note(context);
  // Correcting a management oversight note, or making a note one, is a manager's correction
  // (may_correct lets only its author or a manager this far; the check refuses the type).
  auto checked = practice::check_case_note(form, summary->child.details.date_of_birth, today_utc(),
                                           may_write_oversight(context));
  // A note's correction always says why: the note is the record of what the service knew.
  auto by = posted_correction(context);
  bool why_given = by && !by.value().reason.empty();
  if (!by) checked.errors.push_back({"reason", by.error().message});
  if (by && !why_given) checked.errors.push_back({"reason", "Enter why you are correcting the note"});
  if (!checked.content || !why_given) {
    checked.content.reset();
    context.record_view("child.case_note_form", "child", public_id,
                        "nothing saved: the form had errors or warnings to confirm; " + note_shown(note.id));
    return note_form_page(context, *connection, *summary, note, form, checked, context.form_value("reason"), 422);
  }
  store::Transaction transaction(*connection);
  auto changes = practice::correct_case_note(*connection, note, *checked.content, by.value());
  std::string fields;
  for (const auto& change : changes) fields += (fields.empty() ? "" : ", ") + change.field;
  access::record_audit_event(*connection, context.audit("case_note.correct", "child", public_id,
                                                        "case note " + std::to_string(note.id) + ": " +
                                                            (fields.empty() ? "nothing changed" : fields)));
  transaction.commit();
  return Response::redirect(note_href(*summary, note.id) + "?saved=corrected");
}

}  // namespace

void add_case_note_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/case-notes", Permission::read_child_record, child, case_notes_page);
  routes.record_page(Method::get, "/children/{id}/case-notes/new", Permission::record_practice, child, new_note_form);
  routes.record_page(Method::post, "/children/{id}/case-notes/new", Permission::record_practice, child, create_note);
  routes.record_page(Method::get, "/children/{id}/case-notes/{note}", Permission::read_child_record, child,
                     case_note_page);
  routes.record_page(Method::get, "/children/{id}/case-notes/{note}/correct", Permission::record_practice, child,
                     correct_note_form);
  routes.record_page(Method::post, "/children/{id}/case-notes/{note}/correct", Permission::record_practice, child,
                     correct_note);
}

}  // namespace pathway::web
