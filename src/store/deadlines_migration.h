#pragma once
// Migration 28, the deadline engine's tables (docs/decisions/0027): the bank holidays of
// England and Wales (seeded from data/bank-holidays-england-and-wales.csv), the delays an
// administrator changed on a deadline rule (the code holds the defaults), and the tasks
// the rules made, one per rule, child and subject, kept when withdrawn.
#include <string>

#include "store/database.h"

namespace pathway::store {

// The migration's SQL, the same for both backends.
std::string deadlines_migration();

// The migration's data step: the bank holidays the calendar starts with.
void seed_bank_holidays(Connection& connection);

}  // namespace pathway::store
