#pragma once
// The child's orders running on a day, as the contact forms offer them: for a warning after
// an unacceptable absence, or a proposed breach.
#include <cstdint>
#include <vector>

#include "core/dates.h"
#include "practice/contacts/appointment_forms.h"
#include "store/database.h"
#include "web/view_data.h"

namespace pathway::practice {

// Child `child_id`'s orders (justice/current_status.h) made on or before `day` and running
// on it, each with its label. Throws StoreError.
std::vector<WarnableOrder> orders_running_on(store::Connection& connection, std::int64_t child_id, Date day);

// The orders as a form's choices, `chosen` (an outcome id as posted) selected, after a
// first blank choice reading `blank`.
web::ViewList order_choices(const std::vector<WarnableOrder>& orders, const std::string& chosen,
                            const std::string& blank);

}  // namespace pathway::practice
