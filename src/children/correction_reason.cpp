#include "children/correction_reason.h"

#include "core/text.h"

namespace pathway::children {

Result<std::string> read_correction_reason(std::string_view typed) {
  std::string reason(trim(typed));
  if (!is_clean_utf8(reason)) {
    return Error{ErrorKind::invalid, "The reason for this correction must not contain control characters"};
  }
  if (utf8_length(reason) > max_reason_length) {
    return Error{ErrorKind::invalid, "The reason for this correction must be " + std::to_string(max_reason_length) +
                                         " characters or fewer"};
  }
  return reason;
}

}  // namespace pathway::children
