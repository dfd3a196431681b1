// What the database already holds that an imported data set may refer to or clash with.
#include "exchange/data_set.h"

namespace pathway::exchange {

ExistingRecords load_existing_records(store::Connection& connection) {
  ExistingRecords existing;
  for (const auto& district : reference::list_districts(connection)) {
    existing.area_names.emplace(district.area_code, district.area_name);
    existing.district_codes.insert(district.code);
  }
  for (const auto& population : reference::list_populations(connection)) {
    existing.populations.emplace(population.district_code, population.year);
  }
  for (const auto& row : connection.query("SELECT exchange_id FROM children", {})) {
    existing.child_ids.insert(row.text(0));
  }
  return existing;
}

std::set<std::string> listed_district_codes(const ExchangeFile& districts) {
  std::set<std::string> codes;
  for (const FileRow& row : districts.rows) {
    const auto& code = row.cells[DistrictColumn::code];
    if (code && !code->empty()) codes.insert(*code);
  }
  return codes;
}

std::set<std::string> known_district_codes(const ExchangeFile& districts, const ExistingRecords& existing) {
  std::set<std::string> known = listed_district_codes(districts);
  known.insert(existing.district_codes.begin(), existing.district_codes.end());
  return known;
}

}  // namespace pathway::exchange
