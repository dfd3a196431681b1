#pragma once
// What the chronology's readers (chronology.cpp, chronology_orders.cpp) share.
#include <string>
#include <string_view>
#include <vector>

#include "justice/chronology.h"

namespace pathway::justice {

// " AND <column> >= ? AND <column> <= ?" for the filter's dates, with their values added
// to `params`.
std::string date_range(std::string_view column, const ChronologyFilter& filter, std::vector<store::Value>& params);

}  // namespace pathway::justice
