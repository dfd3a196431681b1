#pragma once
// View helpers the administrator's pages share.
#include <string>

#include "web/page.h"

namespace pathway::admin {

// Sets the page's GOV.UK back link.
void set_back_link(web::ViewData& data, std::string href, std::string text);

// One <option> of a select: its value, label and whether it is selected.
web::ViewData option(const std::string& value, const std::string& label, bool selected);

}  // namespace pathway::admin
