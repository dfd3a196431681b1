#pragma once
// What the allocation and caseload pages share in showing allocations.
#include <string>

namespace pathway::allocation {

// An allocation's stored instant (ISO UTC) as people read it, in UK local time: "30 November
// 2026, 16:32"; the text as stored if it is not an instant.
std::string display_instant(const std::string& iso_instant);

}  // namespace pathway::allocation
