#include "practice/flags/flag_views.h"

#include "practice/flags/flag_types.h"

namespace pathway::practice {

web::ViewData identity_bar_data(const std::string& name, const std::vector<Flag>& flags, Date today,
                                const std::string& flags_href) {
  web::ViewData bar;
  bar.set("name", name);
  web::ViewList items;
  std::int64_t due = 0;
  for (const auto& flag : flags) {
    web::ViewData item;
    item.set("label", flag_label(flag.details.flag_type, flag.details.mappa_level));
    item.set("colour", std::string(flag_colour(flag.details.flag_type)));
    item.set("review_due", flag.review_due(today));
    item.set("review_date", to_display(flag.details.review_date));
    if (flag.review_due(today)) ++due;
    items.push_back(std::move(item));
  }
  bar.set("has_flags", !items.empty());
  bar.set("flags", std::move(items));
  bar.set("has_due", due > 0);
  bar.set("due_count", std::to_string(due));
  bar.set("flags_href", flags_href);
  return bar;
}

web::ViewData flag_row(const Flag& flag, Date today, const std::string& flags_href) {
  web::ViewData row;
  std::string id = std::to_string(flag.id);
  row.set("id", id);
  row.set("label", flag_label(flag.details.flag_type, flag.details.mappa_level));
  row.set("colour", std::string(flag_colour(flag.details.flag_type)));
  row.set("start_date", to_display(flag.details.start_date));
  row.set("review_date", to_display(flag.details.review_date));
  if (flag.end_date) row.set("end_date", to_display(*flag.end_date));
  row.set("review_due", flag.review_due(today));
  row.set("current", flag.current(today));
  row.set("reason", flag.details.reason);
  row.set("raised_by", flag.raised_by_name);
  row.set("review_href", flags_href + "/" + id + "/review");
  row.set("end_href", flags_href + "/" + id + "/end");
  return row;
}

std::string flags_shown(const std::vector<Flag>& flags) {
  std::string shown;
  for (const auto& flag : flags) shown += (shown.empty() ? "flag:" : " flag:") + std::to_string(flag.id);
  return shown;
}

}  // namespace pathway::practice
