#include "allocation/allocation_views.h"

#include "core/dates.h"

namespace pathway::allocation {

std::string display_instant(const std::string& iso_instant) {
  auto instant = parse_iso_instant(iso_instant);
  return instant ? to_uk_local_display(*instant) : iso_instant;
}

}  // namespace pathway::allocation
