#pragma once
// Service settings: values an administrator may change (admin/settings_pages.cpp). The
// code holds each setting's default and limits; the table service_settings holds only the
// values an administrator changed, so a new default reaches every service that kept it.
#include <string_view>
#include <vector>

#include "store/database.h"

namespace pathway::reference {

struct IntegerSetting {
  std::string_view name;   // the key in service_settings, e.g. "break_glass_hours"
  std::string_view label;  // the form's question
  std::string_view hint;
  std::string_view unit;   // shown after the box, e.g. "hours"
  int default_value;
  int minimum;
  int maximum;
};

// How long break-glass access to a record lasts.
inline constexpr IntegerSetting break_glass_hours{
    "break_glass_hours", "How long break-glass access lasts",
    "From when someone opens a record outside their access after giving a reason. Between 1 and 168 hours (a week).",
    "hours", 24, 1, 168};

// Every setting, in the order the settings page shows them.
const std::vector<IntegerSetting>& integer_settings();

// The setting's value: the administrator's, or the default. A stored value outside the
// limits (written behind the program's back) counts as the default. Throws StoreError.
int setting_value(store::Connection& connection, const IntegerSetting& setting);

// Stores the value, which the caller has checked is within the limits. Throws StoreError.
void set_setting_value(store::Connection& connection, const IntegerSetting& setting, int value);

}  // namespace pathway::reference
