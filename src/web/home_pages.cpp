// The home page and the pages every public-sector service links from its footer.
#include "children/child_repository.h"
#include "web/app.h"

namespace pathway::web {

namespace {

Response home(PageContext& context) {
  auto connection = context.database.acquire();
  ViewData data = layout_data(context, "Home", "/");
  data.set("children_total", std::to_string(children::count_children(*connection)));
  return render_page(context, "home", data);
}

PageHandler static_page(std::string name, std::string title) {
  return [name, title](PageContext& context) {
    return render_page(context, name, layout_data(context, title, ""));
  };
}

}  // namespace

void add_home_pages(Routes& routes) {
  routes.page(Method::get, "/", home);
  routes.public_page(Method::get, "/accessibility", static_page("accessibility", "Accessibility statement"));
  routes.public_page(Method::get, "/privacy", static_page("privacy", "Privacy notice"));
}

}  // namespace pathway::web
