#include "children/name_ranks.h"

#include <algorithm>

namespace pathway::children {

namespace {

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to,
                   std::string_view separator = "") {
  std::string text;
  for (std::size_t i = from; i < to; ++i) text += (i == from ? "" : std::string(separator)) + words[i];
  return text;
}

bool holds_any(std::string_view bracketed, const std::vector<std::string>& pieces) {
  return std::ranges::any_of(pieces, [&](const std::string& piece) { return bracketed.find(piece) != bracketed.npos; });
}

// "(" + '" a" OR " b"' + ")": phrases of the pieces, any of them. Folded keys hold no quote
// marks (folding drops punctuation).
std::string any_phrase(const std::vector<std::string>& pieces) {
  std::string query = "(";
  for (const auto& piece : pieces) query += (query.size() == 1 ? "\"" : " OR \"") + piece + '"';
  return query + ")";
}

}  // namespace

NameRanks name_ranks(const std::vector<std::string>& words) {
  NameRanks ranks;
  std::string whole = joined(words, 0, words.size());
  // The key has one space, between the given and the family name (core/text.h), so a piece
  // with a space on both sides is a whole name, and one with a space before it the start of
  // a name.
  ranks.exact.push_back(' ' + whole + ' ');
  for (std::size_t split = 1; split < words.size(); ++split) {
    std::string first = joined(words, 0, split), second = joined(words, split, words.size());
    ranks.exact.push_back(' ' + first + ' ' + second + ' ');
    ranks.exact.push_back(' ' + second + ' ' + first + ' ');
  }
  ranks.leading.push_back(' ' + whole);
  if (words.size() > 1) ranks.leading.push_back(' ' + joined(words, 0, words.size(), " "));
  return ranks;
}

NameRank rank_of(std::string_view search_key, const NameRanks& ranks) {
  std::string bracketed = ' ' + std::string(search_key) + ' ';
  if (holds_any(bracketed, ranks.exact)) return exact_name;
  if (holds_any(bracketed, ranks.leading)) return leading_name;
  return other_match;
}

std::string rank_sql(const NameRanks& ranks, std::vector<store::Value>& params) {
  auto any_piece = [&params](const std::vector<std::string>& pieces) {
    std::string sql;
    for (const auto& piece : pieces) {
      sql += sql.empty() ? "" : " OR ";
      sql += "(' ' || c.search_name || ' ') LIKE ?";
      params.emplace_back('%' + piece + '%');  // folded pieces hold no LIKE wildcard
    }
    return sql;
  };
  std::string sql = "CASE WHEN " + any_piece(ranks.exact) + " THEN 0";
  return sql + " WHEN " + any_piece(ranks.leading) + " THEN 1 ELSE 2 END";
}

std::string rank_index_query(const std::string& matching, const NameRanks& ranks, NameRank rank) {
  // Every piece holds every word (each is the words run together or spaced), so a key that
  // holds a piece matches the search: the exact and leading ranks need no test of `matching`.
  switch (rank) {
    case exact_name:
      return any_phrase(ranks.exact);
    case leading_name:
      return any_phrase(ranks.leading) + " NOT " + any_phrase(ranks.exact);
    case other_match:
      break;
  }
  std::vector<std::string> ranked = ranks.exact;
  ranked.insert(ranked.end(), ranks.leading.begin(), ranks.leading.end());
  return "(" + matching + ") NOT " + any_phrase(ranked);
}

}  // namespace pathway::children
