#include "practice/contacts/running_orders.h"

#include "justice/current_status.h"
#include "justice/record_labels.h"
#include "practice/contacts/contact_views.h"

namespace pathway::practice {

std::vector<WarnableOrder> orders_running_on(store::Connection& connection, std::int64_t child_id, Date day) {
  std::vector<WarnableOrder> orders;
  for (const auto& order : justice::current_status(connection, child_id, day).orders) {
    if (order.outcome_date > day) continue;
    orders.push_back({order.outcome_id,
                      justice::outcome_type_label(order.outcome_type) + " made " + to_display(order.outcome_date)});
  }
  return orders;
}

web::ViewList order_choices(const std::vector<WarnableOrder>& orders, const std::string& chosen,
                            const std::string& blank) {
  web::ViewList choices{choice("", blank, chosen.empty())};
  for (const auto& order : orders) {
    std::string value = std::to_string(order.outcome_id);
    choices.push_back(choice(value, order.label, value == chosen));
  }
  return choices;
}

}  // namespace pathway::practice
