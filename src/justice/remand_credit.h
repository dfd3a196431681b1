#pragma once
// Remand credit for a detention and training order: how many days of the time a child
// spent remanded before the order count as already served. Keyed by the date the ORDER
// WAS MADE (domain.md):
// - made on or after 28 June 2022: every day remanded to youth detention accommodation
//   counts as a day served (Criminal Justice Act 2003 s. 240ZA), and half the days on bail
//   with an electronically monitored curfew of at least 9 hours a day, rounded up
//   (s. 240A), both as amended by the Police, Crime, Sentencing and Courts Act 2022
//   Sch. 16 (s. 160); remand to local authority accommodation does not count;
// - made before: nothing is deducted afterwards; the court took the remand into account
//   when it set the term (Sentencing Act 2020 s. 239).
// How days are counted (decided here, as time served is usually counted): a remand
// counts its first and its last day, so a remand that starts and ends on the same day is
// one day; a day counts once however many remands cover it, as custody when any of them
// is a remand to youth detention (s. 240ZA(5); s. 240A step 1 leaves out a bail day whose
// last part was spent in custody); only days before the order's date count, since the
// order itself runs from its first day. The caller passes only the remands connected with
// the offences the order is for. Pure: no database, no clock.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/result.h"
#include "justice/record_rules.h"

namespace pathway::justice {

// A curfew imposed as a condition of bail, as the court set it.
struct BailCurfew {
  int hours_a_day = 0;                    // 1 to 24
  bool electronically_monitored = false;  // a tag
};

// One remand, as the exchange format records it (remand_type, start_date, end_date), with
// the curfew condition of a bail remand, which the format does not carry: say it
// explicitly, since only a qualifying curfew earns credit.
struct RemandPeriod {
  RemandFacts remand;                // end_date empty: still running on the order's date
  std::optional<BailCurfew> curfew;  // bail only (not unconditional bail); empty: none
};

// The version of the remand credit rule for orders made from `starts_on`.
struct RemandCreditRule {
  Date starts_on;
  bool deducted = false;            // whether remand is deducted after the order
  int qualifying_curfew_hours = 0;  // the least hours a day a tagged curfew needs
  std::string source;               // the law, for the page that shows the credit
};

// The versions, oldest first (see rule_versions.h).
const std::vector<RemandCreditRule>& remand_credit_rules();

struct RemandCredit {
  const RemandCreditRule* rule = nullptr;  // the version for the order's date
  int custody_days = 0;                    // days remanded to youth detention accommodation
  int qualifying_bail_days = 0;            // other days on bail with a qualifying curfew
  int local_authority_days = 0;            // other days remanded to local authority accommodation
  int days_credited = 0;                   // what counts as served: 0 when the rule deducts nothing
};

// The credit for an order made on `order_date` after `remands`. An error (kind invalid,
// message saying which remand and why) for a remand whose type is not one of the
// format's, whose end is before its start, or whose curfew is on something other than
// conditional bail or has hours outside 1 to 24.
Result<RemandCredit> remand_credit(Date order_date, const std::vector<RemandPeriod>& remands);

}  // namespace pathway::justice
