#pragma once
// One page of a name search among a million children without ranking every match (SQLite):
// how many matches each rank holds is counted by the name index alone (children/
// name_ranks.h), so the page's position says which ranks it takes rows from and how many it
// passes over; each rank's rows are then read in list order, either by walking the list
// index (children_in_list_order) and keeping its matches, which stops once the page is
// full, or, for a rank with few matches, by sorting them
// (docs/decisions/0022-ranking-a-name-search-from-the-indexes.md).
#include <cstdint>
#include <string>
#include <vector>

#include "access/need_to_know.h"
#include "store/database.h"

namespace pathway::children {

// How each rank's rows are read: as the costs choose, or one way always (for tests, which
// check that both give the same page).
enum class RankReading { cheaper, walk_list_index, sort_matches };

struct RankedPage {
  std::vector<std::int64_t> ids;  // the page's children, in the search's order
  std::int64_t total = 0;         // every match the viewer may see
};

// The page at `offset` (page_size rows) of a name search of `words` (folded, each three
// characters or more, so the name index holds them), `matching` being their FTS5 query.
// `listed`: the viewer's listing condition (access::may_list_condition) for a viewer who may
// find any child (only restricted records are hidden from them), or null for the whole
// service. Order: rank, then sort key, then id, as the search without the index orders.
// SQLite only. Throws StoreError.
RankedPage ranked_name_page(store::Connection& connection, const std::vector<std::string>& words,
                            const std::string& matching, const access::SqlCondition* listed, std::int64_t offset,
                            int page_size, RankReading reading = RankReading::cheaper);

}  // namespace pathway::children
