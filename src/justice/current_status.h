#pragma once
// What a child is subject to now: the orders in force, a remand, a custody episode. It is
// shown at the top of every page of the child's record, so it is cheap: one query per kind
// of record, each by the child's index (schema 15's *_by_child), reading only the rows
// still in force.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::justice {

// A referral order, or an order of the community or custody tier, not yet ended.
struct CurrentOrder {
  std::string outcome_type;
  Date outcome_date;
  std::optional<Date> start_date;
  std::optional<Date> end_date;      // the recorded end (today or later)
  std::optional<Date> expected_end;  // with no end recorded: order_terms.h expected_end
  std::int64_t outcome_id = 0;       // the outcome it is, for a link to its page
};

struct CurrentRemand {
  std::string remand_type;
  Date start_date;
  std::optional<Date> end_date;  // today or later; none while it runs
};

struct CurrentCustody {
  std::string establishment;
  std::string establishment_type;
  Date start_date;
};

struct CurrentStatus {
  std::vector<CurrentOrder> orders;      // newest first
  std::optional<CurrentRemand> remand;   // the latest one in force
  std::optional<CurrentCustody> custody; // the latest one with no release

  // A remand in force to local authority or youth detention accommodation makes the child
  // looked after, whatever their record says (record_rules.h remand_makes_looked_after).
  bool looked_after_by_remand() const;
};

// The child's status on `today`. An order is in force when its end date is empty or today
// or later, unless it is recorded as completed or revoked; a remand when its end date is
// empty or today or later (and it has started); a custody episode when it has no release
// date.
CurrentStatus current_status(store::Connection& connection, std::int64_t child_id, Date today);

}  // namespace pathway::justice
