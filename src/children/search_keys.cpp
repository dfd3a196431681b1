#include "children/search_keys.h"

#include "core/text.h"

namespace pathway::children {

std::string search_name(const ChildDetails& details) {
  return name_key(details.given_name) + ' ' + name_key(details.family_name);
}

std::string sort_key(const ChildDetails& details) {
  return fold_for_search(details.family_name) + '\x1f' + fold_for_search(details.given_name);
}

void rewrite_search_keys(store::Connection& connection) {
  auto rows = connection.query("SELECT id, given_name, family_name, search_name, sort_key FROM children", {});
  for (const auto& row : rows) {
    ChildDetails names;
    names.given_name = row.text(1);
    names.family_name = row.text(2);
    std::string search = search_name(names), sort = sort_key(names);
    if (search == row.text(3) && sort == row.text(4)) continue;
    connection.execute("UPDATE children SET search_name = ?, sort_key = ? WHERE id = ?", {search, sort, row.integer(0)});
  }
}

}  // namespace pathway::children
