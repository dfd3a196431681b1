#pragma once
// What a caller asks the engine for, from text as a person types it (the command line, a
// form): a period and a scope. Bad input is an Error naming what is wrong (kpi.md; issue:
// a reversed period, an unknown district or area, a malformed date).
#include <string>
#include <vector>

#include "core/result.h"
#include "measures/record_snapshot.h"

namespace pathway::measures {

// The districts of a scope, by DistrictIndex, in code order, none twice.
struct Scope {
  std::vector<DistrictIndex> districts;
};

// "YYYY-MM-DD" to "YYYY-MM-DD", both days included. Errors name the boundary (`from_name`,
// `to_name`: how the caller calls them, e.g. "--from") and the value.
Result<Period> parse_period(const std::string& from, const std::string& to, const std::string& from_name = "--from",
                            const std::string& to_name = "--to");

// The districts named and those of the areas named; every district when both lists are
// empty. An error names each code that is not a district or not an area.
Result<Scope> resolve_scope(const RecordSnapshot& snapshot, const std::vector<std::string>& district_codes,
                            const std::vector<std::string>& area_codes);

// Every district of the snapshot, and each area's districts: the scopes of a service.
Scope whole_service(const RecordSnapshot& snapshot);
std::vector<Scope> every_area(const RecordSnapshot& snapshot);

}  // namespace pathway::measures
