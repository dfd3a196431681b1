#include "reference/iss_pilot_districts.h"

#include <algorithm>

#include "core/text.h"
#include "reference/geography.h"

namespace pathway::reference {

std::vector<std::string> iss_pilot_districts(store::Connection& connection) {
  auto row = connection.query_one("SELECT value FROM service_settings WHERE name = ?",
                                  {std::string(iss_pilot_districts_setting)});
  if (!row) return {};
  std::vector<std::string> named = split_on_commas(row->text(0));
  std::vector<std::string> codes;
  for (const auto& district : list_districts(connection)) {
    if (std::find(named.begin(), named.end(), district.code) != named.end()) codes.push_back(district.code);
  }
  std::sort(codes.begin(), codes.end());
  return codes;
}

void set_iss_pilot_districts(store::Connection& connection, const std::vector<std::string>& district_codes) {
  std::vector<std::string> codes = district_codes;
  std::sort(codes.begin(), codes.end());
  connection.execute(
      "INSERT INTO service_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
      {std::string(iss_pilot_districts_setting), join_with_commas(codes)});
}

}  // namespace pathway::reference
