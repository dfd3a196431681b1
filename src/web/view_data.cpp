#include "web/view_data.h"

namespace pathway::web {

void ViewData::set(std::string_view name, ViewData value) {
  if (kind_ != Kind::object) return;
  for (auto& [key, existing] : members_) {
    if (key == name) {
      existing = std::move(value);
      return;
    }
  }
  // Page objects hold about 8 to 25 members: start with room for 8 rather than growing
  // through 1, 2 and 4.
  if (members_.empty()) members_.reserve(8);
  members_.emplace_back(std::string(name), std::move(value));
}

const ViewData* ViewData::get(std::string_view name) const {
  if (kind_ != Kind::object) return nullptr;
  for (const auto& [key, value] : members_) {
    if (key == name) return &value;
  }
  return nullptr;
}

ViewData& ViewData::operator[](std::string_view name) {
  for (auto& [key, value] : members_) {
    if (key == name) return value;
  }
  return members_.emplace_back(std::string(name), ViewData{}).second;
}

void ViewData::push_back(ViewData item) {
  if (kind_ == Kind::list) list_.push_back(std::move(item));
}

}  // namespace pathway::web
