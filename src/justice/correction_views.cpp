#include "justice/correction_views.h"

#include <set>

#include "core/dates.h"
#include "core/text.h"
#include "justice/court_vocabulary.h"
#include "justice/record_labels.h"
#include "justice/yro_requirements.h"
#include "practice/notes/note_types.h"

namespace pathway::justice {

namespace {

struct FieldWords {
  std::string_view field;
  std::string_view label;
  std::string (*value)(const std::string& stored);
};

std::string as_date(const std::string& stored) {
  auto date = parse_iso_date(stored);
  return date ? to_display(*date) : stored;
}
std::string as_text(const std::string& stored) { return stored; }
std::string as_category(const std::string& stored) { return offence_category_label(stored); }
std::string as_completion(const std::string& stored) { return completion_label(stored); }
std::string as_end_status(const std::string& stored) { return end_status_label(stored); }
std::string as_breach_result(const std::string& stored) { return breach_result_label(stored); }
std::string as_hearing_result(const std::string& stored) { return words_for(hearing_results(), stored); }
std::string as_children(const std::string& stored) {
  auto count = split_on_commas(stored).size();
  return std::to_string(count) + (count == 1 ? " child named" : " children named");
}
std::string as_note_type(const std::string& stored) { return practice::note_type_label(stored); }
std::string as_hours(const std::string& stored) {
  std::string days;
  for (const auto& day : split_on_commas(stored)) days += (days.empty() ? "" : ", ") + day;
  return days + " hours on the 7 days from the start";
}

// Each kind's fields, as the forms name them.
const std::vector<FieldWords>& words_of(CorrectedKind kind) {
  static const std::vector<FieldWords> offence = {{"offence_date", "Date of the offence", as_date},
                                                  {"category", "Category", as_category},
                                                  {"gravity", "Gravity score", as_text},
                                                  {"description", "Description", as_text},
                                                  {"codefendants", "Co-defendants", as_children}};
  static const std::vector<FieldWords> outcome = {
      {"end_date", "End date", as_date},
      {"completion", "Completion", as_completion},
      {"end_ete", "Education, training or employment at the end", as_end_status},
      {"end_accommodation", "Accommodation at the end", as_end_status}};
  static const std::vector<FieldWords> requirement = {{"amount", "Amount ordered", as_text},
                                                      {"starts_on", "Start date", as_date},
                                                      {"ends_on", "End date", as_date},
                                                      {"curfew_hours", "Curfew hours", as_hours}};
  static const std::vector<FieldWords> breach = {{"begun_on", "Date proceedings began", as_date},
                                                 {"court_date", "Court date", as_date},
                                                 {"result", "Result", as_breach_result}};
  static const std::vector<FieldWords> hearing = {{"result", "Result", as_hearing_result},
                                                  {"adjourned_to", "Date adjourned to", as_date},
                                                  {"result_notes", "Notes", as_text}};
  static const std::vector<FieldWords> case_note = {{"note_type", "Type", as_note_type},
                                                    {"happened_on", "Date it happened", as_date},
                                                    {"happened_time", "Time it happened", as_text},
                                                    {"summary", "Summary", as_text},
                                                    {"body", "Note", as_text}};
  static const std::vector<FieldWords> none = {};
  switch (kind) {
    case CorrectedKind::offence: return offence;
    case CorrectedKind::outcome: return outcome;
    case CorrectedKind::requirement: return requirement;
    case CorrectedKind::breach_proceedings: return breach;
    case CorrectedKind::hearing: return hearing;
    case CorrectedKind::case_note: return case_note;
  }
  return none;
}

const FieldWords* words_for(CorrectedKind kind, const std::string& field) {
  for (const auto& words : words_of(kind)) {
    if (words.field == field) return &words;
  }
  return nullptr;
}

}  // namespace

std::string corrected_field_label(CorrectedKind kind, const std::string& field) {
  const auto* words = words_for(kind, field);
  return words ? std::string(words->label) : field;
}

std::string corrected_value(CorrectedKind kind, const std::string& field, const std::optional<std::string>& value) {
  if (!value || value->empty()) return "Not recorded";
  const auto* words = words_for(kind, field);
  return words ? words->value(*value) : *value;
}

web::ViewList correction_rows(const std::vector<Correction>& corrections, const RecordTitle& title) {
  web::ViewList rows;
  for (const auto& correction : corrections) {
    web::ViewData row;
    row.set("title", title(correction.record));
    auto instant = parse_iso_instant(correction.corrected_at);
    row.set("corrected_at", instant ? to_uk_local_display(*instant) : correction.corrected_at);
    row.set("corrected_by", correction.corrected_by_name);
    if (correction.reason) row.set("reason", *correction.reason);
    web::ViewList fields;
    for (const auto& change : correction.changes) {
      web::ViewData field;
      field.set("label", corrected_field_label(correction.record.kind, change.field));
      field.set("old_value", corrected_value(correction.record.kind, change.field, change.old_value));
      field.set("new_value", corrected_value(correction.record.kind, change.field, change.new_value));
      fields.push_back(std::move(field));
    }
    row.set("fields", std::move(fields));
    rows.push_back(std::move(row));
  }
  return rows;
}

void add_corrections_section(web::ViewData& data, const std::vector<Correction>& corrections, const RecordTitle& title,
                             const std::string& none) {
  data.set("corrections", correction_rows(corrections, title));
  data.set("has_corrections", !corrections.empty());
  data.set("no_corrections", none);
}

std::string corrections_shown(const std::vector<Correction>& corrections) {
  std::set<std::pair<std::string_view, std::int64_t>> records;
  std::string shown;
  for (const auto& correction : corrections) {
    auto code = corrected_kind_code(correction.record.kind);
    if (!records.insert({code, correction.record.id}).second) continue;
    shown += (shown.empty() ? "" : ", ") + std::string(code) + " " + std::to_string(correction.record.id);
  }
  return shown;
}

}  // namespace pathway::justice
