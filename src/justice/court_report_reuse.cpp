#include "justice/court_report_reuse.h"

#include <algorithm>

#include "justice/court_vocabulary.h"
#include "justice/report_reuse.h"

namespace pathway::justice {

std::vector<RuleBreach> court_report_reuse_breaches(const CourtReport& report, Date needed_on,
                                                    bool nothing_significant_changed) {
  if (report.request.report_type != pre_sentence_report) {
    return {{"report_type", "only a pre-sentence report may be given to the court again"}};
  }
  if (!report.submitted_on) return {{"written_on", "the report has not been written yet"}};
  return report_reuse_breaches({*report.submitted_on, report.status == "quality_assured", report.assessment_on,
                                !nothing_significant_changed},
                               needed_on);
}

std::vector<CourtReport> reports_to_offer(const std::vector<CourtReport>& reports, Date needed_on) {
  std::vector<CourtReport> offered;
  for (const auto& report : reports) {
    if (court_report_reuse_breaches(report, needed_on, true).empty()) offered.push_back(report);
  }
  std::stable_sort(offered.begin(), offered.end(),
                   [](const CourtReport& a, const CourtReport& b) { return *b.submitted_on < *a.submitted_on; });
  return offered;
}

}  // namespace pathway::justice
