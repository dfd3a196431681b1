#pragma once
// Corrections of a child's justice record keep the version they replace (decision 0023):
// one mechanism for every kind of record that can be corrected. A writer that changes a
// record passes its stored fields before and after; the fields that differ are kept, with
// who made the correction, when and why, in the caller's transaction. A record's current
// row and its corrections, newest first, give every version it had. Imported records have
// no corrections until someone corrects them; the exchange format carries the current
// version only.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "children/child_repository.h"
#include "core/dates.h"
#include "store/database.h"

namespace pathway::justice {

// The kinds of record a correction is kept for. An outcome's corrections include its end
// (end date, completion, education and accommodation at the end). A case note
// (practice/notes/case_notes.h) is not part of the justice record but is corrected the same
// way: the chronology of the justice record leaves its corrections out.
enum class CorrectedKind { offence, outcome, requirement, breach_proceedings, hearing, case_note };

std::string_view corrected_kind_code(CorrectedKind kind);  // "breach_proceedings", as stored
std::optional<CorrectedKind> corrected_kind_from_code(std::string_view code);

// One record: its kind and its id in that kind's table.
struct CorrectedRecord {
  CorrectedKind kind = CorrectedKind::offence;
  std::int64_t id = 0;
  bool operator==(const CorrectedRecord&) const = default;
};

// A record's fields in form order, by name, with their stored values (nullopt: blank).
using StoredFields = std::vector<std::pair<std::string, std::optional<std::string>>>;

// A field's stored value as a correction keeps it: a date as ISO text, text as it is; a
// missing date or empty text is blank (nullopt).
std::optional<std::string> stored_value(const std::optional<Date>& date);
std::optional<std::string> stored_value(const std::string& text);

// Who made a correction (the name they went by then is kept with it) and the reason they
// gave, "" when none (read with children::read_correction_reason).
struct CorrectionBy {
  children::ChangeAuthor author;
  std::string reason = {};
};

struct FieldChange {
  std::string field;
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
};

struct Correction {
  std::int64_t id = 0;
  CorrectedRecord record;
  std::string corrected_at;       // ISO UTC instant
  std::string corrected_by;       // the username
  std::string corrected_by_name;  // the name they went by then
  std::optional<std::string> reason;
  std::vector<FieldChange> changes;  // in form order
};

// The fields whose values differ between `before` and `after` (the same names in the same
// order: a caller's bug otherwise, thrown as std::logic_error).
std::vector<FieldChange> changed_fields(const StoredFields& before, const StoredFields& after);

// Whether the changes replace a recorded value (not only fill in blanks): recording a step
// that was still to come (an order's end, a hearing's first result) overwrites nothing, so
// it is not a correction.
bool replaces_a_value(const std::vector<FieldChange>& changes);

// Keeps the version of `record` (of child `child_id`) that the change from `before` to
// `after` replaces: one correction holding the changed fields. The caller writes the
// record itself in the same transaction. Returns the changes; with none, nothing is
// written. Throws StoreError.
std::vector<FieldChange> keep_correction(store::Connection& connection, std::int64_t child_id,
                                         const CorrectedRecord& record, const StoredFields& before,
                                         const StoredFields& after, const CorrectionBy& by);

// The corrections of these records, newest first. Throws StoreError.
std::vector<Correction> corrections_of(store::Connection& connection, const std::vector<CorrectedRecord>& records);

// Every correction of the child's justice record (every kind but case notes) made on or
// between the days given (ISO dates; "" for no bound), newest first. Throws StoreError.
std::vector<Correction> corrections_of_child(store::Connection& connection, std::int64_t child_id,
                                             const std::string& from = "", const std::string& to = "");

}  // namespace pathway::justice
