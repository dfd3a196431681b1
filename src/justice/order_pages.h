#pragma once
// What the outcome's page and the forms of an order in progress share: the child and the
// outcome named in the address (/children/{id}/outcomes/{outcome}/...).
#include <optional>
#include <string>

#include "children/child_repository.h"
#include "justice/outcomes.h"
#include "web/app.h"

namespace pathway::web {

struct OrderAddress {
  children::ChildSummary summary;
  justice::Outcome outcome;
  std::string child_href;    // "/children/{id}"
  std::string outcome_href;  // "/children/{id}/outcomes/{outcome}"
};

struct OrderLookup {
  std::optional<OrderAddress> order;  // set when the child and the outcome are there
  std::optional<Response> refusal;    // otherwise: "Child not found" or "Outcome not found"
};

// The child and the child's outcome in the address.
OrderLookup find_order(PageContext& context, store::Connection& connection);

// The forms: the end of an order, a warning, breach proceedings, a referral order's
// extension and revocation (justice/order_form_pages.cpp).
void add_order_form_pages(Routes& routes);

// The outcome's page and the forms above.
void add_order_pages(Routes& routes);

}  // namespace pathway::web
