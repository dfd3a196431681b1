#include "practice/notes/case_note_form.h"

#include <cctype>

#include "core/text.h"
#include "justice/form_checks.h"
#include "justice/record_rules.h"
#include "practice/notes/note_types.h"

namespace pathway::practice {

namespace {

// "9:05" or "14:30" as "09:05" / "14:30"; nullopt when it is not a time of day.
std::optional<std::string> time_of_day(std::string_view typed) {
  auto colon = typed.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || typed.size() - colon != 3) return std::nullopt;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    if (i != colon && !std::isdigit(static_cast<unsigned char>(typed[i]))) return std::nullopt;
  }
  int hours = std::stoi(std::string(typed.substr(0, colon)));
  int minutes = std::stoi(std::string(typed.substr(colon + 1)));
  if (hours > 23 || minutes > 59) return std::nullopt;
  return (hours < 10 ? "0" : "") + std::to_string(hours) + ":" + std::string(typed.substr(colon + 1));
}

}  // namespace

CaseNoteForm form_showing(const NoteContent& content) {
  return {content.note_type, web::date_input_showing(content.happened_on), content.happened_time.value_or(""),
          content.summary, content.body, false};
}

std::optional<std::string> long_text(std::string_view typed, const std::string& field, const std::string& what,
                                     std::size_t max_length, bool required, std::vector<web::FieldError>& errors) {
  std::string text(trim(typed));
  if (!is_clean_utf8(text)) {
    errors.push_back({field, "The " + what + " must not contain control characters"});
    return std::nullopt;
  }
  if (text.empty() && required) {
    errors.push_back({field, "Enter the " + what});
    return std::nullopt;
  }
  if (utf8_length(text) > max_length) {
    errors.push_back({field, "The " + what + " must be " + std::to_string(max_length) + " characters or fewer"});
    return std::nullopt;
  }
  return text;
}

CaseNoteCheck check_case_note(const CaseNoteForm& form, Date date_of_birth, Date today, bool may_write_oversight) {
  CaseNoteCheck checked;
  auto& errors = checked.errors;
  bool known_type = justice::is_one_of(justice::codes_of(note_types()), form.note_type);
  if (!known_type) {
    errors.push_back({"note-type", "Choose the type of note", "note-type"});
  } else if (form.note_type == management_oversight && !may_write_oversight) {
    errors.push_back({"note-type", "Only a manager can write a management oversight note", "note-type"});
  }
  auto happened_on = justice::past_date(form.happened_on,
                                        {"happened-on", "The day it happened", "Enter the day it happened"}, today,
                                        errors);
  if (happened_on && *happened_on < date_of_birth) {
    errors.push_back({"happened-on", "The day it happened must be after the child was born", "happened-on-day"});
  }
  std::optional<std::string> happened_time;
  std::string_view typed_time = trim(form.happened_time);
  if (!typed_time.empty()) {
    happened_time = time_of_day(typed_time);
    if (!happened_time) errors.push_back({"happened-time", "Enter the time as hours and minutes, for example 14:30"});
  }
  auto summary = justice::required_text(form.summary, "summary", "summary", max_summary_length, errors);
  auto body = long_text(form.body, "body", "note", max_note_length, true, errors);
  justice::sort_in_form_order(errors, {"note-type", "happened-on", "happened-time", "summary", "body"});
  if (!errors.empty()) return checked;

  if (std::chrono::sys_days{*happened_on} + std::chrono::days{late_note_days} <= std::chrono::sys_days{today}) {
    checked.warnings.push_back("This note is about something that happened on " + to_display(*happened_on) +
                               ", more than a week ago. Notes should be written at the time: check the day is right.");
  }
  if (!checked.warnings.empty() && !form.confirmed) return checked;
  checked.content = NoteContent{form.note_type, *happened_on, happened_time, *summary, *body};
  return checked;
}

}  // namespace pathway::practice
