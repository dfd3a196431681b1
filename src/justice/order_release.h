#pragma once
// A detention and training order's release dates from the child's record: the remands
// that count towards it, and dto_release over them. Which remands are the order's is not
// in the record (a remand names no offence), so Pathway takes those that ran after the
// first offence the order disposes of was committed and before the order was made
// (docs/decisions/0014-orders-in-progress.md); a bail curfew is not recorded either, so no
// bail day counts. Pure.
#include <optional>
#include <vector>

#include "core/result.h"
#include "justice/chronology.h"
#include "justice/dto_release.h"

namespace pathway::justice {

// The remands among `remands` that overlap the days from `first_offence` to the day
// before `order_date`, in the order given, each with no curfew recorded.
std::vector<RemandPeriod> remands_for_order(const std::vector<RemandEvent>& remands, Date first_offence,
                                            Date order_date);

// The release of a detention and training order made on `order_date` for
// `length_months` (nullopt when no length is recorded), after the remands for it.
std::optional<Result<DtoRelease>> release_of_order(Date order_date, std::optional<int> length_months,
                                                   const std::vector<RemandEvent>& remands, Date first_offence);

}  // namespace pathway::justice
