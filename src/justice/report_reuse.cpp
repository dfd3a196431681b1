#include "justice/report_reuse.h"

#include "justice/periods.h"
#include "justice/rule_versions.h"

namespace pathway::justice {

const std::vector<ReportReuseRule>& report_reuse_rules() {
  static const std::vector<ReportReuseRule> versions = {{since_records_began, 3}};
  return versions;
}

std::vector<RuleBreach> report_reuse_breaches(const PreSentenceReport& report, Date needed_on) {
  const ReportReuseRule& rule = rule_in_force(report_reuse_rules(), needed_on);
  std::vector<RuleBreach> breaches;
  Date too_old_from = add_months(report.written_on, rule.under_months);
  if (needed_on < report.written_on) {
    breaches.push_back({"written_on", "it is after the day the report is needed (" + to_display(needed_on) + ")"});
  } else if (!(needed_on < too_old_from)) {
    breaches.push_back({"written_on", "it is " + std::to_string(rule.under_months) + " months old or more on " +
                                          to_display(needed_on) + " (it could be reused until " +
                                          to_display(add_days(too_old_from, -1)) + "): write a new report"});
  }
  if (!report.quality_assured) {
    breaches.push_back({"quality_assured", "it has not been quality-assured: have it assured, or write a new report"});
  }
  if (!report.last_assessment_on) {
    breaches.push_back({"last_assessment_on", "no assessment is recorded for it to rest on: complete one"});
  } else if (report.significant_change_since_assessment) {
    breaches.push_back({"significant_change_since_assessment",
                        "something significant has changed since the assessment of " +
                            to_display(*report.last_assessment_on) + ": update the assessment and write a new report"});
  }
  return breaches;
}

}  // namespace pathway::justice
