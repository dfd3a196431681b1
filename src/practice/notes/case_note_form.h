#pragma once
// The case note form (new notes and corrections): what was typed, checked into a note's
// content or GOV.UK errors beside the fields, and warnings the worker must confirm before
// the note is saved. The warnings are a list so later checks join it (issue 12: victim
// details typed into a note about the child); today's: a note about something that
// happened more than a week before, which should have been written at the time.
#include <optional>
#include <string>
#include <vector>

#include "practice/notes/case_notes.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::practice {

// The longest summary and note, in characters.
inline constexpr std::size_t max_summary_length = 150;
inline constexpr std::size_t max_note_length = 20000;
// A note about something this many days or more before today asks the worker to confirm.
inline constexpr int late_note_days = 8;

struct CaseNoteForm {
  std::string note_type;
  web::DateInput happened_on;
  std::string happened_time;  // "14:30", or blank
  std::string summary;
  std::string body;
  bool confirmed = false;  // the worker ticked "I have read the warnings"
};

// The form showing a note's content, to correct it.
CaseNoteForm form_showing(const NoteContent& content);

struct CaseNoteCheck {
  std::optional<NoteContent> content;  // set only when there are no errors and no unconfirmed warnings
  std::vector<web::FieldError> errors;
  std::vector<std::string> warnings;  // shown until the worker confirms them
};

// Checks the form for a child born on `date_of_birth`: a type from note_types() (management
// oversight only when `may_write_oversight`), the day it happened (a real day, not after
// `today` nor before the child was born), a time of day as hours and minutes or blank, a
// summary (a line of free text) and the note (any clean text, line breaks kept).
CaseNoteCheck check_case_note(const CaseNoteForm& form, Date date_of_birth, Date today, bool may_write_oversight);

// Free text of several lines (a note, an address, a reason): trimmed, then clean UTF-8
// (tabs and line breaks allowed) of at most `max_length` characters, and not blank when
// `required`. The text, or nullopt with an error beside `field`; `what` names it ("note"
// gives "Enter the note").
std::optional<std::string> long_text(std::string_view typed, const std::string& field, const std::string& what,
                                     std::size_t max_length, bool required, std::vector<web::FieldError>& errors);

}  // namespace pathway::practice
