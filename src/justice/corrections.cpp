#include "justice/corrections.h"

#include <array>
#include <map>
#include <stdexcept>

#include "core/clock.h"

namespace pathway::justice {

namespace {

constexpr std::array<std::pair<CorrectedKind, std::string_view>, 6> kind_codes = {{
    {CorrectedKind::offence, "offence"},
    {CorrectedKind::outcome, "outcome"},
    {CorrectedKind::requirement, "requirement"},
    {CorrectedKind::breach_proceedings, "breach_proceedings"},
    {CorrectedKind::hearing, "hearing"},
    {CorrectedKind::case_note, "case_note"},
}};

std::string in_list(std::size_t count) {
  std::string marks;
  for (std::size_t i = 0; i < count; ++i) marks += i == 0 ? "?" : ", ?";
  return marks;
}

// The corrections the rows name (columns: id, child_id, record_kind, record_id,
// corrected_at, corrected_by, corrected_by_name, reason), in the rows' order, with their
// fields.
std::vector<Correction> with_fields(store::Connection& connection, const std::vector<store::Row>& rows) {
  std::vector<Correction> corrections;
  std::map<std::int64_t, std::size_t> position;
  std::vector<store::Value> ids;
  for (const auto& row : rows) {
    auto kind = corrected_kind_from_code(row.text(2));
    if (!kind) throw store::StoreError("a correction of a kind of record Pathway does not know: " + row.text(2));
    position[row.integer(0)] = corrections.size();
    ids.emplace_back(row.integer(0));
    corrections.push_back({row.integer(0), {*kind, row.integer(3)}, row.text(4), row.text(5), row.text(6),
                           row.optional_text(7), {}});
  }
  if (ids.empty()) return corrections;
  for (const auto& row : connection.query("SELECT correction_id, field, old_value, new_value FROM record_correction_fields"
                                          " WHERE correction_id IN (" + in_list(ids.size()) + ")"
                                          " ORDER BY correction_id, position",
                                          ids)) {
    corrections[position.at(row.integer(0))].changes.push_back(
        {row.text(1), row.optional_text(2), row.optional_text(3)});
  }
  return corrections;
}

constexpr std::string_view correction_columns =
    "SELECT id, child_id, record_kind, record_id, corrected_at, corrected_by, corrected_by_name, reason"
    " FROM record_corrections";

}  // namespace

std::string_view corrected_kind_code(CorrectedKind kind) {
  for (auto [known, code] : kind_codes) {
    if (known == kind) return code;
  }
  throw std::logic_error("a kind of corrected record without a code");
}

std::optional<CorrectedKind> corrected_kind_from_code(std::string_view code) {
  for (auto [kind, known] : kind_codes) {
    if (known == code) return kind;
  }
  return std::nullopt;
}

std::optional<std::string> stored_value(const std::optional<Date>& date) {
  return date ? std::optional<std::string>(to_iso(*date)) : std::nullopt;
}

std::optional<std::string> stored_value(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

std::vector<FieldChange> changed_fields(const StoredFields& before, const StoredFields& after) {
  if (before.size() != after.size()) throw std::logic_error("a record's fields before and after differ in number");
  std::vector<FieldChange> changes;
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (before[i].first != after[i].first) throw std::logic_error("a record's fields before and after differ in order");
    if (before[i].second != after[i].second) changes.push_back({after[i].first, before[i].second, after[i].second});
  }
  return changes;
}

bool replaces_a_value(const std::vector<FieldChange>& changes) {
  for (const auto& change : changes) {
    if (change.old_value) return true;
  }
  return false;
}

std::vector<FieldChange> keep_correction(store::Connection& connection, std::int64_t child_id,
                                         const CorrectedRecord& record, const StoredFields& before,
                                         const StoredFields& after, const CorrectionBy& by) {
  auto changes = changed_fields(before, after);
  if (changes.empty()) return changes;
  std::int64_t id =
      connection
          .query_one("INSERT INTO record_corrections (child_id, record_kind, record_id, corrected_at, corrected_by,"
                     " corrected_by_name, reason) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                     {child_id, std::string(corrected_kind_code(record.kind)), record.id,
                      to_iso_instant(now_unix_seconds()), by.author.username, by.author.display_name,
                      by.reason.empty() ? store::Value{nullptr} : store::Value{by.reason}})
          ->integer(0);
  std::int64_t position = 0;
  for (const auto& change : changes) {
    connection.execute("INSERT INTO record_correction_fields (correction_id, position, field, old_value, new_value)"
                       " VALUES (?, ?, ?, ?, ?)",
                       {id, ++position, change.field, store::nullable(change.old_value),
                        store::nullable(change.new_value)});
  }
  return changes;
}

std::vector<Correction> corrections_of(store::Connection& connection, const std::vector<CorrectedRecord>& records) {
  if (records.empty()) return {};
  std::string which;
  std::vector<store::Value> params;
  for (const auto& record : records) {
    which += (which.empty() ? "" : " OR ") + std::string("(record_kind = ? AND record_id = ?)");
    params.emplace_back(std::string(corrected_kind_code(record.kind)));
    params.emplace_back(record.id);
  }
  return with_fields(connection,
                     connection.query(std::string(correction_columns) + " WHERE " + which + " ORDER BY id DESC", params));
}

std::vector<Correction> corrections_of_child(store::Connection& connection, std::int64_t child_id,
                                             const std::string& from, const std::string& to) {
  std::string sql = std::string(correction_columns) + " WHERE child_id = ? AND record_kind <> 'case_note'";
  std::vector<store::Value> params{child_id};
  // corrected_at is an instant: a day's bound takes the whole day.
  if (!from.empty()) {
    sql += " AND corrected_at >= ?";
    params.emplace_back(from);
  }
  if (!to.empty()) {
    sql += " AND corrected_at < ?";
    params.emplace_back(to + "T99");
  }
  return with_fields(connection, connection.query(sql + " ORDER BY id DESC", params));
}

}  // namespace pathway::justice
