// What the database already holds that an imported data set may refer to or clash with.
#include "exchange/data_set.h"
#include "exchange/justice_tables.h"

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
  for (const auto& row : connection.query("SELECT exchange_id, id, date_of_birth FROM children", {})) {
    existing.children.emplace(row.text(0), ExistingChild{row.integer(1), parse_iso_date(row.text(2)).value_or(Date{})});
  }
  load_justice_records(connection, existing);
  return existing;
}

}  // namespace pathway::exchange
