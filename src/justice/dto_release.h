#pragma once
// When a child serving a detention and training order (DTO) is released, and when the
// order ends (Sentencing Act 2020 ss. 241, 242). Keyed by the date the ORDER WAS MADE
// (its start): the term it may have (record_rules.h, dto_term_breach) and the remand
// credit (remand_credit.h) depend on it; the release bands below have not changed.
//
// How "half the term" is counted, in days (the choice, and why; docs/sentencing-rules.md
// has worked examples):
// - the term is the period of `term_months` months beginning with the order's date: it
//   ends the day before the same date that many months on (a 12-month order made on
//   1 March 2021 ends on 28 February 2022), and its length in days counts both ends;
// - the halfway point is the day on which half of those days, rounded UP to a whole day,
//   have been served, the order's date being day 1. That is how the prison and youth
//   custody services count it (HMPPS sentence calculation policy framework): counting in
//   days, not "N/2 months", because months differ in length and since 28 June 2022 a term
//   may be an odd number of months; rounding up because a child never serves less than
//   half the term.
// - remand credit brings the halfway point and the end of the order forward by the days
//   credited (time served counts as part of the sentence); never before the order's date.
// Release windows (s. 241(4), (5)), around the halfway point after credit: for a term of
// 8 months to under 18 months the Secretary of State may release up to 1 month early and
// a youth court may order release 1 month late; for 18 months or more, up to 2 months
// early, and 1 or 2 months late; a term under 8 months has neither, and nor does a child
// released on the order's date because the credit covers the first half.
// The second half, from release to the end of the order, is supervised in the community
// by the youth justice service (s. 242). Pure: no database, no clock.
#include <optional>
#include <vector>

#include "core/dates.h"
#include "core/result.h"
#include "justice/remand_credit.h"

namespace pathway::justice {

// The release bands of s. 241: from `term_months_from` months, release may be up to
// `early_months` early and `late_months` late (each listed value one the court may order).
struct DtoReleaseBand {
  int term_months_from = 0;
  int early_months = 0;
  std::vector<int> late_months;
};

// The version of the release rule for orders made from `starts_on`.
struct DtoReleaseRule {
  Date starts_on;
  std::vector<DtoReleaseBand> bands;  // by term_months_from, ascending
};

// The versions, oldest first (see rule_versions.h).
const std::vector<DtoReleaseRule>& dto_release_rules();

// Days [first, last], both included.
struct DateSpan {
  Date first;
  Date last;
  bool operator==(const DateSpan&) const = default;
};

struct DtoRelease {
  Date order_date;
  int term_months = 0;
  int term_days = 0;                              // days of the whole term, both ends counted
  int halfway_days = 0;                           // half of term_days, rounded up
  Date halfway_date;                              // the day halfway_days ends, before remand credit
  RemandCredit credit;                            // how the credit was counted
  Date release_date;                              // halfway_date less the credit, not before order_date
  bool released_on_order_date = false;            // the credit covers the whole first half
  std::optional<DateSpan> early_release;          // days the Secretary of State may release on
  std::vector<Date> late_release_dates;           // dates a youth court may order release on
  Date order_end;                                 // the sentence expiry date, less the credit
  std::optional<DateSpan> community_supervision;  // the day of release to order_end
};

// The release dates of an order made on `order_date` for `term_months` months after
// `remands` (remand_credit.h says how they count). An error (kind invalid) when the term
// is not one the law allowed on that date (dto_term_breach's words) or a remand is wrong
// (remand_credit's).
Result<DtoRelease> dto_release(Date order_date, int term_months, const std::vector<RemandPeriod>& remands);

}  // namespace pathway::justice
