#include "children/similar_children.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/text.h"

namespace pathway::children {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: Levenshtein plus the swap of two neighbouring letters.
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

bool could_be_same_child(const ChildDetails& entered, const ChildDetails& held) {
  std::string given = name_key(entered.given_name), family = name_key(entered.family_name);
  std::string held_given = name_key(held.given_name), held_family = name_key(held.family_name);
  std::string held_whole = held_given + ' ' + held_family;
  std::size_t edits = std::min(edit_distance(given + ' ' + family, held_whole),
                               edit_distance(family + ' ' + given, held_whole));
  if (entered.date_of_birth != held.date_of_birth) return edits <= 1;
  bool one_name_shared = family == held_family || given == held_given;
  return edits <= 2 || (one_name_shared && entered.district_code == held.district_code);
}

}  // namespace pathway::children
