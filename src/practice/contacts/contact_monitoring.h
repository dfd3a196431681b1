#pragma once
// Contact expectations in the store and what they say of a child now: the expectation of
// each intensity level (the administrator's, or the default), whether a child has been
// seen as planned (flagged on their record and in their case manager's list), and the
// changes in their attendance that an early warning shows (issue 11 point 6: two missed
// appointments in a row).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "allocation/case_roles.h"
#include "practice/contacts/contact_expectations.h"
#include "store/database.h"

namespace pathway::practice {

// The expectation of `intensity`: as an administrator set it, else the default. Throws
// StoreError.
ContactExpectation contact_expectation(store::Connection& connection, allocation::Intensity intensity);
// Sets the expectation of `intensity`, by `by` now. The caller checks it (within
// max_expectation_contacts and max_expectation_days) and holds the transaction. Throws
// StoreError.
void set_contact_expectation(store::Connection& connection, allocation::Intensity intensity,
                             const ContactExpectation& expectation, const std::string& by);

// A child's contacts against their expectation today.
struct ContactCheck {
  allocation::Intensity intensity = allocation::Intensity::standard;
  ContactExpectation expectation;
  int seen = 0;               // contacts in the period ending today
  bool judged = false;        // false while the allocation is younger than one period
  bool seen_as_planned = true;
};

// The check for child `child_id` on `today`, counted from their case manager's allocation;
// nullopt when no case manager holds the case. Throws StoreError.
std::optional<ContactCheck> contact_check(store::Connection& connection, std::int64_t child_id, Date today);

// The children of staff member `staff_id`'s current allocations not seen as planned on
// `today`, by public id. Throws StoreError.
std::vector<std::string> children_not_seen_as_planned(store::Connection& connection, std::int64_t staff_id, Date today);

// A change for the worse in a child's attendance, for the early warnings.
struct AttendanceChange {
  std::int64_t child_id = 0;
  std::int64_t appointment_id = 0;  // the second missed appointment
  std::int64_t recorded_at = 0;     // when its outcome was recorded (unix seconds)
  std::string what;                 // "Missed two appointments in a row: 3 March 2026 and 10 March 2026"
};

// The attendance changes of child `child_id` recorded after `since` (unix seconds), oldest
// first: each outcome recorded then that is an absence (acceptable or not) following an
// absence at the child's previous appointment with an outcome. Throws StoreError.
std::vector<AttendanceChange> attendance_changes_since(store::Connection& connection, std::int64_t child_id,
                                                       std::int64_t since);

}  // namespace pathway::practice
