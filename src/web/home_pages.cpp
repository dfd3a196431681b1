// The home page and the pages every public-sector service links from its footer.
#include "children/child_repository.h"
#include "web/app.h"

namespace pathway::web {

namespace {

Response home(PageContext& context) {
  auto connection = context.database.acquire();
  ViewData data = layout_data(context, "Home", "/");
  data.set("children_total", std::to_string(children::count_children(*connection)));
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
