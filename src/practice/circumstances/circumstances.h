#pragma once
// A child's circumstances over time (issue 11 point 6): their accommodation (what kind and
// whether it is suitable) and their education, training or employment (what, hours a week,
// whether suitable), each from a date. Nothing is overwritten: every change is a dated row
// with who recorded it and when, and the child's circumstance on a day is the row of that
// kind with the latest `from` date on or before it (the later recorded when two share a
// date). The checks of what was typed are in circumstance_form.h; this is the store.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "children/child_repository.h"
#include "core/dates.h"
#include "store/database.h"

namespace pathway::practice {

// A circumstance as recorded on the form.
struct CircumstanceDetails {
  std::string kind;          // accommodation_kind or ete_kind
  std::string status;        // a code of accommodation_statuses() or ete_statuses()
  std::string suitability;   // "suitable" or "unsuitable"
  std::optional<int> hours;  // ETE hours a week; nullopt for accommodation and for none
  Date from;
  std::string note;  // "" for none
};

struct Circumstance {
  std::int64_t id = 0;
  std::int64_t child_id = 0;
  CircumstanceDetails details;
  std::string recorded_at;  // ISO UTC instant
  std::string recorded_by;  // username
  std::string recorded_by_name;

  bool suitable() const { return details.suitability == "suitable"; }
};

// Records a circumstance of the child in the caller's transaction; returns its id. Throws
// StoreError.
std::int64_t record_circumstance(store::Connection& connection, std::int64_t child_id,
                                 const CircumstanceDetails& details, const children::ChangeAuthor& author);

// The child's circumstances of `kind`, newest first (by `from` date, then the later
// recorded). Throws StoreError.
std::vector<Circumstance> circumstance_history(store::Connection& connection, std::int64_t child_id,
                                               const std::string& kind);

// The child's circumstance of `kind` on `day`; nullopt when none was recorded from a day
// on or before it. Throws StoreError.
std::optional<Circumstance> circumstance_on(store::Connection& connection, std::int64_t child_id,
                                            const std::string& kind, Date day);

// A circumstance recorded and the one it followed (the same kind's row just before it in
// the history), for the early warnings: nullopt `before` for the first of its kind.
struct CircumstanceChange {
  Circumstance after;
  std::optional<Circumstance> before;
};

// The circumstances recorded at or after `since` (an ISO UTC instant) of the children a
// children row aliased `c` satisfying `children_sql` (with `params`) takes in, each with the
// one before it, newest recorded first. Throws StoreError.
std::vector<CircumstanceChange> circumstance_changes_since(store::Connection& connection, const std::string& since,
                                                           const std::string& children_sql,
                                                           const std::vector<store::Value>& params);

}  // namespace pathway::practice
