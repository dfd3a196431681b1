#include "children/ranked_name_page.h"

#include <algorithm>
#include <array>
#include <optional>

#include "children/name_ranks.h"
#include "core/text.h"

namespace pathway::children {

namespace {

// Reading a rank's rows by walking the list index costs an index entry (and its key made
// and matched) for each child walked past, about (rows wanted) x (children) / (the rank's
// matches); sorting costs the rank's set from the name index and a row read for each of its
// matches. The walk is taken while it passes fewer than this many entries per match it would
// otherwise sort: a first choice, checked on the searches in docs/performance.md, not tuned.
constexpr std::int64_t entries_walked_per_match_sorted = 4;

bool walk_is_cheaper(std::int64_t wanted, std::int64_t matches, std::int64_t children) {
  if (matches == 0) return false;
  // In floating point: a deep page of a large service would overflow the product.
  return static_cast<double>(wanted) * static_cast<double>(children) / static_cast<double>(matches) <
         static_cast<double>(entries_walked_per_match_sorted) * static_cast<double>(matches);
}

bool holds_every_word(std::string_view key, const std::vector<std::string>& words) {
  return std::ranges::all_of(words, [key](const std::string& word) { return key.find(word) != key.npos; });
}

std::int64_t count_of(store::Connection& connection, const std::string& sql, std::span<const store::Value> params) {
  return connection.query(sql, params).front().integer(0);
}

// Appends to `ids` the rank's matches from the `skip`th on, `take` of them, walking the list
// index in its order (children_in_list_order holds the names and what the listing condition
// reads, so no child's row is read) a chunk of entries at a time: each entry's search key is
// made from its names as the store made it (person_search_key), then matched and ranked here.
// False, with nothing appended, once more than `budget` entries have been walked: the
// matches need not be spread evenly (a rank of family names that begin with the words is
// all in one stretch of the list), so a walk that proves dear gives way to the sort.
bool walk_list_index(store::Connection& connection, const std::vector<std::string>& words, const NameRanks& ranks,
                     NameRank rank, const access::SqlCondition* listed, std::int64_t skip, std::int64_t take,
                     std::int64_t budget, std::vector<std::int64_t>& ids) {
  std::size_t appended_from = ids.size();
  std::string listing = listed ? " AND (" + listed->sql + ")" : "";
  const std::string columns =
      "SELECT c.sort_key, c.id, c.given_name, c.family_name FROM children c INDEXED BY children_in_list_order";
  const std::string first = columns + " WHERE 1 = 1" + listing + " ORDER BY c.sort_key, c.id LIMIT ?";
  const std::string next = columns + " WHERE (c.sort_key, c.id) > (?, ?)" + listing + " ORDER BY c.sort_key, c.id LIMIT ?";
  std::int64_t chunk = 1024;
  std::optional<std::pair<std::string, std::int64_t>> after;  // the last entry walked
  for (;;) {
    std::vector<store::Value> params;
    if (after) {
      params.emplace_back(after->first);
      params.emplace_back(after->second);
    }
    if (listed) params.insert(params.end(), listed->params.begin(), listed->params.end());
    params.emplace_back(chunk);
    auto rows = connection.query(after ? next : first, params);
    budget -= static_cast<std::int64_t>(rows.size());
    for (const auto& row : rows) {
      std::string key = person_search_key(row.text(2), row.text(3));
      if (!holds_every_word(key, words) || rank_of(key, ranks) != rank) continue;
      if (skip > 0) {
        --skip;
        continue;
      }
      ids.push_back(row.integer(1));
      if (--take == 0) return true;
    }
    if (static_cast<std::int64_t>(rows.size()) < chunk) return true;  // the end of the list
    if (budget < 0) {
      ids.resize(appended_from);
      return false;
    }
    after.emplace(rows.back().text(0), rows.back().integer(1));
    chunk = std::min<std::int64_t>(chunk * 2, 16384);
  }
}

}  // namespace

RankedPage ranked_name_page(store::Connection& connection, const std::vector<std::string>& words,
                            const std::string& matching, const access::SqlCondition* listed, std::int64_t offset,
                            int page_size, RankReading reading) {
  NameRanks ranks = name_ranks(words);
  // The matches hidden from the viewer, by rank: restricted records they are not named on,
  // a few, read from their partial index and ranked here.
  std::array<std::int64_t, name_rank_count> visible{};
  if (listed) {
    for (const auto& row : connection.query(
             "SELECT c.search_name FROM children c WHERE c.restricted = 1 AND NOT (" + listed->sql + ")",
             listed->params)) {
      if (holds_every_word(row.text(0), words)) --visible[rank_of(row.text(0), ranks)];
    }
  }
  std::array<std::string, name_rank_count> queries;
  RankedPage page;
  for (int rank = 0; rank < name_rank_count; ++rank) {
    queries[rank] = rank_index_query(matching, ranks, static_cast<NameRank>(rank));
    store::Value query[] = {queries[rank]};
    visible[rank] += count_of(connection, "SELECT COUNT(*) FROM children_names WHERE children_names MATCH ?", query);
    page.total += visible[rank];
  }
  std::int64_t children = count_of(connection, "SELECT total FROM children_count", {});
  std::string listing = listed ? " AND (" + listed->sql + ")" : "";
  std::int64_t end = offset + page_size, before = 0;
  for (int rank = 0; rank < name_rank_count; before += visible[rank], ++rank) {
    std::int64_t from = std::max(offset, before), to = std::min(end, before + visible[rank]);
    if (from >= to) continue;
    bool walk = reading == RankReading::walk_list_index ||
                (reading == RankReading::cheaper && walk_is_cheaper(to - before, visible[rank], children));
    std::int64_t budget = reading == RankReading::walk_list_index ? children + 1
                                                                   : entries_walked_per_match_sorted * visible[rank];
    if (walk && walk_list_index(connection, words, ranks, static_cast<NameRank>(rank), listed, from - before,
                                to - from, budget, page.ids)) {
      continue;
    }
    // The rank's matches (a set from the name index), their rows sorted: the unary + keeps
    // SQLite from walking the list index for the order.
    std::vector<store::Value> params{queries[rank]};
    if (listed) params.insert(params.end(), listed->params.begin(), listed->params.end());
    params.emplace_back(to - from);
    params.emplace_back(from - before);
    for (const auto& row : connection.query(
             "SELECT c.id FROM children c WHERE c.id IN (SELECT rowid FROM children_names WHERE children_names MATCH ?)" +
                 listing + " ORDER BY +c.sort_key, +c.id LIMIT ? OFFSET ?",
             params)) {
      page.ids.push_back(row.integer(0));
    }
  }
  return page;
}

}  // namespace pathway::children
