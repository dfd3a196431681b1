#include "web/return_target.h"

namespace pathway::web {

std::string safe_return_target(std::string_view target) {
  if (target.size() < 1 || target[0] != '/' || target.starts_with("//")) return "/";
  for (char c : target) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f || c == '\\') return "/";
  }
  return std::string(target);
}

}  // namespace pathway::web
