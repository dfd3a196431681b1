#include "web/pagination.h"

namespace pathway::web {

std::vector<PageLink> page_links(std::int64_t current, std::int64_t pages) {
  std::vector<PageLink> links;
  if (pages <= 1) return links;
  std::int64_t previous = 0;
  for (std::int64_t page = 1; page <= pages; ++page) {
    bool shown = page == 1 || page == pages || (page >= current - 1 && page <= current + 1);
    // A page alone between two shown ones is shown: an ellipsis would hide no more than
    // its number.
    bool next_shown = page + 1 == current - 1 || (page + 1 == pages && page > current + 1);
    bool fills_gap = page == previous + 1 && next_shown;
    if (!shown && !fills_gap) continue;
    if (page > previous + 1) links.push_back({0, false});
    links.push_back({page, page == current});
    previous = page;
  }
  return links;
}

ViewData pagination_data(std::int64_t current, std::int64_t pages,
                         const std::function<std::string(std::int64_t)>& href_of) {
  ViewData data;
  if (current > 1) data.set("previous_href", href_of(current - 1));
  if (current < pages) data.set("next_href", href_of(current + 1));
  ViewList links;
  for (const auto& link : page_links(current, pages)) {
    ViewData item;
    item.set("ellipsis", link.number == 0);
    item.set("number", std::to_string(link.number));
    item.set("href", href_of(link.number));
    item.set("current", link.current);
    links.push_back(std::move(item));
  }
  data.set("page_links", std::move(links));
  return data;
}

}  // namespace pathway::web
