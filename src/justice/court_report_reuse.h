#pragma once
// Giving the court again a pre-sentence report it already has (justice/report_reuse.h
// holds the rule): which of a child's reports to offer when a new one is asked for, and why
// one chosen may not be reused. Pure.
#include <vector>

#include "core/dates.h"
#include "justice/court_record.h"
#include "justice/record_rules.h"

namespace pathway::justice {

// Why `report` may not be reused for a hearing on `needed_on`: not a pre-sentence report,
// not yet written (column "written_on"), or what report_reuse_breaches says, the worker
// having confirmed (or not) that nothing significant has changed since its assessment.
// Empty: it may be reused.
std::vector<RuleBreach> court_report_reuse_breaches(const CourtReport& report, Date needed_on,
                                                    bool nothing_significant_changed);

// The reports to offer for reuse on `needed_on`: those the rule allows, once the worker
// confirms nothing significant has changed. Newest written first.
std::vector<CourtReport> reports_to_offer(const std::vector<CourtReport>& reports, Date needed_on);

}  // namespace pathway::justice
