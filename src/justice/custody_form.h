#pragma once
// Checks what a member of staff typed to record a custody episode, a release or a
// transfer: the establishment one of those offered (reference/establishments.h) that takes
// a child of the child's age on the day (an adult prison only from 18), the sentence served
// one of the child's custodial outcomes, or none for a child remanded to youth detention
// that day; real dates, none in the future, the release or transfer not before the start
// (record_rules.h custody_breaches). Pure.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "justice/custody_episodes.h"
#include "justice/remands.h"
#include "reference/establishments.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::justice {

// The value of the sentence choice for "none: remanded to youth detention".
inline constexpr std::string_view on_remand_choice = "remand";

// Why `establishment` does not take the child on `day`, in words that say what to do, or
// nullopt when it does: the child's age that day must be within its ages, and 18 or over
// for an adult prison whatever its recorded ages.
std::optional<std::string> placement_breach(const reference::EstablishmentDetails& establishment, Date date_of_birth,
                                            Date day);

// A custodial sentence the form offers: its id and the day it was passed.
struct ServedSentence {
  std::int64_t id = 0;
  Date outcome_date{};
};

// What the episode form needs to know besides what was typed.
struct CustodyFormFacts {
  Date date_of_birth{};
  Date today{};
  std::vector<reference::Establishment> offered;  // not retired
  std::vector<ServedSentence> sentences;          // the child's custodial outcomes
  std::vector<Remand> remands;                    // the child's remands
};

struct CustodyForm {
  std::string establishment;  // an establishment's id, as posted
  std::string sentence;       // an outcome's id, or on_remand_choice
  web::DateInput start_date;
};

struct NewCustodyEpisode {
  std::optional<std::int64_t> outcome_id;
  CustodyPlacement placement;
  Date start_date{};
};

struct CustodyFormCheck {
  std::optional<NewCustodyEpisode> episode;  // set when there are no errors
  std::vector<web::FieldError> errors;       // in form order
};

CustodyFormCheck check_custody_form(const CustodyForm& form, const CustodyFormFacts& facts);

// The release typed for `episode`: a real date, today or earlier, not before its start.
struct ReleaseCheck {
  std::optional<Date> release_date;
  std::vector<web::FieldError> errors;
};
ReleaseCheck check_release(const web::DateInput& typed, const CustodyEpisode& episode, Date today);

struct TransferForm {
  std::string establishment;  // an establishment's id, as posted
  web::DateInput transfer_date;
};

struct TransferCheck {
  std::optional<CustodyPlacement> next;  // set, with `day`, when there are no errors
  Date day{};
  std::vector<web::FieldError> errors;
};

// A move from `current` to another establishment of `offered` that takes the child on the
// day of the move, which is today or earlier and not before the current episode started.
TransferCheck check_transfer(const TransferForm& form, const CustodyEpisode& current,
                             const std::vector<reference::Establishment>& offered, Date date_of_birth, Date today);

}  // namespace pathway::justice
