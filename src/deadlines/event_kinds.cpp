#include "deadlines/event_kinds.h"

#include <algorithm>

namespace pathway::deadlines::kinds {

namespace {

constexpr EventKind all[] = {
    {referral_order_made, "a referral order made", true},
    {referral_order_contract_signed, "the referral order contract signed at the first panel", true},
    {court_report_requested, "a court report asked for", true},
    {court_report_submitted, "the court report submitted", true},
    {caution_needing_assessment, "a youth conditional caution or a second youth caution", true},
    {dto_release_date_known, "a detention and training order's release date", true},
    {appointment_attended, "an appointment attended", false},
    {assessment_completed, "an assessment completed", false},
    {plan_review_due, "a plan's review date set", false},
    {plan_reviewed, "the plan reviewed", false},
    {accommodation_confirmed, "accommodation confirmed for release", false},
};

}  // namespace

std::span<const EventKind> event_kinds() { return all; }

const EventKind* find_event_kind(std::string_view code) {
  auto found = std::find_if(std::begin(all), std::end(all), [code](const EventKind& kind) { return kind.code == code; });
  return found == std::end(all) ? nullptr : found;
}

}  // namespace pathway::deadlines::kinds
