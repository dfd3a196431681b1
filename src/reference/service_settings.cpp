#include "reference/service_settings.h"

#include <charconv>
#include <string>

namespace pathway::reference {

const std::vector<IntegerSetting>& integer_settings() {
  static const std::vector<IntegerSetting> settings = {break_glass_hours};
  return settings;
}

int setting_value(store::Connection& connection, const IntegerSetting& setting) {
  auto row = connection.query_one("SELECT value FROM service_settings WHERE name = ?", {std::string(setting.name)});
  if (!row) return setting.default_value;
  std::string text = row->text(0);
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < setting.minimum ||
      value > setting.maximum) {
    return setting.default_value;
  }
  return value;
}

void set_setting_value(store::Connection& connection, const IntegerSetting& setting, int value) {
  connection.execute(
      "INSERT INTO service_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
      {std::string(setting.name), std::to_string(value)});
}

}  // namespace pathway::reference
