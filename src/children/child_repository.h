#pragma once
// Children in the store: search, create, correct (keeping every old value), history.
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "access/staff.h"
#include "children/child.h"
#include "core/result.h"
#include "store/database.h"

namespace pathway::children {

struct ChildSearch {
  std::string name;  // partial, any words; case, accents, punctuation and inner spaces ignored
  std::optional<Date> date_of_birth = std::nullopt;
  std::int64_t page = 1;               // 1-based; offsets are counted in 64 bits
  int page_size = 25;
  // Whose search: only the children need to know lets them see (access/need_to_know.h),
  // each marked with whether it opens to them. Null: the whole service, for the command
  // line (export) and tests.
  const access::StaffMember* viewer = nullptr;
  std::int64_t now = 0;  // Unix seconds, for break-glass expiry
};

struct ChildSummary {
  Child child;
  std::string district_name;
  bool restricted = false;          // open only to the staff named on it
  std::string case_manager_name;    // the allocated case manager; "" when unallocated
  std::string holding_team_name;    // the team holding the case; "" when none
  bool may_open = true;             // false: an identity-only row for this viewer
};

struct ChildSearchResult {
  // With a name: exact matches first (the whole name either way round, or the given or
  // family name), then names that begin with the search, then the rest; within each, and
  // without a name, by family name, then given name.
  std::vector<ChildSummary> children;
  std::int64_t total = 0;              // matches across all pages
};

ChildSearchResult search_children(store::Connection& connection, const ChildSearch& search);

// How many children the service holds.
std::int64_t count_children(store::Connection& connection);

// The child with this public id, or nullopt.
std::optional<ChildSummary> find_child(store::Connection& connection, const std::string& public_id);

// Children who could be the one described, typed with the usual mistakes: born on that
// date or on a date a slip of the keyboard away (day and month swapped, two digits
// transposed), with a similar name (see could_be_same_child: names either way round,
// punctuation and spaces ignored, a letter missed or doubled), excluding one id (the
// record being edited). Sorted by family name, then given name.
std::vector<ChildSummary> possible_duplicates(store::Connection& connection, const ChildDetails& details,
                                              std::int64_t excluding_id = 0);

// Thrown when details that break the rules of children/child_rules.h reach the store. The
// form and the import check first and tell people what to fix, so this is a caller's bug,
// refused like a database constraint: nothing is saved.
class InvalidChildDetails : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// Who made a change. The history shows the name the person went by when they made it, kept
// with the change: a later change of name, or a closed account, does not rewrite what the
// record said. The username stays beside it as the key that ties the change to the account
// and the audit trail.
struct ChangeAuthor {
  std::string username;      // a staff username, or a process such as "import" or "demo"
  std::string display_name;  // "Amara Nwosu"; for a process, the process's name
  // A process that is not a member of staff: its name is its username.
  ChangeAuthor(std::string process) : username(process), display_name(std::move(process)) {}
  ChangeAuthor(const char* process) : ChangeAuthor(std::string(process)) {}
  ChangeAuthor(std::string username, std::string display_name)
      : username(std::move(username)), display_name(std::move(display_name)) {}
};

// Creates a child and records each initial value as version 1 of its history. The exchange
// id defaults to the new public id. The case is held by `holding_team` (the team of the
// person adding the child, who must be able to open what they just added) or, when that
// is "", by the first active team covering the child's district (none if no team does).
// Throws UniqueViolation for a duplicate exchange id and InvalidChildDetails for details
// that break child_details_problems.
Child create_child(store::Connection& connection, const ChildDetails& details, const ChangeAuthor& changed_by,
                   const std::optional<std::string>& exchange_id = std::nullopt, const std::string& holding_team = "");

// A child made by a generator of a large data set (pathway demo --scale national).
struct GeneratedChild {
  ChildDetails details;
  std::string public_id;  // also its exchange id; unique
};

// Writes the children as create_child writes a new child (the same row, search and sort
// keys, version 1, held by the first team covering the district), many rows to a
// statement (children/new_children.h), each created at `created_at`. A generated
// record has no author, so no version history is written for it. Returns the children's
// ids in the order given. Throws as create_child does; the caller's transaction keeps the
// batch all or nothing.
std::vector<std::int64_t> insert_generated_children(store::Connection& connection,
                                                    std::span<const GeneratedChild> children,
                                                    const std::string& created_at);

struct ChildUpdate {
  Child child;                          // as saved, with the new version
  std::vector<std::string> changed_fields;
};

// Saves a correction made from `expected_version`, with the reason given for it (empty:
// none), kept with the new version. Errors: not_found; conflict when the record has changed
// since that version (nothing is saved). Unchanged details save nothing, whatever the
// reason, and keep the version: changed_fields is then empty. Throws InvalidChildDetails as
// create_child does.
Result<ChildUpdate> update_child(store::Connection& connection, const std::string& public_id,
                                 std::int64_t expected_version, const ChildDetails& details,
                                 const ChangeAuthor& changed_by, const std::string& reason = "");

struct ChildChange {
  std::int64_t version = 0;
  std::string changed_at;   // ISO UTC instant
  std::string changed_by;   // the username
  std::string field;        // "given_name", "date_of_birth", ...
  std::optional<std::string> old_value;  // stored codes ("male", "2012-03-01", "MAIDSTONE")
  std::optional<std::string> new_value;
  std::string changed_by_name = {};                  // the name they went by then, as the history shows it
  std::optional<std::string> reason = std::nullopt;  // why a correction was made, when given
};

// Every change to the child, newest version first, fields in form order within a version.
std::vector<ChildChange> child_history(store::Connection& connection, std::int64_t child_id);

// A short fingerprint of the details, so that "save anyway" applies only to the details
// the user was warned about, not to whatever they changed afterwards.
std::string confirmation_key(const ChildDetails& details);

// The fields of ChildDetails in form order, with their stored values.
std::vector<std::pair<std::string, std::optional<std::string>>> stored_fields(const ChildDetails& details);

}  // namespace pathway::children
