// Service settings (/admin/settings): values an administrator may change, each with its
// default and limits in reference/service_settings.h, and the districts in the ISS pilot
// (reference/iss_pilot_districts.h). All are saved together or none.
#include <algorithm>

#include "access/audit.h"
#include "admin/admin_forms.h"
#include "core/text.h"
#include "reference/geography.h"
#include "reference/iss_pilot_districts.h"
#include "reference/service_settings.h"
#include "store/transaction.h"
#include "web/app.h"
#include "web/form_decoding.h"

namespace pathway::web {

namespace {

using reference::IntegerSetting;

// The districts as checkboxes, those in the pilot ticked.
ViewList pilot_district_choices(const std::vector<reference::District>& districts,
                                const std::vector<std::string>& ticked) {
  ViewList choices;
  for (std::size_t i = 0; i < districts.size(); ++i) {
    ViewData choice;
    choice.set("input_id", "iss-pilot-district-" + std::to_string(i + 1));
    choice.set("value", districts[i].code);
    choice.set("label", districts[i].name + " (" + districts[i].area_name + ")");
    choice.set("checked", std::find(ticked.begin(), ticked.end(), districts[i].code) != ticked.end());
    choices.push_back(std::move(choice));
  }
  return choices;
}

// The settings' fields: their values as stored or as typed.
Response settings_form(PageContext& context, store::Connection& connection, const std::vector<std::string>& values,
                       const std::vector<std::string>& pilot_districts, const std::vector<FieldError>& errors,
                       int status) {
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
  data.set("pilot_districts", pilot_district_choices(reference::list_districts(connection), pilot_districts));
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
  return settings_form(context, *connection, values, reference::iss_pilot_districts(*connection), {}, 200);
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
  auto connection = context.database.acquire();
  std::vector<std::string> pilot = all_values(context.form, "iss-pilot-district");
  std::vector<std::string> known;
  for (const auto& district : reference::list_districts(*connection)) known.push_back(district.code);
  for (const auto& code : pilot) {
    if (std::find(known.begin(), known.end(), code) == known.end()) {
      errors.push_back({"iss-pilot-districts", "Select the districts from the list: one you chose is no longer there",
                        "iss-pilot-district-1"});
      break;
    }
  }
  if (!errors.empty()) return settings_form(context, *connection, typed, pilot, errors, 422);
  store::Transaction transaction(*connection);
  for (std::size_t i = 0; i < settings.size(); ++i) {
    int old_value = reference::setting_value(*connection, settings[i]);
    if (old_value == values[i]) continue;
    reference::set_setting_value(*connection, settings[i], values[i]);
    access::record_audit_event(*connection, context.audit("setting.change", "setting", std::string(settings[i].name),
                                                          std::to_string(old_value) + " -> " +
                                                              std::to_string(values[i])));
  }
  std::sort(pilot.begin(), pilot.end());
  pilot.erase(std::unique(pilot.begin(), pilot.end()), pilot.end());
  auto old_pilot = reference::iss_pilot_districts(*connection);
  if (old_pilot != pilot) {
    reference::set_iss_pilot_districts(*connection, pilot);
    access::record_audit_event(*connection, context.audit("setting.change", "setting",
                                                          std::string(reference::iss_pilot_districts_setting),
                                                          "[" + join_with_commas(old_pilot) + "] -> [" +
                                                              join_with_commas(pilot) + "]"));
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
