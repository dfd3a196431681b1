#include "children/child_repository.h"

#include <algorithm>
#include <map>

#include "access/need_to_know.h"
#include "children/child_rules.h"
#include "children/similar_children.h"
#include "core/clock.h"
#include "core/random.h"
#include "core/text.h"
#include "store/copy.h"
#include "store/row_streams.h"

namespace pathway::children {

namespace {

constexpr std::string_view child_columns =
    "SELECT c.id, c.public_id, c.exchange_id, c.given_name, c.family_name, c.date_of_birth, c.sex,"
    " c.ethnicity, c.district_code, c.looked_after, c.version, c.created_at, c.updated_at, d.name, c.restricted,"
    " holder.display_name, holding_team.name";
// Who holds the case: joined, not subqueries per row (a third cheaper on the list page). A
// child has at most one current case manager (the index one_case_manager_per_child), so
// the joins never repeat a child.
constexpr std::string_view from_children =
    " FROM children c JOIN districts d ON d.code = c.district_code"
    " LEFT JOIN case_workers held ON held.child_id = c.id AND held.case_role = 'case_manager' AND held.ended_at IS NULL"
    " LEFT JOIN staff holder ON holder.id = held.staff_id"
    " LEFT JOIN teams holding_team ON holding_team.code = c.holding_team_code";
const std::string select_child = std::string(child_columns) + std::string(from_children);

ChildSummary summary_from(const store::Row& row) {
  Child child;
  child.id = row.integer(0);
  child.public_id = row.text(1);
  child.exchange_id = row.text(2);
  child.details.given_name = row.text(3);
  child.details.family_name = row.text(4);
  child.details.date_of_birth = parse_iso_date(row.text(5)).value_or(Date{});
  child.details.sex = sex_from_code(row.text(6)).value_or(Sex::unknown);
  child.details.ethnicity = row.optional_text(7);
  child.details.district_code = row.text(8);
  child.details.looked_after =
      looked_after_from_code(row.optional_text(9).value_or("")).value_or(LookedAfter::unknown);
  child.version = row.integer(10);
  child.created_at = row.text(11);
  child.updated_at = row.text(12);
  return {std::move(child), row.text(13), row.integer(14) != 0, row.optional_text(15).value_or(""),
          row.optional_text(16).value_or("")};
}

// The words of a name search as name keys: "O'Brien  zoe" -> {"obrien", "zoe"}. Folding
// drops every ASCII punctuation mark, so no word holds a LIKE wildcard or escape.
std::vector<std::string> search_words(std::string_view name) {
  std::vector<std::string> words;
  std::string folded = fold_for_search(name);
  for (std::size_t start = 0; start < folded.size() && words.size() < 5;) {
    std::size_t end = std::min(folded.find(' ', start), folded.size());
    words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// The exact number of children, kept by triggers (schema version 17).
constexpr std::string_view kept_count = "SELECT total FROM children_count";

// The shortest piece of a name the name index can look up: it holds every three-character
// piece of each search key (docs/decisions/0012).
constexpr std::size_t indexed_length = 3;

// The words a name index can look up (three characters or more) as an FTS5 query: each a
// phrase of its trigrams, which matches exactly where the word is a substring of the key,
// all of them required. Folded words hold no quote marks (folding drops punctuation).
// "" when there are none.
std::string indexed_query(const std::vector<std::string>& words) {
  std::string query;
  for (const auto& word : words) {
    if (utf8_length(word) < indexed_length) continue;
    query += (query.empty() ? "\"" : " \"") + word + '"';
  }
  return query;
}

// Adds, for each word, the condition that the child's search key holds it. Words of three
// characters or more are looked up in the name index (SQLite: the FTS5 trigram table
// children_names, all of them in one lookup; PostgreSQL: the pg_trgm index on search_name,
// which its planner takes for LIKE); shorter words are tested on the keys of the children
// the longer words found, or, when every word is shorter, on every child's key.
template <class AddCondition>
void add_name_conditions(store::Backend backend, const std::vector<std::string>& words, AddCondition add_condition,
                         std::vector<store::Value>& params) {
  bool sqlite = backend == store::Backend::sqlite;
  for (const auto& word : words) {
    if (sqlite && utf8_length(word) >= indexed_length) continue;
    add_condition("c.search_name LIKE ?");
    params.emplace_back('%' + word + '%');
  }
  std::string query = indexed_query(words);
  if (!sqlite || query.empty()) return;
  add_condition("c.id IN (SELECT rowid FROM children_names WHERE children_names MATCH ?)");
  params.emplace_back(query);
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to,
                   std::string_view separator = "") {
  std::string text;
  for (std::size_t i = from; i < to; ++i) text += (i == from ? "" : std::string(separator)) + words[i];
  return text;
}

// Ranks a name search's matches: 0 when the whole name (either way round), the given name
// or the family name is exactly what was typed, 1 when a name begins with it, 2 otherwise.
// Appends its parameters to `params`.
std::string match_rank(const std::vector<std::string>& words, std::vector<store::Value>& params) {
  std::string whole = joined(words, 0, words.size());
  std::string exact = "c.search_name LIKE ? OR c.search_name LIKE ?";
  params.emplace_back(whole + " %");
  params.emplace_back("% " + whole);
  // "zoe obrien", "obrien zoe", "anne marie smith": each split of the words into a given
  // and a family name.
  for (std::size_t split = 1; split < words.size(); ++split) {
    std::string first = joined(words, 0, split), second = joined(words, split, words.size());
    exact += " OR c.search_name IN (?, ?)";
    params.emplace_back(first + ' ' + second);
    params.emplace_back(second + ' ' + first);
  }
  params.emplace_back(whole + '%');
  params.emplace_back("% " + whole + '%');
  params.emplace_back(joined(words, 0, words.size(), " ") + '%');
  return "CASE WHEN " + exact + " THEN 0 WHEN c.search_name LIKE ? OR c.search_name LIKE ? OR c.search_name LIKE ?"
         " THEN 1 ELSE 2 END, ";
}

void record_changes(store::Connection& connection, std::int64_t child_id, std::int64_t version,
                    const std::string& at, const ChangeAuthor& by, const std::string& reason,
                    const std::vector<std::pair<std::string, std::optional<std::string>>>& before,
                    const std::vector<std::pair<std::string, std::optional<std::string>>>& after,
                    std::vector<std::string>& changed) {
  for (std::size_t i = 0; i < after.size(); ++i) {
    std::optional<std::string> old_value = before.empty() ? std::nullopt : before[i].second;
    if (!before.empty() && old_value == after[i].second) continue;
    if (before.empty() && !after[i].second) continue;
    connection.execute(
        "INSERT INTO child_changes (child_id, version, changed_at, changed_by, changed_by_name, reason, field,"
        " old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {child_id, version, at, by.username, by.display_name,
         reason.empty() ? store::Value{nullptr} : store::Value{reason}, after[i].first, store::nullable(old_value),
         store::nullable(after[i].second)});
    changed.push_back(after[i].first);
  }
}

// A new child's row, written the same way by create_child and insert_generated_children:
// the columns, then per row new_row_values and the holding team.
constexpr std::string_view insert_children =
    "INSERT INTO children (public_id, exchange_id, given_name, family_name, search_name, sort_key,"
    " date_of_birth, sex, ethnicity, district_code, looked_after, version, created_at, updated_at,"
    " holding_team_code)";
constexpr std::string_view new_row_values = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?";

// The active teams covering a district: a new child's case is held by the first of them
// (by code) unless the person adding the child gives their own team.
constexpr std::string_view covering_teams =
    " FROM team_districts td JOIN teams t ON t.code = td.team_code WHERE t.active = 1";

// Appends new_row_values' parameters: the details as stored, with the keys search and the
// list read (core/text.h), made here and nowhere else.
void append_new_row(std::vector<store::Value>& params, const std::string& public_id, const std::string& exchange_id,
                    const ChildDetails& details, const std::string& created_at) {
  auto fields = stored_fields(details);
  params.emplace_back(public_id);
  params.emplace_back(exchange_id);
  params.emplace_back(details.given_name);
  params.emplace_back(details.family_name);
  params.emplace_back(person_search_key(details.given_name, details.family_name));
  params.emplace_back(person_sort_key(details.given_name, details.family_name));
  params.emplace_back(*fields[2].second);
  params.emplace_back(*fields[3].second);
  params.emplace_back(store::nullable(details.ethnicity));
  params.emplace_back(details.district_code);
  params.emplace_back(store::nullable(fields[6].second));
  params.emplace_back(created_at);
  params.emplace_back(created_at);
}

// The store holds only details that pass the shared rules, whoever calls it.
void refuse_invalid(const ChildDetails& details) {
  auto problems = child_details_problems(details, today_utc());
  if (problems.empty()) return;
  std::string message = "invalid child details:";
  for (const auto& problem : problems) message += " " + problem.field + " " + problem.reason + ";";
  throw InvalidChildDetails(message);
}

}  // namespace

std::vector<std::pair<std::string, std::optional<std::string>>> stored_fields(const ChildDetails& details) {
  auto optional_code = [](std::string_view code) {
    return code.empty() ? std::nullopt : std::optional<std::string>(code);
  };
  return {
      {"given_name", details.given_name},
      {"family_name", details.family_name},
      {"date_of_birth", to_iso(details.date_of_birth)},
      {"sex", std::string(sex_code(details.sex))},
      {"ethnicity", details.ethnicity},
      {"district_code", details.district_code},
      {"looked_after", optional_code(looked_after_code(details.looked_after))},
  };
}

ChildSearchResult search_children(store::Connection& connection, const ChildSearch& search) {
  // Without a filter the total is the count the triggers of schema version 17 keep in every
  // writing transaction: counting a million rows (even from the smallest index) made the
  // count the dearest part of the first list page. Always exact, so there is no cached count
  // to go stale when another server writes.
  std::string where;
  auto add_condition = [&where](std::string_view condition) {
    where += where.empty() ? " WHERE " : " AND ";
    where += condition;
  };
  std::vector<store::Value> params;
  std::vector<std::string> words = search_words(search.name);
  add_name_conditions(connection.backend(), words, add_condition, params);
  if (search.date_of_birth) {
    add_condition("c.date_of_birth = ?");
    params.emplace_back(to_iso(*search.date_of_birth));
  }
  // The matches of the whole service counted without reading the children's rows: with no
  // filter the count the triggers keep; with only words the name index holds (SQLite), the
  // index's own count. Each is exact.
  std::string counted;
  std::vector<store::Value> counted_params;
  std::string query = indexed_query(words);
  bool only_indexed_words = connection.backend() == store::Backend::sqlite && !search.date_of_birth &&
                            !words.empty() && std::ranges::all_of(words, [](const std::string& word) {
                              return utf8_length(word) >= indexed_length;
                            });
  // Tested per restricted record (a few, from their partial index), not per match.
  std::string restricted_matching =
      " AND EXISTS (SELECT 1 FROM children_names WHERE children_names MATCH ? AND children_names.rowid = c.id)";
  if (where.empty()) {
    counted = kept_count;
    restricted_matching.clear();
  } else if (only_indexed_words) {
    counted = "SELECT COUNT(*) FROM children_names WHERE children_names MATCH ?";
    counted_params = {query};
  }
  std::vector<store::Value> count_params = counted.empty() ? params : counted_params;
  std::string count = counted.empty() ? "SELECT COUNT(*) FROM children c" + where : counted;
  // Whether each row opens to the viewer rides along as a column: 25 small checks, not a
  // second query per row.
  std::string opens = "1";
  std::vector<store::Value> page_params;
  if (search.viewer) {
    auto listed = access::may_list_condition(*search.viewer, search.now);
    add_condition("(" + listed.sql + ")");
    params.insert(params.end(), listed.params.begin(), listed.params.end());
    if (!counted.empty() && search.viewer->may(access::Permission::find_any_child)) {
      // Every match but the restricted records the viewer is not named on: the count
      // above, less the few restricted ones (read from their own partial index).
      count = "SELECT (" + counted + ") - (SELECT COUNT(*) FROM children c WHERE c.restricted = 1 AND NOT (" +
              listed.sql + ")" + restricted_matching + ")";
      count_params = counted_params;
      count_params.insert(count_params.end(), listed.params.begin(), listed.params.end());
      if (!restricted_matching.empty()) count_params.emplace_back(query);
    } else {
      count = "SELECT COUNT(*) FROM children c" + where;
      count_params = params;
    }
    auto open = access::may_open_condition(*search.viewer, search.now);
    opens = open.sql;
    page_params = open.params;
  }
  // The total rides along with the page as a scalar subquery (run once, not per row): one
  // statement instead of two, and the total and the rows come from the same snapshot.
  page_params.insert(page_params.end(), count_params.begin(), count_params.end());
  page_params.insert(page_params.end(), params.begin(), params.end());
  std::int64_t offset = (std::max<std::int64_t>(search.page, 1) - 1) * search.page_size;
  std::string select = std::string(child_columns) + ", (" + opens + "), (" + count + ")" + std::string(from_children);
  std::string sql;
  if (words.empty()) {
    // The order is the index's own (sort_key, id), which keeps the list a walk along
    // children_in_list_order, whose entries hold every column the page shows.
    sql = select + where + " ORDER BY c.sort_key, c.id LIMIT ? OFFSET ?";
  } else {
    // A name search ranks and sorts all its matches (thousands for three letters among a
    // million) on the children's own columns first, and only the page's rows are joined to
    // who holds them and checked for whether they open.
    std::string order = match_rank(words, page_params);
    sql = select + " WHERE c.id IN (SELECT c.id FROM children c" + where + " ORDER BY " + order +
          "c.sort_key, c.id LIMIT ? OFFSET ?) ORDER BY ";
  }
  page_params.emplace_back(std::int64_t{search.page_size});
  page_params.emplace_back(offset);
  if (!words.empty()) sql += match_rank(words, page_params) + "c.sort_key, c.id";
  ChildSearchResult result;
  auto rows = connection.query(sql, page_params);
  result.children.reserve(rows.size());
  for (const auto& row : rows) {
    result.children.push_back(summary_from(row));
    result.children.back().may_open = row.integer(17) != 0;
  }
  // A page past the end (or no match at all) has no row to carry the total.
  result.total = rows.empty() ? connection.query(count, count_params).front().integer(0) : rows.front().integer(18);
  return result;
}

std::int64_t count_children(store::Connection& connection) {
  return connection.query(kept_count, {}).front().integer(0);
}

std::string confirmation_key(const ChildDetails& details) {
  std::string joined;
  for (const auto& [field, value] : stored_fields(details)) joined += value.value_or("") + '\x1f';
  return sha256_hex(joined).substr(0, 16);
}

std::optional<ChildSummary> find_child(store::Connection& connection, const std::string& public_id) {
  auto row = connection.query_one(select_child + " WHERE c.public_id = ?", {public_id});
  if (!row) return std::nullopt;
  return summary_from(*row);
}

std::vector<ChildSummary> possible_duplicates(store::Connection& connection, const ChildDetails& details,
                                              std::int64_t excluding_id) {
  // Candidates come from the date-of-birth index: the date as entered and the dates a
  // slip of the keyboard would have turned it into (a dozen at most), then the names are
  // compared here, where they can be folded.
  std::vector<Date> dates = mistyped_dates(details.date_of_birth);
  dates.insert(dates.begin(), details.date_of_birth);
  std::string in;
  std::vector<store::Value> params;
  for (Date date : dates) {
    in += in.empty() ? "?" : ", ?";
    params.emplace_back(to_iso(date));
  }
  params.emplace_back(excluding_id);
  std::vector<ChildSummary> similar;
  for (const auto& row : connection.query(select_child + " WHERE c.date_of_birth IN (" + in + ") AND c.id <> ?"
                                                         " ORDER BY c.sort_key, c.id",
                                          params)) {
    ChildSummary candidate = summary_from(row);
    if (could_be_same_child(details, candidate.child.details)) similar.push_back(std::move(candidate));
  }
  return similar;
}

Child create_child(store::Connection& connection, const ChildDetails& details, const ChangeAuthor& changed_by,
                   const std::optional<std::string>& exchange_id, const std::string& holding_team) {
  refuse_invalid(details);
  Child child;
  child.public_id = random_public_id();
  child.exchange_id = exchange_id.value_or(child.public_id);
  child.details = details;
  child.created_at = child.updated_at = to_iso_instant(now_unix_seconds());
  auto fields = stored_fields(details);
  std::vector<store::Value> params;
  append_new_row(params, child.public_id, child.exchange_id, details, child.created_at);
  params.emplace_back(holding_team.empty() ? store::Value{nullptr} : store::Value{holding_team});
  params.emplace_back(details.district_code);
  child.id = connection.query(
      std::string(insert_children) + " VALUES (" + std::string(new_row_values) +
      ", COALESCE(?, (SELECT MIN(td.team_code)" + std::string(covering_teams) + " AND td.district_code = ?))) RETURNING id",
      params).at(0).integer(0);
  std::vector<std::string> recorded;
  record_changes(connection, child.id, 1, child.created_at, changed_by, "", {}, fields, recorded);
  return child;
}

std::vector<std::int64_t> insert_generated_children(store::Connection& connection,
                                                    std::span<const GeneratedChild> children,
                                                    const std::string& created_at) {
  // Many rows at a time (PostgreSQL's COPY, SQLite's many-row INSERTs), numbered here after
  // the largest id, with version 1 by the column's default.
  constexpr std::size_t batch = 4096;
  constexpr std::string_view generated_columns =
      "id, public_id, exchange_id, given_name, family_name, search_name, sort_key, date_of_birth, sex, ethnicity,"
      " district_code, looked_after, created_at, updated_at, holding_team_code";
  std::map<std::string, std::string> holding_team;
  for (const auto& row :
       connection.query("SELECT td.district_code, MIN(td.team_code)" + std::string(covering_teams) +
                            " GROUP BY td.district_code",
                        {})) {
    holding_team[row.text(0)] = row.text(1);
  }
  std::int64_t next_id = connection.query_one("SELECT COALESCE(MAX(id), 0) FROM children")->integer(0) + 1;
  std::vector<std::int64_t> ids;
  ids.reserve(children.size());
  std::vector<store::Value> params;
  for (std::size_t start = 0; start < children.size(); start += batch) {
    auto rows = children.subspan(start, std::min(batch, children.size() - start));
    params.clear();
    for (const auto& child : rows) {
      refuse_invalid(child.details);
      ids.push_back(next_id++);
      params.emplace_back(ids.back());
      append_new_row(params, child.public_id, child.public_id, child.details, created_at);
      auto team = holding_team.find(child.details.district_code);
      params.emplace_back(team == holding_team.end() ? store::Value{nullptr} : store::Value{team->second});
    }
    store::insert_rows(connection, "children", generated_columns, 15, params);
  }
  store::advance_identity(connection, "children");
  return ids;
}

Result<ChildUpdate> update_child(store::Connection& connection, const std::string& public_id,
                                 std::int64_t expected_version, const ChildDetails& details,
                                 const ChangeAuthor& changed_by, const std::string& reason) {
  refuse_invalid(details);
  auto current = find_child(connection, public_id);
  if (!current) return Error{ErrorKind::not_found, "No child with that reference"};
  if (current->child.version != expected_version) {
    return Error{ErrorKind::conflict, "Someone else changed this record after you opened it"};
  }
  ChildUpdate update{current->child, {}};
  if (current->child.details == details) return update;

  std::string now = to_iso_instant(now_unix_seconds());
  std::int64_t version = expected_version + 1;
  auto fields = stored_fields(details);
  std::string search_key = person_search_key(details.given_name, details.family_name);
  std::string sort_key = person_sort_key(details.given_name, details.family_name);
  connection.execute(
      "UPDATE children SET given_name = ?, family_name = ?, search_name = ?, sort_key = ?, date_of_birth = ?,"
      " sex = ?, ethnicity = ?, district_code = ?, looked_after = ?, version = ?, updated_at = ?"
      " WHERE id = ? AND version = ?",
      {details.given_name, details.family_name, search_key, sort_key, *fields[2].second,
       *fields[3].second, store::nullable(details.ethnicity), details.district_code,
       store::nullable(fields[6].second), version, now, current->child.id, expected_version});
  record_changes(connection, current->child.id, version, now, changed_by, reason, stored_fields(current->child.details),
                 fields, update.changed_fields);
  update.child.details = details;
  update.child.version = version;
  update.child.updated_at = now;
  return update;
}

std::vector<ChildChange> child_history(store::Connection& connection, std::int64_t child_id) {
  std::vector<ChildChange> changes;
  for (const auto& row : connection.query(
           "SELECT version, changed_at, changed_by, field, old_value, new_value, changed_by_name, reason"
           " FROM child_changes WHERE child_id = ? ORDER BY version DESC, id",
           {child_id})) {
    changes.push_back({row.integer(0), row.text(1), row.text(2), row.text(3), row.optional_text(4),
                       row.optional_text(5), row.text(6), row.optional_text(7)});
  }
  return changes;
}

}  // namespace pathway::children
