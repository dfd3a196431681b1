#include "web/saved_banner.h"

namespace pathway::web {

void add_saved_banner(const PageContext& context, ViewData& data, std::span<const SavedBanner> banners) {
  std::string saved = context.query_value("saved");
  for (auto [code, heading] : banners) {
    if (saved != code) continue;
    ViewData banner;
    banner.set("heading", std::string(heading));
    data.set("notification", banner);
  }
}

}  // namespace pathway::web
