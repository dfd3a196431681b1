#pragma once
// Early warnings (issue 11 point 6): a child's circumstances changed for the worse, worked
// out from the records when a page is read (no background job, so a warning is there as
// soon as the change is saved). Every kind of warning is one rule of early_warning_rules():
// its code, its title and how it finds its changes; a later issue (victims, resettlement)
// adds a kind by adding a rule there. What counts as worse is in worse_circumstances.h.
//
// Who sees a warning: the staff allocated to the child, their line managers and the
// managers whose scope covers the case; and only when they may open the record now
// (restricted records never leak). Each person marks a warning as seen for themselves;
// until then it stays on their home page for early_warning_days.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "access/need_to_know.h"
#include "access/staff.h"
#include "core/dates.h"
#include "store/database.h"

namespace pathway::practice {

// How long a warning stays on the home page of those who have not marked it seen, and how
// far back the child's record lists them.
inline constexpr std::int64_t early_warning_days = 28;
inline constexpr std::int64_t record_warning_days = 365;

struct EarlyWarning {
  std::string key;    // the record that changed, unique across rules: "circumstance:12", "flag:3"
  std::string rule;   // the code of its rule
  std::string title;  // its rule's title: "Accommodation lost"
  std::int64_t child_id = 0;
  std::string child_public_id;
  std::string child_name;
  Date happened_on;              // when the change took effect (the date it applies from)
  std::int64_t recorded_at = 0;  // when it was recorded (Unix seconds)
  std::string what;              // what changed, in words
  std::string href;              // where the record shows it
};

// What a rule searches: the children a children row aliased `c` satisfying `children`
// takes in, and the changes recorded at or after `since` (Unix seconds).
struct WarningSearch {
  access::SqlCondition children;
  std::int64_t since = 0;
};

struct EarlyWarningRule {
  std::string_view code;
  std::string_view title;
  // The rule's warnings for the search, in any order; the caller sets `rule` and `title`.
  std::function<std::vector<EarlyWarning>(store::Connection&, const WarningSearch&)> find;
};

// Every rule, in the order a list names them: accommodation lost, accommodation
// unsuitable, ETE ended, ETE unsuitable, a new safeguarding or risk flag, two missed
// appointments in a row, a new arrest.
const std::vector<EarlyWarningRule>& early_warning_rules();

// The warnings of every rule for the search, newest recorded first. Throws StoreError.
std::vector<EarlyWarning> find_early_warnings(store::Connection& connection, const WarningSearch& search);

// The children whose warnings `viewer` is shown: allocated to them, allocated to someone
// they line-manage, or covered by their scope as a manager who allocates cases; and only
// those they may open at `now`.
access::SqlCondition warned_children(const access::StaffMember& viewer, std::int64_t now);

// The warnings of the last early_warning_days at `now` on the children warned_children
// gives `viewer`, not yet marked seen by them, newest first. Throws StoreError.
std::vector<EarlyWarning> early_warnings_for(store::Connection& connection, const access::StaffMember& viewer,
                                             std::int64_t now);

// The child's warnings of the last record_warning_days at `now`, newest first. The caller
// has checked the child may be opened. Throws StoreError.
std::vector<EarlyWarning> early_warnings_of_child(store::Connection& connection, std::int64_t child_id,
                                                  std::int64_t now);

// Marks the warning seen by staff member `staff_id` now, in the caller's transaction; false
// when they had already. Throws StoreError.
bool acknowledge_early_warning(store::Connection& connection, std::int64_t staff_id, const EarlyWarning& warning);

// When staff member `staff_id` marked each of the child's warnings seen (Unix seconds), by
// key. Throws StoreError.
std::map<std::string, std::int64_t> acknowledgements_of(store::Connection& connection, std::int64_t staff_id,
                                                        std::int64_t child_id);

}  // namespace pathway::practice
