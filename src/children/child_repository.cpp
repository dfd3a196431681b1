#include "children/child_repository.h"

#include <algorithm>
#include <unordered_map>

#include "access/need_to_know.h"
#include "children/child_rules.h"
#include "children/name_ranks.h"
#include "children/ranked_name_page.h"
#include "children/child_rows.h"
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

// A name search of words the name index holds, by a viewer who may find any child (or the
// whole service): the page's ids from the indexes alone (children/ranked_name_page.h), then
// only those rows read, joined to who holds them and marked with whether they open.
ChildSearchResult indexed_name_search(store::Connection& connection, const ChildSearch& search,
                                      const std::vector<std::string>& words, std::int64_t offset) {
  std::optional<access::SqlCondition> listed;
  if (search.viewer) listed = access::may_list_condition(*search.viewer, search.now);
  auto page = ranked_name_page(connection, words, indexed_query(words), listed ? &*listed : nullptr, offset,
                               search.page_size);
  ChildSearchResult result;
  result.total = page.total;
  if (page.ids.empty()) return result;
  std::string opens = "1";
  std::vector<store::Value> params;
  if (search.viewer) {
    auto open = access::may_open_condition(*search.viewer, search.now);
    opens = open.sql;
    params = open.params;
  }
  std::string in;
  for (std::int64_t id : page.ids) {
    in += in.empty() ? "?" : ", ?";
    params.emplace_back(id);
  }
  std::unordered_map<std::int64_t, ChildSummary> found;
  for (const auto& row : connection.query(std::string(child_columns) + ", (" + opens + ")" +
                                              std::string(from_children) + " WHERE c.id IN (" + in + ")",
                                          params)) {
    auto summary = summary_from(row);
    summary.may_open = row.integer(17) != 0;
    found.emplace(summary.child.id, std::move(summary));
  }
  for (std::int64_t id : page.ids) {
    // A child deleted since the page was found is left out.
    if (auto child = found.find(id); child != found.end()) result.children.push_back(std::move(child->second));
  }
  return result;
}

void record_changes(store::Connection& connection, std::int64_t child_id, std::int64_t version,
                    const std::string& at, const ChangeAuthor& by, const std::string& reason,
                    const StoredFields& before, const StoredFields& after, std::vector<std::string>& changed) {
  for (const auto& row : change_rows(child_id, version, at, by, reason, before, after, changed)) {
    connection.execute("INSERT INTO child_changes (" + std::string(change_columns) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       row);
  }
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
  std::vector<std::string> words = search_words(search.name);
  std::int64_t offset = (std::max<std::int64_t>(search.page, 1) - 1) * search.page_size;
  bool only_indexed_words = connection.backend() == store::Backend::sqlite && !search.date_of_birth &&
                            !words.empty() && std::ranges::all_of(words, [](const std::string& word) {
                              return utf8_length(word) >= indexed_length;
                            });
  if (only_indexed_words && (!search.viewer || search.viewer->may(access::Permission::find_any_child))) {
    return indexed_name_search(connection, search, words, offset);
  }
  std::string where;
  auto add_condition = [&where](std::string_view condition) {
    where += where.empty() ? " WHERE " : " AND ";
    where += condition;
  };
  std::vector<store::Value> params;
  add_name_conditions(connection.backend(), words, add_condition, params);
  if (search.date_of_birth) {
    add_condition("c.date_of_birth = ?");
    params.emplace_back(to_iso(*search.date_of_birth));
  }
  // Without a filter the total is the count the triggers of schema version 17 keep in every
  // writing transaction: counting a million rows (even from the smallest index) made the
  // count the dearest part of the first list page. Always exact, so there is no cached count
  // to go stale when another server writes.
  std::string counted = where.empty() ? std::string(kept_count) : "";
  std::string count = counted.empty() ? "SELECT COUNT(*) FROM children c" + where : counted;
  std::vector<store::Value> count_params = counted.empty() ? params : std::vector<store::Value>{};
  // Whether each row opens to the viewer rides along as a column: 25 small checks, not a
  // second query per row.
  std::string opens = "1";
  std::vector<store::Value> page_params;
  if (search.viewer) {
    auto listed = access::may_list_condition(*search.viewer, search.now);
    add_condition("(" + listed.sql + ")");
    params.insert(params.end(), listed.params.begin(), listed.params.end());
    if (!counted.empty() && search.viewer->may(access::Permission::find_any_child)) {
      // Every child but the restricted records the viewer is not named on: the kept count,
      // less the few restricted ones (read from their own partial index).
      count = "SELECT (" + counted + ") - (SELECT COUNT(*) FROM children c WHERE c.restricted = 1 AND NOT (" +
              listed.sql + "))";
      count_params = listed.params;
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
  std::string select = std::string(child_columns) + ", (" + opens + "), (" + count + ")" + std::string(from_children);
  std::string sql;
  if (words.empty()) {
    // The order is the index's own (sort_key, id), which keeps the list a walk along
    // children_in_list_order, whose entries hold every column the page shows.
    sql = select + where + " ORDER BY c.sort_key, c.id LIMIT ? OFFSET ?";
  } else {
    // A name search the name index cannot answer alone (short words, a date of birth,
    // PostgreSQL, a viewer who sees only some children) ranks and sorts all its matches on
    // the children's own columns first, and only the page's rows are joined to who holds
    // them and checked for whether they open.
    std::string order = rank_sql(name_ranks(words), page_params) + ", ";
    sql = select + " WHERE c.id IN (SELECT c.id FROM children c" + where + " ORDER BY " + order +
          "c.sort_key, c.id LIMIT ? OFFSET ?) ORDER BY ";
  }
  page_params.emplace_back(std::int64_t{search.page_size});
  page_params.emplace_back(offset);
  if (!words.empty()) sql += rank_sql(name_ranks(words), page_params) + ", c.sort_key, c.id";
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
      "INSERT INTO children (" + std::string(new_child_columns) + ", holding_team_code) VALUES (" +
          std::string(new_child_marks) + ", COALESCE(?, (SELECT MIN(td.team_code)" + std::string(covering_teams) +
          " AND td.district_code = ?))) RETURNING id",
      params).at(0).integer(0);
  std::vector<std::string> recorded;
  record_changes(connection, child.id, 1, child.created_at, changed_by, "", {}, fields, recorded);
  return child;
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
