#include "practice/early_warnings/early_warning_views.h"

namespace pathway::practice {

std::string early_warning_seen_href(const std::string& child_public_id) {
  return "/children/" + child_public_id + "/early-warnings/seen";
}

web::ViewData early_warning_row(const EarlyWarning& warning, std::optional<std::int64_t> seen_at,
                                std::string_view back_to) {
  web::ViewData row;
  row.set("key", warning.key);
  row.set("rule", warning.title);
  row.set("rule_code", warning.rule);
  row.set("child_href", "/children/" + warning.child_public_id);
  row.set("child_name", warning.child_name);
  row.set("what", warning.what);
  row.set("happened_on", to_display(warning.happened_on));
  row.set("recorded_at", to_uk_local_display(warning.recorded_at));
  row.set("href", warning.href);
  row.set("seen", seen_at.has_value());
  if (seen_at) row.set("seen_at", to_uk_local_display(*seen_at));
  row.set("seen_action", early_warning_seen_href(warning.child_public_id));
  row.set("back_to", std::string(back_to));
  return row;
}

}  // namespace pathway::practice
