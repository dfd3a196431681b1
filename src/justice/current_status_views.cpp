#include "justice/current_status_views.h"

#include <cctype>

#include "justice/record_labels.h"

namespace pathway::justice {

namespace {

// "started 3 March 2025, expected to end 2 March 2026", from what is known of the order.
std::string order_dates(const CurrentOrder& order) {
  std::string text = order.start_date ? "started " + to_display(*order.start_date)
                                      : "made " + to_display(order.outcome_date);
  if (order.end_date) return text + ", ends " + to_display(*order.end_date);
  if (order.expected_end) return text + ", expected to end " + to_display(*order.expected_end);
  return text + ", end not recorded";
}

std::string remand_text(const CurrentRemand& remand) {
  return remand_type_label(remand.remand_type) + " since " + to_display(remand.start_date) +
         (remand.end_date ? ", until " + to_display(*remand.end_date) : "");
}

std::string custody_text(const CurrentCustody& custody) {
  return custody.establishment + " (" + establishment_type_label(custody.establishment_type) + ") since " +
         to_display(custody.start_date);
}

}  // namespace

web::ViewData current_status_data(const CurrentStatus& status, const std::string& child_href) {
  web::ViewData data;
  web::ViewList orders;
  for (const auto& order : status.orders) {
    web::ViewData item;
    item.set("type", outcome_type_label(order.outcome_type));
    item.set("dates", order_dates(order));
    item.set("href", child_href + "/outcomes/" + std::to_string(order.outcome_id));
    orders.push_back(std::move(item));
  }
  data.set("has_orders", !orders.empty());
  data.set("orders", std::move(orders));
  data.set("remand", status.remand ? remand_text(*status.remand) : "None");
  data.set("custody", status.custody ? custody_text(*status.custody) : "Not in custody");
  // false, not absent: the page's own data must not answer for it.
  auto looked_after = looked_after_by_remand_text(status);
  if (looked_after) {
    data.set("looked_after", *looked_after);
  } else {
    data.set("looked_after", false);
  }
  return data;
}

std::optional<std::string> looked_after_by_remand_text(const CurrentStatus& status) {
  if (!status.looked_after_by_remand()) return std::nullopt;
  std::string reason = remand_type_label(status.remand->remand_type);
  reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
  return "Yes (" + reason + ")";
}

}  // namespace pathway::justice
