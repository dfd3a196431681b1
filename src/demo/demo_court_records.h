#pragma once
// The demo county's court record, written over the justice histories already in the
// database: the court and conviction hearing of each court outcome, the hearings before it
// (the sentence heard on the outcome's day at a court of the child's area), the reports
// asked for before referral orders, youth rehabilitation orders and custody (some reused),
// upcoming hearings with reports due in the coming weeks, and the joint decision panel of
// each out-of-court decision. Deterministic for a seed.
#include <cstdint>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

// The caller holds the transaction. Throws StoreError.
void add_demo_court_records(store::Connection& connection, std::uint64_t seed, Date today);

}  // namespace pathway::demo
