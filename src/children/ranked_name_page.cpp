#include "children/ranked_name_page.h"

#include <algorithm>
#include <array>

#include "children/name_ranks.h"

namespace pathway::children {

namespace {

// Reading a rank's rows by walking the list index costs about an index entry for each child
// walked past, (rows wanted) x (children) / (the rank's matches); sorting costs a row read
// for each of the rank's matches and their sort. A row read costs many entries' walk
// (measured at a million children: docs/performance.md), so the walk is taken while it
// passes fewer than this many entries per match it would otherwise sort.
constexpr std::int64_t entries_walked_per_match_sorted = 8;

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
    // Walking: the list index in its own order, keeping the rank's matches (a set made once
    // from the name index), stopping at the page's end. Sorting: the matches' rows, sorted
    // (the unary + keeps SQLite from walking the list index for the order).
    std::string sql = std::string("SELECT c.id FROM children c") + (walk ? " INDEXED BY children_in_list_order" : "") +
                      " WHERE c.id IN (SELECT rowid FROM children_names WHERE children_names MATCH ?)" + listing +
                      (walk ? " ORDER BY c.sort_key, c.id" : " ORDER BY +c.sort_key, +c.id") + " LIMIT ? OFFSET ?";
    std::vector<store::Value> params{queries[rank]};
    if (listed) params.insert(params.end(), listed->params.begin(), listed->params.end());
    params.emplace_back(to - from);
    params.emplace_back(from - before);
    for (const auto& row : connection.query(sql, params)) page.ids.push_back(row.integer(0));
  }
  return page;
}

}  // namespace pathway::children
