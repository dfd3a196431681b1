#include "web/home_early_warnings.h"

#include "practice/early_warnings/early_warning_views.h"
#include "practice/early_warnings/early_warnings.h"
#include "web/home_panel_rows.h"

namespace pathway::web {

namespace {

// As many as the page can show usefully; each child's Circumstances tab lists them all.
constexpr std::size_t warnings_shown = 20;

}  // namespace

std::vector<access::NamedRecord> add_early_warnings(ViewData& data, const PageContext& context,
                                                    store::Connection& connection, std::int64_t now) {
  if (!context.may(access::Permission::hold_cases) && !context.may(access::Permission::allocate_cases)) return {};
  auto warnings = practice::early_warnings_for(connection, context.staff(), now);
  if (warnings.empty()) return {};
  bool more = keep_first_rows(warnings, warnings_shown);
  std::vector<access::NamedRecord> shown;
  ViewList rows;
  for (const auto& warning : warnings) {
    rows.push_back(practice::early_warning_row(warning, std::nullopt, "home"));
    shown.push_back({"child", warning.child_public_id});
  }
  ViewData panel;
  panel.set("days", std::to_string(practice::early_warning_days));
  panel.set("warnings", std::move(rows));
  if (more) panel.set("more", std::to_string(warnings_shown));
  data.set("early_warnings", std::move(panel));
  return shown;
}

}  // namespace pathway::web
