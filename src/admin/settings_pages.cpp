// Service settings (/admin/settings): values an administrator may change, each with its
// default and limits in reference/service_settings.h. All are saved together or none.
#include "access/audit.h"
#include "admin/admin_forms.h"
#include "reference/service_settings.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

using reference::IntegerSetting;

// The settings' fields: their values as stored or as typed.
Response settings_form(PageContext& context, const std::vector<std::string>& values,
                       const std::vector<FieldError>& errors, int status) {
  ViewData data = layout_data(context, "Service settings", "/admin/settings");
  ViewList fields;
  const auto& settings = reference::integer_settings();
  for (std::size_t i = 0; i < settings.size(); ++i) {
    const IntegerSetting& setting = settings[i];
    ViewData field;
    std::string id(setting.name);
    field.set("id", id);
    field.set("label", std::string(setting.label));
    field.set("hint", std::string(setting.hint) + " The default is " + std::to_string(setting.default_value) + ".");
    field.set("unit", std::string(setting.unit));
    field.set("value", values[i]);
    for (const auto& error : errors) {
      if (error.field == id) field.set("error", error.text);
    }
    fields.push_back(std::move(field));
  }
  data.set("settings", std::move(fields));
  if (context.query_value("done") == "saved") {
    ViewData banner;
    banner.set("heading", "Settings saved");
    data.set("notification", std::move(banner));
  }
  add_errors(data, errors);
  return render_page(context, pages::settings, data, status);
}

Response show_settings(PageContext& context) {
  auto connection = context.database.acquire();
  std::vector<std::string> values;
  for (const auto& setting : reference::integer_settings()) {
    values.push_back(std::to_string(reference::setting_value(*connection, setting)));
  }
  connection.reset();
  return settings_form(context, values, {}, 200);
}

Response save_settings(PageContext& context) {
  const auto& settings = reference::integer_settings();
  std::vector<std::string> typed;
  std::vector<int> values;
  std::vector<FieldError> errors;
  for (const auto& setting : settings) {
    std::string id(setting.name);
    typed.push_back(context.form_value(id));
    auto value = admin::checked_whole_number(typed.back(), setting.minimum, setting.maximum, id,
                                             "Enter a whole number of " + std::string(setting.unit) + " from " +
                                                 std::to_string(setting.minimum) + " to " +
                                                 std::to_string(setting.maximum),
                                             errors);
    values.push_back(value.value_or(0));
  }
  if (!errors.empty()) return settings_form(context, typed, errors, 422);
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  for (std::size_t i = 0; i < settings.size(); ++i) {
    int old_value = reference::setting_value(*connection, settings[i]);
    if (old_value == values[i]) continue;
    reference::set_setting_value(*connection, settings[i], values[i]);
    access::record_audit_event(*connection, context.audit("setting.change", "setting", std::string(settings[i].name),
                                                          std::to_string(old_value) + " -> " +
                                                              std::to_string(values[i])));
  }
  transaction.commit();
  return Response::redirect("/admin/settings?done=saved");
}

}  // namespace

void add_settings_pages(Routes& routes) {
  routes.page(Method::get, "/admin/settings", access::Permission::manage_reference_data, show_settings);
  routes.page(Method::post, "/admin/settings", access::Permission::manage_reference_data, save_settings);
}

}  // namespace pathway::web
