#pragma once
// Every page Pathway renders, declared in this one place with the template it uses and
// whether it shows personal data: a child's name, date of birth, record or history, or a
// list of children. render_page (web/page.h) takes these declarations, not template names,
// so a page cannot be rendered without being declared here; and it refuses to render a
// page that shows personal data unless the request has already recorded, durably, who was
// shown it (PageContext::record_view). One template may serve two pages, one of each kind:
// the form for adding a child shows only what the user typed until it warns of possible
// duplicates, which are other children's records.
#include <string_view>

namespace pathway::web {

// A page that shows no personal data from the records.
struct PageTemplate {
  std::string_view name;  // the template file under templates/, without ".mustache"
};

// A page that shows personal data: rendered only after its audit event is recorded.
struct PersonalDataTemplate {
  std::string_view name;
};

namespace pages {

inline constexpr PageTemplate home{"home"};
inline constexpr PageTemplate accessibility{"accessibility"};
inline constexpr PageTemplate privacy{"privacy"};
inline constexpr PageTemplate sign_in{"sign_in"};
inline constexpr PageTemplate message{"message"};  // 404, 403, 500...: a heading and a sentence
// Two-factor sign-in: the second step, enrolling, one's own status, recovery codes shown
// once, and the administrator's page (roles that must use it; who has enrolled, by name).
inline constexpr PageTemplate two_factor_code{"two_factor/code"};
inline constexpr PageTemplate two_factor_enrol{"two_factor/enrol"};
inline constexpr PageTemplate two_factor_status{"two_factor/status"};
inline constexpr PageTemplate two_factor_recovery_codes{"two_factor/recovery_codes"};
inline constexpr PageTemplate two_factor_roles{"two_factor/roles"};
// The search form with a mistake in what was typed: no search was run, no child is listed.
inline constexpr PageTemplate children_search_errors{"children/list"};
// Adding a child: the blank form, or what the user typed with its errors or age warning.
inline constexpr PageTemplate new_child_form{"children/form"};
// Your own password, and the administrator's pages: accounts, teams, places, settings.
// Staff accounts are not the records personal data pages are about (children).
inline constexpr PageTemplate change_password{"account/password"};
inline constexpr PageTemplate accounts{"admin/accounts"};
inline constexpr PageTemplate accounts_review{"admin/accounts_review"};
inline constexpr PageTemplate account{"admin/account"};
inline constexpr PageTemplate account_form{"admin/account_form"};
inline constexpr PageTemplate password_shown{"admin/password_shown"};  // a new password, shown once
inline constexpr PageTemplate teams{"admin/teams"};
inline constexpr PageTemplate team_form{"admin/team_form"};
inline constexpr PageTemplate places{"admin/places"};
inline constexpr PageTemplate place_form{"admin/place_form"};
inline constexpr PageTemplate settings{"admin/settings"};
inline constexpr PageTemplate establishments{"admin/establishments"};
inline constexpr PageTemplate establishment_form{"admin/establishment_form"};
// The audit search form with a mistake in what was typed: no search was run.
inline constexpr PageTemplate audit_search_errors{"audit/search"};
// Board reports (src/performance/board_report_pages.cpp): figures only, no child's record.
inline constexpr PageTemplate board_reports{"performance/board_reports"};
inline constexpr PageTemplate board_report_job{"performance/board_report_job"};

// The home page naming children: records opened with emergency access
// (web/home_emergency_access.h), court reports to write (web/home_reports_due.h), early
// warnings (web/home_early_warnings.h).
inline constexpr PersonalDataTemplate home_naming_children{"home"};
inline constexpr PersonalDataTemplate children_list{"children/list"};
inline constexpr PersonalDataTemplate child_record{"children/view"};
inline constexpr PersonalDataTemplate child_history{"children/history"};
// The child's justice record as a timeline, with its filters (src/justice/chronology_pages).
inline constexpr PersonalDataTemplate child_chronology{"children/chronology"};
// Correcting a child's record (with its errors, warnings, or others' changes since it was
// opened), or any form that warns of possible duplicates.
inline constexpr PersonalDataTemplate child_form{"children/form"};
// Who may reach one record: emergency access, restriction to named staff, partner sharing.
inline constexpr PersonalDataTemplate child_break_glass{"children/break_glass"};
inline constexpr PersonalDataTemplate child_restriction{"children/restriction"};
inline constexpr PersonalDataTemplate child_sharing{"children/sharing"};
inline constexpr PersonalDataTemplate restricted_records{"restricted_records"};
// A child's offences and outcomes (src/justice): the page, and the forms to record or
// correct an offence (naming co-defendants) and to record an outcome.
inline constexpr PersonalDataTemplate child_offences{"justice/offences"};
inline constexpr PersonalDataTemplate offence_form{"justice/offence_form"};
inline constexpr PersonalDataTemplate outcome_form{"justice/outcome_form"};
// A child's remands and custody episodes (src/justice/custody_pages.cpp): the page, and the
// forms to record a remand or end one, record a custody episode, a release or a transfer.
inline constexpr PersonalDataTemplate child_custody{"justice/custody"};
inline constexpr PersonalDataTemplate remand_form{"justice/remand_form"};
inline constexpr PersonalDataTemplate custody_form{"justice/custody_form"};
inline constexpr PersonalDataTemplate custody_date_form{"justice/custody_date_form"};
// A youth rehabilitation order's requirements with their progress, and the forms to add a
// requirement and to record progress (src/justice/requirement_pages.cpp).
inline constexpr PersonalDataTemplate order_requirements{"justice/requirements"};
inline constexpr PersonalDataTemplate requirement_form{"justice/requirement_form"};
inline constexpr PersonalDataTemplate progress_form{"justice/progress_form"};
// An outcome's own page (the order's dates, release, progress) and the forms of an order in
// progress (its end, a warning, breach proceedings, a referral order's extension, revocation).
inline constexpr PersonalDataTemplate child_outcome{"justice/outcome"};
inline constexpr PersonalDataTemplate order_form{"justice/order_form"};
// A child's court record: hearings and reports, and the forms to add a hearing, record its
// result, ask for (or reuse) a report and record it submitted or quality-assured; the joint
// decision panel of an out-of-court decision.
inline constexpr PersonalDataTemplate child_court{"justice/court"};
inline constexpr PersonalDataTemplate hearing_form{"justice/hearing_form"};
inline constexpr PersonalDataTemplate hearing_result_form{"justice/hearing_result_form"};
inline constexpr PersonalDataTemplate report_form{"justice/report_form"};
inline constexpr PersonalDataTemplate report_progress_form{"justice/report_progress_form"};
inline constexpr PersonalDataTemplate decision_panel{"justice/decision_panel"};

// A child's case formulation and intervention plan (src/practice/plans): the Plan tab, and
// the forms to write the formulation, add an objective, an action and a review.
inline constexpr PersonalDataTemplate child_plan{"practice/plan"};
inline constexpr PersonalDataTemplate formulation_form{"practice/formulation_form"};
inline constexpr PersonalDataTemplate objective_form{"practice/objective_form"};
inline constexpr PersonalDataTemplate plan_action_form{"practice/action_form"};
inline constexpr PersonalDataTemplate plan_review_form{"practice/review_form"};

// Allocation and caseloads (src/allocation): who works with a child; the children on a
// caseload; the cases waiting for a case manager. The team's caseloads count children but
// name only staff.
inline constexpr PersonalDataTemplate child_allocation{"allocation/child"};
inline constexpr PersonalDataTemplate my_caseload{"caseloads/mine"};
inline constexpr PersonalDataTemplate worker_caseload{"caseloads/worker"};
inline constexpr PersonalDataTemplate unallocated_cases{"caseloads/unallocated"};
inline constexpr PageTemplate team_caseloads{"caseloads/team"};
// The deadline engine (src/deadlines): a worker's tasks name children; the team's counts
// and the administrator's bank holidays and rules do not.
inline constexpr PersonalDataTemplate my_work{"deadlines/my_work"};
inline constexpr PersonalDataTemplate worker_work{"deadlines/worker"};
inline constexpr PageTemplate team_work{"deadlines/team"};
inline constexpr PageTemplate bank_holidays{"admin/bank_holidays"};
inline constexpr PageTemplate deadline_rules{"admin/deadline_rules"};
inline constexpr PageTemplate deadline_rule_form{"admin/deadline_rule_form"};
// The audit trail names people, records and what they searched for.
inline constexpr PersonalDataTemplate audit_search{"audit/search"};
inline constexpr PersonalDataTemplate record_viewers{"audit/viewers"};
// The live reoffending tracker (src/performance): a scope's cohorts in numbers only; a
// cohort's children, named as need to know allows, or the form with a mistake in it.
inline constexpr PageTemplate reoffending_tracker{"performance/reoffending"};
inline constexpr PersonalDataTemplate reoffending_cohort{"performance/reoffending_cohort"};
inline constexpr PageTemplate reoffending_cohort_errors{"performance/reoffending_cohort"};
// The YJB's key performance indicators: figures only.
inline constexpr PageTemplate yjb_indicators{"performance/yjb"};
// A child's assessments (src/practice/assessments): the list, choosing a template, the
// form, one assessment, two side by side. The templates themselves hold no child's data.
inline constexpr PersonalDataTemplate assessments{"practice/assessments"};
inline constexpr PersonalDataTemplate assessment_start{"practice/assessment_start"};
inline constexpr PersonalDataTemplate assessment_form{"practice/assessment_form"};
inline constexpr PersonalDataTemplate assessment{"practice/assessment"};
inline constexpr PersonalDataTemplate assessment_compare{"practice/assessment_compare"};
inline constexpr PageTemplate assessment_templates{"practice/assessment_templates"};
inline constexpr PageTemplate assessment_template{"practice/assessment_template"};
// A child's case notes (one note with its corrections, the form for a note or a
// correction), safeguarding and risk flags (their forms) and network (src/practice/).
inline constexpr PersonalDataTemplate case_notes{"practice/case_notes"};
inline constexpr PersonalDataTemplate case_note{"practice/case_note"};
inline constexpr PersonalDataTemplate case_note_form{"practice/case_note_form"};
inline constexpr PersonalDataTemplate child_flags{"practice/flags"};
inline constexpr PersonalDataTemplate flag_form{"practice/flag_form"};
inline constexpr PersonalDataTemplate child_network{"practice/network"};
inline constexpr PersonalDataTemplate network_member_form{"practice/network_member_form"};
// A child's circumstances with their early warnings and wider services, the form recording
// a change, and the forms adding or ending a wider service (src/practice/circumstances,
// src/practice/early_warnings, src/practice/wider_services).
inline constexpr PersonalDataTemplate child_circumstances{"practice/circumstances"};
inline constexpr PersonalDataTemplate circumstance_form{"practice/circumstance_form"};
inline constexpr PersonalDataTemplate wider_service_form{"practice/wider_service_form"};

}  // namespace pages

}  // namespace pathway::web
