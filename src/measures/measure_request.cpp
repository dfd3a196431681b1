#include "measures/measure_request.h"

#include <algorithm>

namespace pathway::measures {

namespace {

Error invalid(std::string message) { return Error{ErrorKind::invalid, std::move(message)}; }

std::vector<std::string> not_found(const std::vector<std::string>& known, const std::vector<std::string>& asked) {
  std::vector<std::string> missing;
  for (const auto& code : asked) {
    if (!std::binary_search(known.begin(), known.end(), code)) missing.push_back(code);
  }
  return missing;
}

std::string joined(const std::vector<std::string>& codes) {
  std::string text;
  for (const auto& code : codes) text += (text.empty() ? "" : ", ") + code;
  return text;
}

}  // namespace

Result<Period> parse_period(const std::string& from, const std::string& to, const std::string& from_name,
                            const std::string& to_name) {
  auto first = parse_iso_date(from);
  if (!first) return invalid(from_name + " is not a real date written YYYY-MM-DD: '" + from + "'");
  auto last = parse_iso_date(to);
  if (!last) return invalid(to_name + " is not a real date written YYYY-MM-DD: '" + to + "'");
  if (*last < *first) {
    return invalid("the period is reversed: " + to_name + " " + to + " is before " + from_name + " " + from);
  }
  return Period{day_of(*first), day_of(*last)};
}

Result<Scope> resolve_scope(const RecordSnapshot& snapshot, const std::vector<std::string>& district_codes,
                            const std::vector<std::string>& area_codes) {
  auto unknown_districts = not_found(snapshot.district_codes, district_codes);
  auto unknown_areas = not_found(snapshot.area_codes, area_codes);
  std::string problems;
  if (!unknown_districts.empty()) problems = "no district has the code " + joined(unknown_districts);
  if (!unknown_areas.empty()) {
    problems += (problems.empty() ? "" : "; ") + std::string("no area has the code ") + joined(unknown_areas);
  }
  if (!problems.empty()) return invalid(problems);
  if (district_codes.empty() && area_codes.empty()) return whole_service(snapshot);
  Scope scope;
  for (DistrictIndex d = 0; d < snapshot.district_codes.size(); ++d) {
    bool named = std::find(district_codes.begin(), district_codes.end(), snapshot.district_codes[d]) !=
                 district_codes.end();
    bool in_area = std::find(area_codes.begin(), area_codes.end(), snapshot.district_areas[d]) != area_codes.end();
    if (named || in_area) scope.districts.push_back(d);
  }
  return scope;
}

Scope whole_service(const RecordSnapshot& snapshot) {
  Scope scope;
  for (DistrictIndex d = 0; d < snapshot.district_codes.size(); ++d) scope.districts.push_back(d);
  return scope;
}

std::vector<Scope> every_area(const RecordSnapshot& snapshot) {
  std::vector<Scope> scopes;
  for (const auto& area : snapshot.area_codes) scopes.push_back(resolve_scope(snapshot, {}, {area}).value());
  return scopes;
}

}  // namespace pathway::measures
