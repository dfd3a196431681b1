#pragma once
// Restricted records: a child's record (a child known to staff, a high-profile case) that
// opens only to the staff named on it and never appears to anyone else in search or lists
// (need_to_know.h). A restricted record always names at least one person, so it can never
// become a record nobody can reach. The caller audits each change with its reason.
#include <cstdint>
#include <string>
#include <vector>

#include "access/staff.h"
#include "core/result.h"
#include "store/database.h"

namespace pathway::access {

// Restricts the child's record (internal id) to `by` and `also_named`. Errors: conflict
// when it is already restricted. Throws StoreError.
Result<Done> restrict_record(store::Connection& connection, std::int64_t child_id, const StaffMember& by,
                             const std::vector<StaffMember>& also_named);

// Names one more person on a restricted record. Errors: conflict when the record is not
// restricted or they are already named. Throws StoreError.
Result<Done> name_on_record(store::Connection& connection, std::int64_t child_id, const StaffMember& member);

// Takes a person off a restricted record. Errors: not_found when they are not named;
// conflict when they are the only person named. Throws StoreError.
Result<Done> unname_from_record(store::Connection& connection, std::int64_t child_id, std::int64_t staff_id);

// Lifts the restriction: the record opens and lists by need to know again, and the list of
// named staff is cleared. Errors: conflict when it is not restricted. Throws StoreError.
Result<Done> unrestrict_record(store::Connection& connection, std::int64_t child_id);

// "caseworker2, manager": the usernames, for an audit event's detail.
std::string usernames_of(const std::vector<StaffMember>& staff);

// The staff named on the child's record, by name.
std::vector<StaffMember> staff_named_on(store::Connection& connection, std::int64_t child_id);

// The public ids of the restricted records `staff` is named on, oldest child first.
std::vector<std::string> restricted_records_naming(store::Connection& connection, const StaffMember& staff);

struct RestrictedRecordReference {
  std::string public_id;
  std::vector<StaffMember> named;  // by name
};

// Every restricted record by public id, with who is named: for the data protection
// officer, who must be able to act on a "child.restricted_match" audit event without
// seeing the child's name.
std::vector<RestrictedRecordReference> all_restricted_records(store::Connection& connection);

}  // namespace pathway::access
