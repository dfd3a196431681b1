#include "justice/yro_record.h"

namespace pathway::justice {

std::optional<ProposedYro> recorded_yro(const OutcomeDetails& outcome, Date date_of_birth,
                                        std::string home_district_code, std::vector<Requirement> requirements) {
  auto kind = yro_kind_for(outcome.outcome_type);
  if (!kind) return std::nullopt;
  ProposedYro order;
  order.kind = *kind;
  order.conviction_date = outcome.outcome_date;
  order.date_of_birth = date_of_birth;
  order.takes_effect = outcome.start_date.value_or(outcome.outcome_date);
  if (outcome.length_months) {
    order.end_date = add_months(order.takes_effect, *outcome.length_months);
  } else if (outcome.end_date) {
    order.end_date = *outcome.end_date;
  } else {
    order.end_date = add_months(order.takes_effect, yro_limits_on(order.conviction_date).order_max_months);
  }
  order.home_district_code = std::move(home_district_code);
  order.requirements = std::move(requirements);
  return order;
}

}  // namespace pathway::justice
