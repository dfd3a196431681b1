#include "access/audit_records.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <tuple>

#include "store/transaction.h"

namespace pathway::access {

namespace {

// The phrases after which a detail lists the records a page showed (or, for a possible
// duplicate the user may not see, did not show), to the end of the detail.
constexpr std::string_view list_markers[] = {"shown: ", "not shown to the user: "};

// Where the list of records begins: after the last marker, so that a search term typed
// earlier in the detail ("name 'shown: K7M2'") is never read as a record shown. Searched
// forwards (string_view::rfind compares at every position: this runs on every list page).
std::string_view listed_part(std::string_view detail) {
  std::size_t begins = std::string_view::npos;
  for (auto marker : list_markers) {
    for (std::size_t at = detail.find(marker); at != std::string_view::npos; at = detail.find(marker, at + 1)) {
      if (begins == std::string_view::npos || at + marker.size() > begins) begins = at + marker.size();
    }
  }
  return begins == std::string_view::npos ? std::string_view{} : detail.substr(begins);
}

// Public ids and usernames: letters, digits, '.', '_' and '-'.
bool looks_like_id(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
}

// A listed word as a record: "K7M2" is of the action's kind, "staff:alex" says its kind.
std::optional<NamedRecord> listed_record(std::string_view word, const std::string& kind) {
  auto colon = word.find(':');
  if (colon == std::string_view::npos) {
    if (!looks_like_id(word)) return std::nullopt;
    return NamedRecord{kind, std::string(word)};
  }
  auto type = word.substr(0, colon), id = word.substr(colon + 1);
  if (!looks_like_id(type) || !looks_like_id(id)) return std::nullopt;
  return NamedRecord{std::string(type), std::string(id)};
}

// Sorts the records and drops repeats (a linear search for each would cost more than the
// rest of the parse: a list page names 25, an audit search page hundreds).
void sort_once(std::vector<NamedRecord>& records) {
  std::sort(records.begin(), records.end(), [](const NamedRecord& a, const NamedRecord& b) {
    return std::tie(a.record_type, a.record_id) < std::tie(b.record_type, b.record_id);
  });
  records.erase(std::unique(records.begin(), records.end()), records.end());
}

// The id the database gave the event this connection inserted last.
// One statement for up to 25 records: a list page's event names 25 children, and it is
// written on every list page served. Larger lists (an audit search page names hundreds)
// go in several, so that each connection prepares at most 25 shapes of the statement.
void file(store::Connection& connection, std::int64_t event_id, const std::vector<NamedRecord>& records) {
  constexpr std::size_t rows_per_statement = 25;
  for (std::size_t first = 0; first < records.size(); first += rows_per_statement) {
    std::size_t last = std::min(records.size(), first + rows_per_statement);
    std::string sql = "INSERT INTO audit_event_records (record_type, record_id, event_id) VALUES ";
    std::vector<store::Value> params;
    params.reserve((last - first) * 3);
    for (std::size_t i = first; i < last; ++i) {
      sql += params.empty() ? "(?, ?, ?)" : ", (?, ?, ?)";
      params.insert(params.end(), {records[i].record_type, records[i].record_id, event_id});
    }
    connection.execute(sql, params);
  }
}

}  // namespace

std::vector<NamedRecord> records_named_by(const AuditEvent& event) {
  std::vector<NamedRecord> records;
  if (!event.record_type.empty() && !event.record_id.empty()) records.push_back({event.record_type, event.record_id});
  auto dot = event.action.find('.');
  if (dot == std::string::npos || dot == 0) return records;
  std::string kind = event.action.substr(0, dot);
  // Words are ids, each perhaps followed by a note in brackets ("(identity only)"). A list
  // with any other word is no list: what a user typed (always quoted in a detail) can
  // never name a record.
  std::vector<NamedRecord> listed_records;
  std::string_view listed = listed_part(event.detail);
  int brackets = 0;
  while (!listed.empty()) {
    std::size_t space = listed.find(' ');
    std::string_view word = listed.substr(0, space);
    listed.remove_prefix(space == std::string_view::npos ? listed.size() : space + 1);
    if (word.starts_with('(')) ++brackets;
    if (brackets == 0) {
      auto record = listed_record(word, kind);
      if (!record) return records;
      listed_records.push_back(std::move(*record));
    }
    if (brackets > 0 && word.ends_with(')')) --brackets;
  }
  sort_once(listed_records);
  for (auto& record : listed_records) {
    if (records.empty() || !(record == records.front())) records.push_back(std::move(record));
  }
  return records;
}

std::string shown_records(const std::vector<NamedRecord>& records) {
  std::vector<NamedRecord> once = records;
  sort_once(once);
  std::string text = "shown:";
  for (const auto& record : once) text += " " + record.record_type + ":" + record.record_id;
  return text;
}

namespace {

struct Filed {
  std::int64_t events = 0;
  std::int64_t last_event_id = 0;
};

// Files the records named by the events after `after`, at most `at_most` of them, in id
// order.
Filed file_events_after(store::Connection& connection, std::int64_t after, std::int64_t at_most) {
  Filed filed{0, after};
  for (const auto& row : connection.query(
           "SELECT id, actor, action, record_type, record_id, detail FROM audit_events WHERE id > ? ORDER BY id LIMIT ?",
           {after, at_most})) {
    AuditEvent event{row.text(1), row.text(2), row.optional_text(3).value_or(""),
                     row.optional_text(4).value_or(""), "", row.optional_text(5).value_or("")};
    file(connection, row.integer(0), records_named_by(event));
    ++filed.events;
    filed.last_event_id = row.integer(0);
  }
  return filed;
}

}  // namespace

std::int64_t file_records_behind_trail(store::Connection& connection, std::int64_t at_most) {
  store::Transaction transaction(connection);
  // Two servers on one PostgreSQL database may both file: the row lock makes the second
  // wait and then start where the first stopped. (SQLite: the transaction holds the write lock.)
  std::string lock = connection.backend() == store::Backend::postgresql ? " FOR UPDATE" : "";
  std::int64_t up_to = connection.query_one("SELECT up_to_event_id FROM audit_records_filed WHERE only_row = 1" + lock)
                           ->integer(0);
  Filed filed = file_events_after(connection, up_to, at_most);
  if (filed.events == 0) return 0;
  connection.execute("UPDATE audit_records_filed SET up_to_event_id = ? WHERE only_row = 1", {filed.last_event_id});
  transaction.commit();
  return filed.events;
}

void file_all_records_behind_trail(store::Connection& connection) {
  // In batches, so that a long backlog (a bulk import's events) is never held in memory at once.
  constexpr std::int64_t batch = 10000;
  while (file_records_behind_trail(connection, batch) == batch) {
  }
}

void file_records_of_existing_events(store::Connection& connection) {
  constexpr std::int64_t batch = 10000;
  Filed filed;
  do {
    filed = file_events_after(connection, filed.last_event_id, batch);
  } while (filed.events == batch);
}

}  // namespace pathway::access
