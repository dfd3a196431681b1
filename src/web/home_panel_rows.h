#pragma once
// The home page's panels read one row more than they show, to know whether to say that
// only the first are shown.
#include <cstddef>
#include <vector>

namespace pathway::web {

// Keeps the first `most` rows; true when there were more.
template <class Row>
bool keep_first_rows(std::vector<Row>& rows, std::size_t most) {
  if (rows.size() <= most) return false;
  rows.resize(most);
  return true;
}

}  // namespace pathway::web
