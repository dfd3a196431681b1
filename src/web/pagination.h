#pragma once
// The numbered page links of the GOV.UK pagination component.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "web/view_data.h"

namespace pathway::web {

struct PageLink {
  std::int64_t number = 0;  // 0 for an ellipsis standing for the pages left out
  bool current = false;
};

// The links for page `current` of `pages`, as GOV.UK's pagination guidance lays them out:
// the first and last pages, the current page and its neighbours, and an ellipsis for each
// gap of more than one page (a gap of exactly one page shows that page instead).
// page_links(6, 40) is 1 … 5 6 7 … 40. Empty when there is at most one page.
std::vector<PageLink> page_links(std::int64_t current, std::int64_t pages);

// The data of templates/partials/pagination for page `current` of `pages`: previous_href,
// next_href and page_links [{ellipsis, number, href, current}], each address from `href_of`
// (a page number to its address).
ViewData pagination_data(std::int64_t current, std::int64_t pages,
                         const std::function<std::string(std::int64_t)>& href_of);

}  // namespace pathway::web
