#pragma once
// Whether an existing pre-sentence report may be given to the court again instead of a
// new one (YJB case management guidance, "How to use reports"): only if it is under
// 3 months old on the day it is needed, it was quality-assured, and nothing significant
// has changed since the last assessment. Keyed by the day the report is needed. Pure: no
// database, no clock (the caller passes the day).
#include <optional>
#include <vector>

#include "core/dates.h"
#include "justice/record_rules.h"

namespace pathway::justice {

// The version of the rule for reports needed from `starts_on`.
struct ReportReuseRule {
  Date starts_on;
  int under_months = 0;  // a report is reusable while younger than this
};

// The versions, oldest first (see rule_versions.h).
const std::vector<ReportReuseRule>& report_reuse_rules();

struct PreSentenceReport {
  Date written_on;                         // the day it was completed
  bool quality_assured = false;            // by a manager, as the service's practice requires
  std::optional<Date> last_assessment_on;  // the assessment it rests on
  // What the case manager records: something significant (a new offence, a change of
  // home, school or risk) has happened since that assessment.
  bool significant_change_since_assessment = false;
};

// Why `report` may not be reused on `needed_on`, by field: "written_on" (3 months old or
// more, or written after needed_on), "quality_assured", "last_assessment_on" (none
// recorded), "significant_change_since_assessment". Empty: it may be reused.
std::vector<RuleBreach> report_reuse_breaches(const PreSentenceReport& report, Date needed_on);

}  // namespace pathway::justice
