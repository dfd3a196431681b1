#pragma once
// The demo county's wider services (issue 11 point 9, YJB key performance indicator 8):
// about half the children known to children's services or early help, as a youth justice
// cohort is. Some early help (ended and continuing), child in need plans, a few child
// protection plans, and a looked after row for every child whose record says they are
// looked after; each dated around the child's latest order, so the children whose orders
// ended in the last quarters have the support the indicator counts. Drawn from the
// children's ids, not the demo's random stream, so adding them changes nothing else the
// demo draws.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

struct DemoWiderServiceCounts {
  int services = 0;
  int children = 0;  // children with at least one
  int looked_after = 0;
};

// A spell of support by a wider service.
struct WiderServiceSpell {
  std::string_view service;
  Date from;
  std::optional<Date> to;  // nullopt: continuing
  std::string_view note;
};

// The spells of a child born `born`, dated around their latest order (from `start` to
// `end`, today while it runs; the last year for a child with none), drawn from the child's
// id: about half the children have some. Each begins no earlier than the fifth birthday and
// not after today, and one ending on or after today is continuing.
std::vector<WiderServiceSpell> demo_wider_service_spells(std::int64_t child_id, Date born, bool looked_after,
                                                         Date start, Date end, Date today);

// Adds them in the caller's transaction, after the justice records and the allocations.
// Throws StoreError.
DemoWiderServiceCounts add_demo_wider_services(store::Connection& connection, Date today);

}  // namespace pathway::demo
