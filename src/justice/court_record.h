#pragma once
// A child's court record in the store: the hearings of their case with each one's result,
// and the reports the court asked the service for, each for one hearing. The rules a record
// meets are checked before it gets here (justice/court_rules.h); the caller holds the
// transaction of every write.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "justice/corrections.h"
#include "store/database.h"

namespace pathway::justice {

struct HearingDetails {
  std::string court;
  Date hearing_date{};
  std::string purpose;  // one of hearing_purposes()
};

struct HearingResult {
  std::string result;                // one of hearing_results()
  std::optional<Date> adjourned_to;  // the next hearing, when fixed
  std::string notes;                 // "" when none
};

struct Hearing {
  std::int64_t id = 0;
  HearingDetails details;
  std::optional<HearingResult> result;  // nullopt until recorded
};

// The child's hearings, oldest first. Throws StoreError.
std::vector<Hearing> hearings_of_child(store::Connection& connection, std::int64_t child_id);

// Adds a hearing to the child's case; returns its id. Throws StoreError.
std::int64_t create_hearing(store::Connection& connection, std::int64_t child_id, const HearingDetails& details);

// Records the result of `hearing` (of child `child_id`), or corrects it: a result that
// replaces one recorded keeps the version it replaces with who corrected it and why
// (justice/corrections.h). Returns the fields that changed ("result", "adjourned_to",
// "result_notes"); empty when nothing did and nothing was written. Throws StoreError.
std::vector<std::string> record_hearing_result(store::Connection& connection, std::int64_t child_id,
                                               const Hearing& hearing, const HearingResult& result,
                                               const CorrectionBy& by);

struct ReportRequest {
  std::int64_t hearing_id = 0;  // one of the child's hearings
  std::string report_type;      // one of court_report_types()
  Date asked_on{};
  Date due_on{};
};

struct CourtReport {
  std::int64_t id = 0;
  ReportRequest request;
  std::string status;  // one of court_report_statuses()
  std::optional<Date> submitted_on;
  std::optional<Date> assessment_on;  // the assessment it rests on
  std::optional<Date> quality_assured_on;
  std::optional<std::int64_t> reused_report_id;  // the earlier report given to the court again
};

// The child's reports, by due date, oldest first. Throws StoreError.
std::vector<CourtReport> reports_of_child(store::Connection& connection, std::int64_t child_id);

// Records a report asked for, to be written; returns its id. Throws StoreError.
std::int64_t ask_for_report(store::Connection& connection, std::int64_t child_id, const ReportRequest& request);

// Records a report asked for and met by giving `reused` to the court again: it stands as
// that report did (its dates, its assessment, quality-assured) and names it. Returns its
// id. Throws StoreError.
std::int64_t reuse_report(store::Connection& connection, std::int64_t child_id, const ReportRequest& request,
                          const CourtReport& reused);

// Records where the report stands now: submitted (with its assessment), or quality-assured.
// Throws StoreError.
void record_report_progress(store::Connection& connection, const CourtReport& report);

// Every court's name recorded in the service, on a hearing or a court outcome, in
// alphabetical order: the names the forms suggest. Throws StoreError.
std::vector<std::string> court_names_in_use(store::Connection& connection);

}  // namespace pathway::justice
