// Checks the rows of districts.csv.
#include "exchange/data_set.h"
#include "exchange/row_reader.h"

namespace pathway::exchange {

namespace {

struct AreaSeen {
  std::string name;
  std::size_t line;
};

// A district code is used once in the file and is not in the database yet.
void check_code_is_new(RowReader& reader, const std::string& code, std::map<std::string, std::size_t>& first_lines,
                       const ExistingRecords& existing) {
  if (code.empty()) return;
  auto [first, is_first] = first_lines.emplace(code, reader.line());
  if (!is_first) {
    reader.report(DistrictColumn::code, "district code " + code + " is already used on line " +
                                            std::to_string(first->second));
  } else if (existing.district_codes.contains(code)) {
    reader.report(DistrictColumn::code, "the database already has a district with this code");
  }
}

// An area has one name: the same in every row of the file, and the one the database knows.
void check_area_name(RowReader& reader, const reference::District& district,
                     std::map<std::string, AreaSeen>& areas_seen, const ExistingRecords& existing) {
  if (district.area_code.empty() || district.area_name.empty()) return;
  auto [seen, is_first] = areas_seen.emplace(district.area_code, AreaSeen{district.area_name, reader.line()});
  if (!is_first && seen->second.name != district.area_name) {
    reader.report(DistrictColumn::area_name, "area " + district.area_code + " is named '" + seen->second.name +
                                                 "' on line " + std::to_string(seen->second.line));
    return;
  }
  auto known = existing.area_names.find(district.area_code);
  if (known != existing.area_names.end() && known->second != district.area_name) {
    reader.report(DistrictColumn::area_name,
                  "area " + district.area_code + " is named '" + known->second + "' in the database");
  }
}

}  // namespace

void check_districts(ExchangeFile& file, const ExistingRecords& existing, RecordSink& sink,
                     std::vector<ImportProblem>& problems) {
  std::map<std::string, std::size_t> first_lines;
  std::map<std::string, AreaSeen> areas_seen;
  for (FileRow row; file.next(row);) {
    RowReader reader(file.name(), row, district_columns, problems);
    reference::District district;
    district.code = reader.identifier(DistrictColumn::code);
    district.name = reader.text(DistrictColumn::name, reference::max_place_name_length);
    district.area_code = reader.identifier(DistrictColumn::area_code);
    district.area_name = reader.text(DistrictColumn::area_name, reference::max_place_name_length);
    check_code_is_new(reader, district.code, first_lines, existing);
    check_area_name(reader, district, areas_seen, existing);
    if (reader.usable()) sink.add(std::move(district));
  }
}

}  // namespace pathway::exchange
