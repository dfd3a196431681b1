#pragma once
// Break glass: someone who needs a record outside their need to know (an out-of-hours duty
// officer, a court duty worker) opens it after giving a reason, for a set time. The grant
// is what need_to_know.h checks; the people overseeing the child see every grant
// (docs/security.md "Emergency access"). A restricted record cannot be broken into.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/staff.h"
#include "store/database.h"

namespace pathway::access {

// The hours a grant lasts: the service setting reference::break_glass_hours (24 until an
// administrator changes it, at most a week). Throws StoreError.
int break_glass_hours(store::Connection& connection);

struct BreakGlassGrant {
  std::int64_t id = 0;
  std::string child_public_id;
  std::string child_name;      // "Given Family"
  std::string staff_username;
  std::string staff_name;      // the display name
  std::string reason;
  std::int64_t opened_at = 0;  // Unix seconds
  std::int64_t expires_at = 0;
};

// Records that `staff` opened the child (internal id) at `now` for `reason`, lasting
// break_glass_hours. The caller has checked the child is not restricted and writes the
// audit event in the same transaction. Throws StoreError.
BreakGlassGrant open_break_glass(store::Connection& connection, const StaffMember& staff, std::int64_t child_id,
                                 const std::string& reason, std::int64_t now);

// When `staff`'s latest grant on the child ends, if one is in force at `now`.
std::optional<std::int64_t> break_glass_until(store::Connection& connection, const StaffMember& staff,
                                              std::int64_t child_id, std::int64_t now);

// Every grant on the child, newest first, expired ones included.
std::vector<BreakGlassGrant> break_glass_grants_on(store::Connection& connection, std::int64_t child_id);

// Whether the child is in `viewer`'s oversight (need_to_know.h oversight_condition): they
// are told of grants on it.
bool oversees_child(store::Connection& connection, const StaffMember& viewer, std::int64_t child_id);

// Grants opened since `since` (Unix seconds) on children in `viewer`'s oversight that they
// may open, newest first, at most `limit`: for their home page.
std::vector<BreakGlassGrant> recent_break_glass_overseen_by(store::Connection& connection, const StaffMember& viewer,
                                                            std::int64_t since, std::int64_t now, int limit = 20);

}  // namespace pathway::access
