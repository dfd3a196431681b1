#include "admin/admin_views.h"

namespace pathway::admin {

void set_back_link(web::ViewData& data, std::string href, std::string text) {
  web::ViewData link;
  link.set("href", std::move(href));
  link.set("text", std::move(text));
  data.set("back_link", std::move(link));
}

web::ViewData option(const std::string& value, const std::string& label, bool selected) {
  web::ViewData item;
  item.set("value", value);
  item.set("label", label);
  item.set("selected", selected);
  return item;
}

}  // namespace pathway::admin
