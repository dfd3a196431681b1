#include "access/access_reason.h"

#include "core/text.h"

namespace pathway::access {

Result<std::string> read_access_reason(std::string_view typed, std::string_view missing) {
  std::string reason(trim(typed));
  if (reason.empty()) return Error{ErrorKind::invalid, std::string(missing)};
  if (!is_clean_utf8(reason)) return Error{ErrorKind::invalid, "The reason must not contain control characters"};
  if (utf8_length(reason) > max_access_reason_length) {
    return Error{ErrorKind::invalid,
                 "The reason must be " + std::to_string(max_access_reason_length) + " characters or fewer"};
  }
  return reason;
}

}  // namespace pathway::access
