#pragma once
// The demo county's assessments: for each child with a case manager, a youth justice
// assessment by that case manager, completed and mostly countersigned by their line manager;
// for some a reassessment months later that starts from those answers (completed or still a
// draft), a Signs of Safety mapping, and a screening or two (some drafts). Deterministic for
// a seed. And for each child whose order ended in the last two years, the assessments made
// while it ran (demo/demo_ended_orders.h).
#include <cstdint>

#include "core/dates.h"
#include "demo/demo_ended_orders.h"
#include "demo/demo_parts.h"
#include "practice/assessments/assessment_templates.h"
#include "practice/assessments/assessments.h"
#include "store/database.h"

namespace pathway::demo {

// The caller holds the transaction; allocations are in. Throws StoreError.
void add_demo_assessments(store::Connection& connection, std::uint64_t seed, Date today);

// Answers to every required question of the form and to some of the others, or
// (`partly`) to about half, as a draft left midway has: the lower levels of a rating the
// more common, "yes" about a third of the time, dates in the year before `today`. The
// national demo's assessments answer the same way (demo_national_practice.cpp).
practice::Answers demo_answers(DemoRandom& random, const practice::AssessmentTemplate& form, Date today, bool partly);

}  // namespace pathway::demo
