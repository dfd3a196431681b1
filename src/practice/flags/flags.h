#pragma once
// A child's safeguarding and risk flags and the log of every change to them: raised,
// reviewed, changed (a MAPPA level), ended; each with who, when and why, written in the
// same transaction as the change. A flag is current from its start until its end date; one
// whose review date has come is due for review. The checks of what was typed are in
// flag_form.h; this is the store.
//
// For the deadline engine (issue 11 point 5, wired by the coordinator): a flag's review
// date is an event of kind "flag_review_due" with subject "flag:ID", closed by
// "flag_reviewed" (review_flag moves the date on) or withdrawn when the flag ends.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "children/child_repository.h"
#include "core/dates.h"
#include "store/database.h"

namespace pathway::practice {

// A flag as raised.
struct FlagDetails {
  std::string flag_type;           // a code of flag_types()
  std::optional<int> mappa_level;  // 1, 2 or 3 for a MAPPA flag; nullopt otherwise
  Date start_date;
  Date review_date;
  std::string reason;  // why it was raised
};

struct Flag {
  std::int64_t id = 0;
  std::int64_t child_id = 0;
  FlagDetails details;
  std::optional<Date> end_date;
  std::string raised_at;  // ISO UTC instant
  std::string raised_by_name;

  // Started by `today` and not ended before it (a flag ending today still shows today).
  bool current(Date today) const { return details.start_date <= today && (!end_date || today <= *end_date); }
  // Current, and its review date has come.
  bool review_due(Date today) const { return current(today) && details.review_date <= today; }
};

// One entry of the log.
struct FlagChange {
  std::int64_t id = 0;
  std::int64_t flag_id = 0;
  std::string flag_label;   // the flag as it is labelled now ("MAPPA level 2")
  std::string change_kind;  // "raised", "reviewed", "changed" or "ended"
  std::string changed_at;   // ISO UTC instant
  std::string changed_by;   // username
  std::string changed_by_name;
  std::string what;  // what changed, in words: "Next review 3 March 2027"
  std::string why;
};

// Raises a flag, logged as raised, in the caller's transaction; returns its id. Throws
// StoreError.
std::int64_t raise_flag(store::Connection& connection, std::int64_t child_id, const FlagDetails& details,
                        const children::ChangeAuthor& author);

// A review: the next review date and, for a MAPPA flag, the level now (logged as a change
// when it differs), and why.
struct FlagReview {
  Date next_review_date;
  std::optional<int> mappa_level;
  std::string why;
};

// Records a review of a current flag (logged as reviewed, and changed when its MAPPA level
// changed), in the caller's transaction. Throws StoreError.
void review_flag(store::Connection& connection, const Flag& flag, const FlagReview& review,
                 const children::ChangeAuthor& author);

// Ends a current flag on `end_date`, logged as ended with why, in the caller's transaction.
// Throws StoreError.
void end_flag(store::Connection& connection, const Flag& flag, Date end_date, const std::string& why,
              const children::ChangeAuthor& author);

// The child's flag with this id; nullopt when the child has none. Throws StoreError.
std::optional<Flag> find_flag(store::Connection& connection, std::int64_t child_id, std::int64_t id);

// Every flag of the child, in the order raised (newest last). Throws StoreError.
std::vector<Flag> flags_of(store::Connection& connection, std::int64_t child_id);

// The flags current on `today`, in the order raised: what the identity bar shows. Throws
// StoreError.
std::vector<Flag> current_flags(store::Connection& connection, std::int64_t child_id, Date today);

// The log of the child's flags, newest first. Throws StoreError.
std::vector<FlagChange> flag_log(store::Connection& connection, std::int64_t child_id);

// The changes to the child's flags made at or after `since` (an ISO UTC instant), newest
// first: for early warning (issue 11 point 6), where a flag raised is a change for the worse.
// Throws StoreError.
std::vector<FlagChange> flag_changes_since(store::Connection& connection, std::int64_t child_id,
                                           const std::string& since);

}  // namespace pathway::practice
