#pragma once
// The words and data of a child's flags on the pages: the identity bar every page of the
// record shows (templates/partials/identity_bar.mustache, MoJ Frontend's identity bar) and
// the rows of the flags page.
#include <string>
#include <vector>

#include "practice/flags/flags.h"
#include "web/view_data.h"

namespace pathway::practice {

// {name, flags: [{label, colour, review_due, review_date}], has_flags, has_due, due_count,
// flags_href} for the identity bar of the child called `name`, with the flags current on
// `today` (current_flags).
web::ViewData identity_bar_data(const std::string& name, const std::vector<Flag>& flags, Date today,
                                const std::string& flags_href);

// One row of the flags page: {id, label, colour, start_date, review_date, end_date,
// review_due, current, reason, raised_by, review_href, end_href}.
web::ViewData flag_row(const Flag& flag, Date today, const std::string& flags_href);

// "flag:3 flag:7": the flags a page shows, for its audit event's detail ("" when none).
std::string flags_shown(const std::vector<Flag>& flags);

}  // namespace pathway::practice
