#include "justice/justice_page_data.h"

#include "children/child_record_guard.h"
#include "children/child_record_header.h"
#include "children/child_views.h"
#include "children/correction_reason.h"
#include "core/clock.h"

namespace pathway::web {

std::optional<children::ChildSummary> justice_child(PageContext& context, store::Connection& connection) {
  return children::find_child(connection, context.params.at("id"));
}

Response justice_child_not_found(PageContext& context) { return child_record_guard()->not_found(context); }

ViewData justice_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                           std::string title, bool back_to_record) {
  ViewData data = layout_data(context, std::move(title), "/children");
  children::add_child_record_header(data, connection, summary, today_utc());
  data.set("tab_offences", true);
  data.set("back_query", "");
  std::string record = "/children/" + summary.child.public_id;
  ViewData back;
  back.set("href", back_to_record ? record : record + "/offences");
  back.set("text", back_to_record ? "Back to the record" : "Back to offences and outcomes");
  data.set("back_link", back);
  data.set("offences_href", record + "/offences");
  return data;
}

justice::Viewer justice_viewer(const PageContext& context) { return {context.staff(), now_unix_seconds()}; }

Result<justice::CorrectionBy> posted_correction(const PageContext& context) {
  auto reason = children::read_correction_reason(context.form_value("reason"));
  if (!reason) return reason.error();
  return justice::CorrectionBy{{context.username(), context.staff().display_name}, reason.value()};
}

ViewData date_input_data(const std::string& id, const std::string& legend, const std::string& hint,
                         const DateInput& typed, const std::vector<FieldError>& errors) {
  ViewData input;
  input.set("id", id);
  input.set("legend", legend);
  if (!hint.empty()) input.set("hint", hint);  // mustache shows a section for any string
  input.set("day", typed.day);
  input.set("month", typed.month);
  input.set("year", typed.year);
  for (const auto& error : errors) {
    if (error.field != id) continue;
    input.set("date_error", error.text);
    break;
  }
  return input;
}

DateInput posted_date(const PageContext& context, const std::string& id) {
  return {context.form_value(id + "-day"), context.form_value(id + "-month"), context.form_value(id + "-year")};
}

}  // namespace pathway::web
