#include "justice/dto_release.h"

#include <algorithm>

#include "justice/periods.h"
#include "justice/record_rules.h"
#include "justice/rule_versions.h"

namespace pathway::justice {

namespace {

// The band for a term, or nullptr for a term too short for any.
const DtoReleaseBand* band_for(const DtoReleaseRule& rule, int term_months) {
  const DtoReleaseBand* found = nullptr;
  for (const auto& band : rule.bands) {
    if (term_months >= band.term_months_from) found = &band;
  }
  return found;
}

void add_windows(DtoRelease& release, const DtoReleaseBand& band) {
  Date earliest = std::max(release.order_date, add_months(release.release_date, -band.early_months));
  Date latest = add_days(release.release_date, -1);
  if (!(latest < earliest)) release.early_release = DateSpan{earliest, latest};
  for (int months : band.late_months) release.late_release_dates.push_back(add_months(release.release_date, months));
}

}  // namespace

const std::vector<DtoReleaseRule>& dto_release_rules() {
  // s. 241(4), (5); the same wording as the Crime and Disorder Act 1998 s. 102 before it.
  static const std::vector<DtoReleaseRule> versions = {
      {since_records_began, {{8, 1, {1}}, {18, 2, {1, 2}}}},
  };
  return versions;
}

Result<DtoRelease> dto_release(Date order_date, int term_months, const std::vector<RemandPeriod>& remands) {
  if (auto breach = dto_term_breach(term_months, order_date))
    return Error{ErrorKind::invalid, "The term: " + *breach + "."};
  auto credit = remand_credit(order_date, remands);
  if (!credit) return credit.error();

  DtoRelease release;
  release.order_date = order_date;
  release.term_months = term_months;
  Date expiry = last_day_of_months(order_date, term_months);
  release.term_days = days_counting_both_ends(order_date, expiry);
  release.halfway_days = (release.term_days + 1) / 2;
  release.halfway_date = add_days(order_date, release.halfway_days - 1);
  release.credit = credit.value();
  int credited = release.credit.days_credited;
  release.release_date = std::max(order_date, add_days(release.halfway_date, -credited));
  release.released_on_order_date = release.release_date == order_date;
  release.order_end = std::max(order_date, add_days(expiry, -credited));
  if (!(release.order_end < release.release_date)) {
    release.community_supervision = DateSpan{release.release_date, release.order_end};
  }
  const DtoReleaseBand* band = band_for(rule_in_force(dto_release_rules(), order_date), term_months);
  if (band && !release.released_on_order_date) add_windows(release, *band);
  return release;
}

}  // namespace pathway::justice
