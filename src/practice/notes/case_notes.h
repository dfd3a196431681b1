#pragma once
// A child's case notes: written in the moment (the time recorded is the server's), about
// something that happened then or earlier (the day, and the time when known). A note is
// never overwritten unseen: a correction keeps the version it replaces, with who made it,
// when and why (justice/corrections.h, kind case_note), in the same transaction. The
// checks of what was typed are in case_note_form.h; this is the store.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "children/child_repository.h"
#include "core/dates.h"
#include "justice/corrections.h"
#include "store/database.h"

namespace pathway::practice {

// What a note says, as checked.
struct NoteContent {
  std::string note_type;                     // a code of note_types()
  Date happened_on;                          // the day what it describes happened
  std::optional<std::string> happened_time;  // "14:30" (UK time), when known
  std::string summary;                       // one line, shown in lists
  std::string body;                          // the note itself
};

struct CaseNote {
  std::int64_t id = 0;
  std::int64_t child_id = 0;
  NoteContent content;
  std::string recorded_at;  // ISO UTC instant, the server's
  std::string recorded_by;  // username
  std::string recorded_by_name;
  bool corrected = false;  // it has at least one correction
};

// What a search by words reads: the summary and text folded together (kept in the note's
// search_text).
std::string search_text(const NoteContent& content);

// Saves a note by `author`, recorded now, in the caller's transaction; returns its id.
// Throws StoreError.
std::int64_t create_case_note(store::Connection& connection, std::int64_t child_id, const NoteContent& content,
                              const children::ChangeAuthor& author);

// The child's note with this id; nullopt when the child has none. Throws StoreError.
std::optional<CaseNote> find_case_note(store::Connection& connection, std::int64_t child_id, std::int64_t id);

// Replaces the note's content, keeping the version it replaces as a correction (who, when,
// why), in the caller's transaction. Returns the fields changed (none: nothing written).
// Throws StoreError.
std::vector<justice::FieldChange> correct_case_note(store::Connection& connection, const CaseNote& note,
                                                    const NoteContent& corrected, const justice::CorrectionBy& by);

// A search of one child's notes: every word (folded as fold_for_search folds, so case and
// accents do not matter) in the summary or text, of one type, happened on or between the
// days given. Empty fields do not narrow the search.
struct NoteSearch {
  std::vector<std::string> words;  // folded
  std::string note_type;           // "" for any
  std::optional<Date> from, to;
};

struct NotePage {
  std::vector<CaseNote> notes;  // the page's notes, latest happened first
  std::int64_t total = 0;       // notes found in all
};

// One page (1-based) of `per_page` notes the search finds. Throws StoreError.
NotePage search_case_notes(store::Connection& connection, std::int64_t child_id, const NoteSearch& search,
                           std::int64_t page, std::int64_t per_page);

}  // namespace pathway::practice
