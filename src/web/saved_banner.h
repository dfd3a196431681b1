#pragma once
// The success banner a page shows after a change redirects back to it with ?saved=CODE:
// the heading for that code, from the page's own list. Pages whose banner needs more than a
// heading (the offences page's "unchanged" hint) still build their own.
#include <span>
#include <string_view>
#include <utility>

#include "web/page.h"

namespace pathway::web {

// One code a change redirects with, and the banner's heading for it.
using SavedBanner = std::pair<std::string_view, std::string_view>;

// Sets "notification" on the page's data when the address's "saved" is one of `banners`;
// nothing for any other value.
void add_saved_banner(const PageContext& context, ViewData& data, std::span<const SavedBanner> banners);

}  // namespace pathway::web
