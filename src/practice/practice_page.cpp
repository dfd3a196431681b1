#include "practice/practice_page.h"

#include "children/child_record_header.h"
#include "core/dates.h"

namespace pathway::web {

std::string section_href(const children::ChildSummary& summary, std::string_view section) {
  return "/children/" + summary.child.public_id + "/" + std::string(section);
}

ViewList choice_options(const std::vector<justice::CodeWords>& list, const std::string& chosen) {
  ViewList options;
  for (const auto& entry : list) {
    ViewData option;
    option.set("value", std::string(entry.code));
    option.set("label", std::string(entry.words));
    option.set("checked", chosen == entry.code);
    option.set("first", options.empty());
    options.push_back(std::move(option));
  }
  return options;
}

std::string recorded_at_display(const std::string& instant) {
  auto at = parse_iso_instant(instant);
  return at ? to_uk_local_display(*at) : instant;
}

ViewData practice_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                            std::string title, std::string_view section, std::string_view tab,
                            const std::string& back_text) {
  ViewData data = layout_data(context, std::move(title), "/children");
  children::add_child_record_header(data, connection, summary, today_utc());
  data.set("tab_" + std::string(tab), true);
  data.set("back_query", "");
  if (!back_text.empty()) {
    ViewData back;
    back.set("href", section_href(summary, section));
    back.set("text", back_text);
    data.set("back_link", back);
  }
  return data;
}

}  // namespace pathway::web
