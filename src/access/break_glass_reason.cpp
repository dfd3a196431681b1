#include "access/break_glass_reason.h"

#include "access/access_reason.h"
#include "core/text.h"

namespace pathway::access {

const std::vector<BreakGlassReasonChoice>& break_glass_reason_choices() {
  static const std::vector<BreakGlassReasonChoice> choices = {
      {"out_of_hours", "Out-of-hours duty"},
      {"court_duty", "Court duty"},
      {"safeguarding", "Safeguarding concern"},
      {"other", "Other"},
  };
  return choices;
}

BreakGlassReasonCheck check_break_glass_reason(std::string_view choice, std::string_view details) {
  BreakGlassReasonCheck check;
  const BreakGlassReasonChoice* chosen = nullptr;
  for (const auto& candidate : break_glass_reason_choices()) {
    if (candidate.code == choice) chosen = &candidate;
  }
  if (!chosen) check.choice_error = "Select why you need to open this record";
  std::string said;
  bool other = chosen && chosen->code == "other";
  if (other || !trim(details).empty()) {
    auto typed = read_access_reason(details, "Enter why you need to open this record");
    if (typed) {
      said = typed.value();
    } else {
      check.details_error = typed.error().message;
    }
  }
  if (!chosen || !check.details_error.empty()) return check;
  check.reason = std::string(chosen->label) + (said.empty() ? "" : ": " + said);
  return check;
}

}  // namespace pathway::access
