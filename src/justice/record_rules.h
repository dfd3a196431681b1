#pragma once
// The rules every record of the justice record meets, wherever it comes from: a form or
// an exchange-format import (shared/spec/exchange-format.md, "Rules the importer
// enforces"). Each check takes the facts it needs and returns what is wrong, by the
// exchange format's column name, in words a person can act on; empty when nothing is.
// Pure: no database, no clock.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"

namespace pathway::justice {

// The day the Police, Crime, Sentencing and Courts Act 2022 changed several limits
// (domain.md): detention and training order terms and remand credit, curfew hours.
inline constexpr Date pcsc_act_2022{std::chrono::year{2022}, std::chrono::month{6}, std::chrono::day{28}};

// The values each enumeration of the format takes, in the format's order.
const std::vector<std::string_view>& offence_categories();
const std::vector<std::string_view>& outcome_types();
const std::vector<std::string_view>& completions();
const std::vector<std::string_view>& end_statuses();  // end_ete, end_accommodation
const std::vector<std::string_view>& remand_types();
const std::vector<std::string_view>& establishment_types();

bool is_one_of(const std::vector<std::string_view>& values, std::string_view value);

// The tiers of the format's outcome table, in order of seriousness.
enum class OutcomeTier { no_outcome, pre_court, pre_court_substantive, first_tier, community, custody };

// nullopt for a value that is not an outcome type.
std::optional<OutcomeTier> outcome_tier(std::string_view outcome_type);

// A court outcome (first tier, community or custody), as against a police decision.
bool is_court_outcome(std::string_view outcome_type);

struct RuleBreach {
  std::string field;   // the exchange format's column, e.g. "offence_date"
  std::string reason;  // e.g. "the child was 9 on this date: an offence needs a child aged 10 to 17"
  bool operator==(const RuleBreach&) const = default;
};

// The rule that a period does not end before it starts, for any record with a start and
// an end: a breach of `field` ("it is before the start date (...): give a date on or after
// it") when both are known and the end is before the start; nullopt otherwise.
std::optional<RuleBreach> end_before_start(const std::optional<Date>& start, const std::optional<Date>& end,
                                           std::string_view field, std::string_view start_field);

struct OffenceFacts {
  Date offence_date;
  int gravity = 1;
};

// The child is 10 to 17 on the offence date; the gravity score is 1 to 8.
std::vector<RuleBreach> offence_breaches(Date date_of_birth, const OffenceFacts& offence);

struct OutcomeFacts {
  Date outcome_date;
  std::string outcome_type;
  std::optional<Date> start_date;
  std::optional<Date> end_date;
  std::optional<int> length_months;
  std::vector<Date> offence_dates;  // of the offences it disposes of, all the child's own
};

// At least one offence, none committed after the outcome's date; the end not before the
// start; a detention and training order for a child of 12 or over on the outcome's date,
// its term as the law stood on that date (dto_term_breach).
std::vector<RuleBreach> outcome_breaches(Date date_of_birth, const OutcomeFacts& outcome);

// Why `months` is not a detention and training order term for an order made on
// `order_date`, or nullopt when it is one: 4 to 24 months on or after 28 June 2022, and
// only 4, 6, 8, 10, 12, 18 or 24 before.
std::optional<std::string> dto_term_breach(int months, Date order_date);

struct RemandFacts {
  Date start_date;
  std::optional<Date> end_date;
  std::string remand_type;
};

// A child of 10 or over on the start date, 12 or over for a remand to youth detention (a
// child of 10 or 11 refused bail goes to local authority accommodation); the end not
// before the start.
std::vector<RuleBreach> remand_breaches(Date date_of_birth, const RemandFacts& remand);

// A remand to local authority or youth detention accommodation makes the child looked
// after (LASPO 2012 s. 104); bail does not.
bool remand_makes_looked_after(std::string_view remand_type);

struct CustodyFacts {
  Date start_date;
  std::optional<Date> release_date;
};

// The release not before the start.
std::vector<RuleBreach> custody_breaches(const CustodyFacts& episode);

}  // namespace pathway::justice
