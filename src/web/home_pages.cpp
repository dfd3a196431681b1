// The home page and the pages every public-sector service links from its footer.
#include "web/app.h"

namespace pathway::web {

namespace {

// A link on the home page, shown to those whose roles grant its permission.
struct HomeCard {
  const char* href;
  const char* title;
  const char* text;
  access::Permission permission;
};

constexpr HomeCard home_cards[] = {
    {"/children", "Children",
     "Find a child, see who holds their case, correct their details and see who changed what.",
     access::Permission::search_children},
    {"/children/new", "Add a child",
     "Record a child referred to the service. Pathway warns you if the child may already be known.",
     access::Permission::add_child},
};

Response home(PageContext& context) {
  ViewData data = layout_data(context, "Home", "/");
  data.set("may_search", context.may(access::Permission::search_children));
  ViewList cards;
  for (const auto& card : home_cards) {
    if (!context.may(card.permission)) continue;
    ViewData item;
    item.set("href", card.href);
    item.set("title", card.title);
    item.set("text", card.text);
    cards.push_back(std::move(item));
  }
  data.set("cards", std::move(cards));
  return render_page(context, pages::home, data);
}

PageHandler static_page(PageTemplate page, std::string title) {
  return [page, title](PageContext& context) {
    return render_page(context, page, layout_data(context, title, ""));
  };
}

}  // namespace

void add_home_pages(Routes& routes) {
  routes.page(Method::get, "/", access::Permission::use_pathway, home);
  routes.public_page(Method::get, "/accessibility", static_page(pages::accessibility, "Accessibility statement"));
  routes.public_page(Method::get, "/privacy", static_page(pages::privacy, "Privacy notice"));
}

}  // namespace pathway::web
