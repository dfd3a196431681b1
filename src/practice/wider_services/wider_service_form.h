#pragma once
// The forms of a child's wider services: adding one (perhaps already ended) and ending a
// continuing one. What was typed, checked into the store's values or GOV.UK errors beside
// the fields.
#include <optional>
#include <string>
#include <vector>

#include "practice/wider_services/wider_services.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::practice {

// The longest note, in characters.
inline constexpr std::size_t max_wider_service_note_length = 2000;

struct WiderServiceForm {
  std::string service;
  web::DateInput from;
  web::DateInput to;  // blank while it continues
  std::string note;
};

struct WiderServiceCheck {
  std::optional<WiderServiceDetails> details;
  std::vector<web::FieldError> errors;
};

// A service of wider_service_kinds(); the date it began, not after `today` nor before the
// child was born; an optional end date, on or after the start and not after `today`; an
// optional note. A continuing service the child already has continuing (`continuing`, the
// codes of continuing_wider_services) is refused: end that one first, so the history
// never has two at once.
WiderServiceCheck check_wider_service(const WiderServiceForm& form, Date date_of_birth, Date today,
                                      const std::vector<std::string>& continuing);

struct EndWiderServiceForm {
  web::DateInput to;
};

struct EndWiderServiceCheck {
  std::optional<Date> to;
  std::vector<web::FieldError> errors;
};

// An end date on or after the service began and not after `today`.
EndWiderServiceCheck check_end_wider_service(const EndWiderServiceForm& form, const WiderService& service, Date today);

}  // namespace pathway::practice
