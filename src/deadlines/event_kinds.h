#pragma once
// The kinds of event the deadline engine knows: each starts or closes tasks (rules.h).
// A feature that records events of a kind registers a source for it (event_sources.h);
// later features add their kinds here, so every name is in one place. A kind with no
// source yet is still a valid trigger or closing kind: its tasks simply never close (or
// never start) until the feature that records it is wired in.
#include <span>
#include <string_view>

namespace pathway::deadlines::kinds {

// The justice record (issue 9): src/justice/deadline_sources.cpp.
inline constexpr std::string_view referral_order_made = "referral_order_made";  // the sentence date
inline constexpr std::string_view referral_order_contract_signed = "referral_order_contract_signed";  // the order's start
inline constexpr std::string_view court_report_requested = "court_report_requested";  // the hearing's date
inline constexpr std::string_view court_report_submitted = "court_report_submitted";
// A youth conditional caution or a second youth caution: the YJS must assess (domain.md).
inline constexpr std::string_view caution_needing_assessment = "caution_needing_assessment";
inline constexpr std::string_view dto_release_date_known = "dto_release_date_known";  // the release date

// Practice (issue 11): recorded by the appointments and assessments features.
inline constexpr std::string_view appointment_attended = "appointment_attended";
inline constexpr std::string_view assessment_completed = "assessment_completed";

// Plans (issue 11): practice/plans/deadline_sources.cpp. A review date set (the trigger's
// date is the date the review is due) and a review held.
inline constexpr std::string_view plan_review_due = "plan_review_due";
inline constexpr std::string_view plan_reviewed = "plan_reviewed";

// Resettlement (issue 13).
inline constexpr std::string_view accommodation_confirmed = "accommodation_confirmed";

// What each kind is, in words, and whether it is recorded on the page of the task's
// subject (a court report's page, an order's page: task_links.h); a kind recorded
// elsewhere, or by a feature not yet built, links to the child's record.
struct EventKind {
  std::string_view code;
  std::string_view words;
  bool recorded_on_subject_page = false;
};

// Every kind above, in that order.
std::span<const EventKind> event_kinds();

// The kind named `code`; nullptr when there is none.
const EventKind* find_event_kind(std::string_view code);

}  // namespace pathway::deadlines::kinds
