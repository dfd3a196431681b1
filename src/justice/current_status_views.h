#pragma once
// The current status (current_status.h) as the summary at the top of every page of a
// child's record shows it (templates/partials/current_status.mustache).
#include <optional>
#include <string>

#include "justice/current_status.h"
#include "web/view_data.h"

namespace pathway::justice {

// {orders: [{type, dates, href}], has_orders, remand, custody, looked_after}: the words for
// each row, "None" where there is nothing in force; each order links to its outcome's page
// under `child_href` ("/children/{id}").
web::ViewData current_status_data(const CurrentStatus& status, const std::string& child_href);

// "Yes (remanded to youth detention accommodation)" while a remand in force makes the
// child looked after; nullopt otherwise (the record's own answer stands).
std::optional<std::string> looked_after_by_remand_text(const CurrentStatus& status);

}  // namespace pathway::justice
