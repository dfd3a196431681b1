#pragma once
// The reason someone gives for breaking the glass on a record: one of the usual reasons,
// with details in their own words (required for "Other"), kept with the grant and in the
// audit trail as one sentence.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathway::access {

struct BreakGlassReasonChoice {
  std::string_view code;   // the radio's value, e.g. "court_duty"
  std::string_view label;  // "Court duty"
};

// The usual reasons, in the order the form offers them; "other" last.
const std::vector<BreakGlassReasonChoice>& break_glass_reason_choices();

struct BreakGlassReasonCheck {
  std::optional<std::string> reason;  // "Court duty: remanded overnight, ..." when valid
  std::string choice_error;           // GOV.UK messages, "" when that field is fine
  std::string details_error;
};

// Checks the chosen reason and the details typed. Errors: no known choice; details
// missing for "other"; details longer than access_reason.h allows or not clean text.
BreakGlassReasonCheck check_break_glass_reason(std::string_view choice, std::string_view details);

}  // namespace pathway::access
