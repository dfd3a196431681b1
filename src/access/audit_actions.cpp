#include "access/audit_actions.h"

#include <algorithm>

namespace pathway::access {

const std::vector<AuditActionWords>& audit_actions() {
  static const std::vector<AuditActionWords> actions = {
      {"child.view", "Opened the record"},
      {"child.history", "Opened the record's history"},
      {"child.list", "Saw in a list or search results"},
      {"child.possible_duplicates", "Was shown as a possible duplicate"},
      {"child.restricted_match", "Typed details matching a restricted record (not shown to them)"},
      {"child.create", "Added the child"},
      {"child.edit", "Opened the correction form"},
      {"child.update", "Corrected the record"},
      {"child.refused", "Was refused the record (outside their access)"},
      {"child.break_glass", "Opened the record outside their access, giving a reason (break glass)"},
      {"child.viewers", "Checked who has seen the record"},
      {"child.allocation", "Opened the record's allocation"},
      {"child.chronology", "Opened the record's chronology"},
      {"child.allocate", "Allocated the case to a case manager"},
      {"child.add_practitioner", "Added a practitioner to the case"},
      {"child.change_intensity", "Changed the case's intensity"},
      {"child.end_allocation", "Ended an allocation"},
      {"child.break_glass_form", "Opened the emergency access form"},
      {"child.restriction", "Opened the record's restriction"},
      {"child.restrict", "Restricted the record"},
      {"child.unrestrict", "Lifted the record's restriction"},
      {"child.restriction_named", "Named someone on the restricted record"},
      {"child.restriction_unnamed", "Took someone off the restricted record"},
      {"child.sharing", "Opened the record's sharing with partners"},
      {"child.shared", "Shared the record with a partner"},
      {"child.share_stopped", "Stopped sharing the record with a partner"},
      {"child.offences", "Opened the record's offences and outcomes"},
      {"child.offence_form", "Opened the form to record or correct an offence"},
      {"child.outcome_form", "Opened the form to record an outcome"},
      {"performance.children", "Saw in the list of children behind a performance figure"},
      {"measure_target.set", "Set a target for a performance measure"},
      {"measure_target.clear", "Cleared a target for a performance measure"},
      {"offence.create", "Recorded an offence"},
      {"offence.update", "Corrected an offence"},
      {"outcome.create", "Recorded an outcome"},
      {"child.custody", "Opened the record's remands and custody"},
      {"child.remand_form", "Opened a form to record or end a remand"},
      {"child.custody_form", "Opened a form to record custody, a release or a transfer"},
      {"remand.create", "Recorded bail or a remand"},
      {"remand.end", "Ended a remand"},
      {"custody.create", "Recorded custody"},
      {"custody.release", "Recorded a release from custody"},
      {"custody.transfer", "Recorded a transfer between establishments"},
      {"child.requirements", "Opened the requirements of a youth rehabilitation order"},
      {"child.requirement_form", "Opened the form to add a requirement to a youth rehabilitation order"},
      {"child.progress_form", "Opened the form to record progress on a requirement"},
      {"requirement.create", "Added a requirement to a youth rehabilitation order"},
      {"requirement.progress", "Recorded progress on a requirement of a youth rehabilitation order"},
      {"requirement.correct", "Corrected a requirement of a youth rehabilitation order"},
      {"child.outcome", "Opened an outcome and the progress of its order"},
      {"child.order_form", "Opened a form of an order in progress"},
      {"outcome.end", "Recorded the end or progress of an order"},
      {"outcome.warning", "Recorded a warning on an order"},
      {"outcome.breach", "Recorded breach proceedings on an order"},
      {"outcome.breach_correction", "Corrected breach proceedings on an order"},
      {"outcome.extension", "Extended a referral order"},
      {"outcome.revocation", "Revoked a referral order"},
      {"child.court", "Opened the record's court hearings and reports"},
      {"child.hearing_form", "Opened the form to add a court hearing"},
      {"child.hearing_result_form", "Opened the form to record a hearing's result"},
      {"child.report_form", "Opened the form to ask for a court report"},
      {"child.report_progress_form", "Opened the form to record a court report submitted or quality-assured"},
      {"child.decision_panel", "Opened the joint decision panel of an out-of-court decision"},
      {"hearing.create", "Added a court hearing"},
      {"hearing.result", "Recorded a hearing's result"},
      {"report.ask", "Recorded a court report asked for"},
      {"report.reuse", "Gave the court again a recent pre-sentence report"},
      {"report.progress", "Recorded a court report submitted or quality-assured"},
      {"outcome.decision_panel", "Recorded the joint decision panel of an out-of-court decision"},
      {"caseload.mine", "Saw in their own caseload"},
      {"caseload.worker", "Saw in a worker's caseload"},
      {"caseload.unallocated", "Saw among the unallocated cases"},
      {"reoffending.cohort", "Saw in a reoffending cohort's list of children"},
      {"restricted_records.list", "Saw in the list of restricted records"},
      {"home.view", "Saw on their home page (court reports to write, records opened with emergency access)"},
      {"access.refused", "Was refused a page their role does not include"},
      {"audit.search", "Searched the audit trail"},
      {"audit.export", "Exported the audit trail"},
      {"sign_in", "Signed in"},
      {"sign_in_failed", "Failed to sign in"},
      {"sign_out", "Signed out"},
      {"staff.create", "Created the account"},
      {"staff.disable", "Disabled the account"},
      {"staff.enable", "Enabled the account"},
      {"staff.unlock", "Unlocked the account's sign-in"},
      {"staff.reset_password", "Reset the account's password"},
      {"staff.update", "Changed the account"},
      {"staff.change_password", "Changed their own password"},
      {"staff.require_password_change", "Required a new password at next sign-in"},
      {"staff.reset_two_factor", "Reset the account's two-factor sign-in"},
      {"two_factor.enrol", "Set up two-factor sign-in"},
      {"two_factor.sign_in", "Signed in with the second factor"},
      {"two_factor.refused", "Gave a wrong or used second-factor code"},
      {"two_factor.recovery_codes", "Made new recovery codes"},
      {"team.create", "Created the team"},
      {"team.update", "Changed the team"},
      {"team.deactivate", "Closed the team"},
      {"team.reactivate", "Reopened the team"},
      {"establishment.create", "Added the establishment"},
      {"establishment.update", "Changed the establishment"},
      {"establishment.retire", "Retired the establishment"},
      {"establishment.reinstate", "Reinstated the establishment"},
      {"area.rename", "Renamed the area"},
      {"district.rename", "Renamed the district"},
      {"setting.change", "Changed a service setting"},
      {"service_settings.change", "Changed which roles must use two-factor sign-in"},
      {"exchange.import", "Imported an exchange file"},
      {"exchange.export", "Exported an exchange file"},
      {"database.copy", "Copied the database in"},
      {"demo.create", "Created the demo county"},
      {"board_report.start", "Asked for a board report"},
      {"board_report.download", "Downloaded a board report file"},
  };
  return actions;
}

namespace {
const AuditActionWords* find(std::string_view action) {
  const auto& actions = audit_actions();
  auto found = std::find_if(actions.begin(), actions.end(), [&](const auto& entry) { return entry.action == action; });
  return found == actions.end() ? nullptr : &*found;
}
}  // namespace

std::string describe_audit_action(std::string_view action) {
  const auto* found = find(action);
  return std::string(found ? found->words : action);
}

bool is_known_audit_action(std::string_view action) { return find(action) != nullptr; }

}  // namespace pathway::access
