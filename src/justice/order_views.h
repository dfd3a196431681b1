#pragma once
// The outcome's own page (/children/{id}/outcomes/{outcome}) in plain words: what was
// decided and on which offences, the order's dates (expected and actual end), how it
// ended, a detention and training order's release dates with the remand time counted,
// and the order's progress: warnings (with the count in the last 12 months), breach
// proceedings, a referral order's extensions and revocation. Pure.
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "justice/dto_release.h"
#include "justice/offences.h"
#include "justice/order_progress.h"
#include "justice/outcomes.h"
#include "web/view_data.h"

namespace pathway::justice {

struct OrderPage {
  const Outcome& outcome;
  const std::vector<Offence>& offences;  // the child's own
  const OrderProgress& progress;
  std::optional<Date> expected_end;                // order_terms.h expected_end
  const std::optional<Result<DtoRelease>>& release; // a detention and training order's
  Date today;
  std::string child_href;  // "/children/{id}"
  bool may_change = false;
};

// The page's data: {outcome (outcome_row), is_order, expected_end, links: [{text, href}],
// release, warnings, warnings_in_year, breaches, extensions, revocation, change links}.
web::ViewData order_page_data(const OrderPage& page);

// "Youth rehabilitation order, 3 March 2025": how a form names the order it is about.
std::string order_caption(const Outcome& outcome);

}  // namespace pathway::justice
