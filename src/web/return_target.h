#pragma once
#include <string>
#include <string_view>

namespace pathway::web {

// Where to send someone after sign-in: `target` when it is a path on this site, "/"
// otherwise. Browsers drop tabs and newlines from addresses and read '\' as '/', so
// "/\t/evil.example" or "/\evil.example" would leave the site: any control character,
// space, backslash or non-ASCII byte, and any "//" start, is refused (no open redirect).
std::string safe_return_target(std::string_view target);

}  // namespace pathway::web
