#pragma once
// The service's districts in an area of the ISS pilot (SI 2023/705: extended activity of
// up to 365 days in a youth rehabilitation order with intensive supervision and
// surveillance; justice/yro_limits.h). An administrator names them on the service
// settings page; none by default. Kept in service_settings as the district codes
// separated by commas.
#include <string>
#include <vector>

#include "store/database.h"

namespace pathway::reference {

inline constexpr std::string_view iss_pilot_districts_setting = "iss_pilot_districts";

// The codes of the districts in the pilot, in code order; a code no longer a district's is
// left out. Throws StoreError.
std::vector<std::string> iss_pilot_districts(store::Connection& connection);

// Names the districts in the pilot (each a district's code, which the caller has
// checked). Throws StoreError.
void set_iss_pilot_districts(store::Connection& connection, const std::vector<std::string>& district_codes);

}  // namespace pathway::reference
