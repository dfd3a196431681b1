#include "practice/notes/case_notes.h"

#include <algorithm>

#include "core/clock.h"
#include "core/text.h"

namespace pathway::practice {

namespace {

constexpr std::string_view note_columns =
    "SELECT n.id, n.child_id, n.note_type, n.happened_on, n.happened_time, n.summary, n.body, n.recorded_at,"
    " n.recorded_by, n.recorded_by_name, CASE WHEN EXISTS (SELECT 1 FROM record_corrections c"
    " WHERE c.record_kind = 'case_note' AND c.record_id = n.id) THEN 1 ELSE 0 END FROM case_notes n";

CaseNote note_in(const store::Row& row) {
  auto happened_on = parse_iso_date(row.text(3));
  if (!happened_on) throw store::StoreError("a case note with a day that is not one: " + row.text(3));
  return {row.integer(0), row.integer(1),
          NoteContent{row.text(2), *happened_on, row.optional_text(4), row.text(5), row.text(6)},
          row.text(7), row.text(8), row.text(9), row.integer(10) != 0};
}

// The note's fields as a correction keeps them, in form order.
justice::StoredFields stored_fields(const NoteContent& content) {
  return {{"note_type", content.note_type},
          {"happened_on", to_iso(content.happened_on)},
          {"happened_time", content.happened_time},
          {"summary", justice::stored_value(content.summary)},
          {"body", justice::stored_value(content.body)}};
}

// A word as a LIKE pattern matching it anywhere, its wildcards taken literally.
std::string anywhere(const std::string& word) {
  std::string pattern = "%";
  for (char c : word) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

}  // namespace

std::string search_text(const NoteContent& content) { return fold_for_search(content.summary + " " + content.body); }

std::int64_t create_case_note(store::Connection& connection, std::int64_t child_id, const NoteContent& content,
                              const children::ChangeAuthor& author) {
  return connection
      .query_one("INSERT INTO case_notes (child_id, note_type, happened_on, happened_time, summary, body, search_text,"
                 " recorded_at, recorded_by, recorded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 {child_id, content.note_type, to_iso(content.happened_on), store::nullable(content.happened_time),
                  content.summary, content.body, search_text(content), to_iso_instant(now_unix_seconds()),
                  author.username, author.display_name})
      ->integer(0);
}

std::optional<CaseNote> find_case_note(store::Connection& connection, std::int64_t child_id, std::int64_t id) {
  auto row = connection.query_one(std::string(note_columns) + " WHERE n.child_id = ? AND n.id = ?", {child_id, id});
  if (!row) return std::nullopt;
  return note_in(*row);
}

std::vector<justice::FieldChange> correct_case_note(store::Connection& connection, const CaseNote& note,
                                                    const NoteContent& corrected, const justice::CorrectionBy& by) {
  auto changes = justice::keep_correction(connection, note.child_id, {justice::CorrectedKind::case_note, note.id},
                                          stored_fields(note.content), stored_fields(corrected), by);
  if (changes.empty()) return changes;
  connection.execute("UPDATE case_notes SET note_type = ?, happened_on = ?, happened_time = ?, summary = ?, body = ?,"
                     " search_text = ? WHERE id = ?",
                     {corrected.note_type, to_iso(corrected.happened_on), store::nullable(corrected.happened_time),
                      corrected.summary, corrected.body, search_text(corrected), note.id});
  return changes;
}

NotePage search_case_notes(store::Connection& connection, std::int64_t child_id, const NoteSearch& search,
                           std::int64_t page, std::int64_t per_page) {
  std::string where = " WHERE n.child_id = ?";
  std::vector<store::Value> params{child_id};
  for (const auto& word : search.words) {
    where += " AND n.search_text LIKE ? ESCAPE '\\'";
    params.emplace_back(anywhere(word));
  }
  if (!search.note_type.empty()) {
    where += " AND n.note_type = ?";
    params.emplace_back(search.note_type);
  }
  if (search.from) {
    where += " AND n.happened_on >= ?";
    params.emplace_back(to_iso(*search.from));
  }
  if (search.to) {
    where += " AND n.happened_on <= ?";
    params.emplace_back(to_iso(*search.to));
  }
  NotePage found;
  found.total = connection.query("SELECT COUNT(*) FROM case_notes n" + where, params).at(0).integer(0);
  params.emplace_back(per_page);
  params.emplace_back((std::max<std::int64_t>(page, 1) - 1) * per_page);
  for (const auto& row : connection.query(std::string(note_columns) + where +
                                              " ORDER BY n.happened_on DESC, COALESCE(n.happened_time, '') DESC, n.id DESC"
                                              " LIMIT ? OFFSET ?",
                                          params)) {
    found.notes.push_back(note_in(row));
  }
  return found;
}

}  // namespace pathway::practice
