#include "justice/order_release.h"

namespace pathway::justice {

std::vector<RemandPeriod> remands_for_order(const std::vector<RemandEvent>& remands, Date first_offence,
                                            Date order_date) {
  std::vector<RemandPeriod> counted;
  for (const auto& remand : remands) {
    bool before_order = remand.start_date < order_date;
    bool after_offence = !remand.end_date || !(*remand.end_date < first_offence);
    if (before_order && after_offence) {
      counted.push_back({{remand.start_date, remand.end_date, remand.remand_type}, std::nullopt});
    }
  }
  return counted;
}

std::optional<Result<DtoRelease>> release_of_order(Date order_date, std::optional<int> length_months,
                                                   const std::vector<RemandEvent>& remands, Date first_offence) {
  if (!length_months) return std::nullopt;
  return dto_release(order_date, *length_months, remands_for_order(remands, first_offence, order_date));
}

}  // namespace pathway::justice
