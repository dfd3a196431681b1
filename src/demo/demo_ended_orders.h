#pragma once
// The practice behind the demo county's orders that have ended: the records its YJB practice
// indicators (docs/kpi.md, pathway-practice-2026-1) count in past quarters. The assessments
// made while an order ran come from demo/demo_assessments.h; what followed them (plan
// objectives for the needs found, intervention sessions attended) from here.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/dates.h"
#include "demo/demo_parts.h"
#include "store/database.h"

namespace pathway::demo {

struct EndedOrder {
  std::int64_t child_id = 0;
  Date start, end;                // the order's first day (its start date, or outcome date) and end date
  std::int64_t case_manager = 0;  // who held the case: its latest case manager
  std::string case_manager_username;
  bool case_open = false;  // whether that case manager holds the case still
};

// Each child's programme or order that ended in the two years before `today` (the one
// ending last), in child order, for the children who have had a case manager (the others
// were never worked with). Throws StoreError.
std::vector<EndedOrder> ended_orders(store::Connection& connection, Date today);

// A need the YJB's practice indicators follow (docs/kpi.md): an objective for it in the
// plan, and the sessions delivered for it.
struct NeedWork {
  std::string_view need_area;
  std::string_view objective;  // the worker's words
  std::string_view programme;  // the sessions delivered for it
};
// Emotional and mental health, and substance misuse.
std::span<const NeedWork> needs_followed();
// What each intervention session for a need says of it.
inline constexpr std::string_view need_session_note = "Session on the plan's objective; the child took part.";

// What followed a need found on `found_on` in an order ending `order_end`: for most, a plan
// objective a few weeks in (none after the end) and, for some of those, one to four
// fortnightly sessions for it, none after the end.
struct NeedFollowUp {
  std::optional<Date> planned_on;  // none: nothing followed
  std::vector<Date> sessions;
};
NeedFollowUp need_follow_up(DemoRandom& random, Date found_on, Date order_end);

// For each ended order whose assessments found an emotional and mental health or substance
// misuse need: for most, a plan objective for it made a few weeks in (while the case is
// still open) and, for some, intervention sessions for it attended before the order ended. Deterministic for a seed.
// The caller holds the transaction; assessments are in. Throws StoreError.
void add_demo_ended_order_work(store::Connection& connection, std::uint64_t seed, Date today);

}  // namespace pathway::demo
