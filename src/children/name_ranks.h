#pragma once
// How a name search ranks its matches: exact (the whole name either way round, the given
// name or the family name is what was typed), then leading (a name begins with it), then
// the rest. Each rank is defined once, as pieces of the child's bracketed key (" " +
// search_name + " ", so "zoe obrien" is " zoe obrien "): the SQL that ranks, the name
// index's queries and the C++ check are all made from these pieces
// (docs/decisions/0022-ranking-a-name-search-from-the-indexes.md).
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace pathway::children {

enum NameRank { exact_name = 0, leading_name = 1, other_match = 2 };
constexpr int name_rank_count = 3;

struct NameRanks {
  std::vector<std::string> exact;    // exact: the bracketed key holds one of these
  std::vector<std::string> leading;  // leading: not exact, and the bracketed key holds one of these
};

// The pieces for a search's words (folded name keys, as search_words gives them): exact
// " zoeobrien ", " zoe obrien ", " obrien zoe "; leading " zoeobrien", " zoe obrien".
NameRanks name_ranks(const std::vector<std::string>& words);

// The rank of a matching child's search key (children.search_name).
NameRank rank_of(std::string_view search_key, const NameRanks& ranks);

// An SQL expression over `children c` with rank_of's value; appends its parameters.
std::string rank_sql(const NameRanks& ranks, std::vector<store::Value>& params);

// SQLite's name index (children_names, over bracketed keys since schema version 23): the
// FTS5 query for the children that `matching` (an FTS5 query of the search's words) finds
// and that have rank `rank`. Every piece must be three characters or more (the index holds
// trigrams): true of the pieces of words of two characters or more.
std::string rank_index_query(const std::string& matching, const NameRanks& ranks, NameRank rank);

}  // namespace pathway::children
