#pragma once
// Rules that change over time are kept as tables of versions, each with the day it starts
// (domain.md: "Rules carry dates"), so that a record made under an old rule is checked
// against the rule of its own day. Which date picks the version (the conviction, the date
// the order was made, the offence) is each rule's business and said where it is used.
#include <algorithm>
#include <stdexcept>
#include <vector>

#include "core/dates.h"

namespace pathway::justice {

// The first day of the first version of a table whose earlier history Pathway does not
// hold: every date before a rule's first change is judged by its first version.
inline constexpr Date since_records_began{std::chrono::year{1900}, std::chrono::month{1}, std::chrono::day{1}};

// The version of a rule in force on `on`: the last one whose `starts_on` is on or before
// it. `versions` is in order of `starts_on` and its first version starts on
// since_records_began, so every date has one (a table breaking either is a programming
// error, thrown as std::logic_error).
template <class Version>
const Version& rule_in_force(const std::vector<Version>& versions, Date on) {
  auto after = std::upper_bound(versions.begin(), versions.end(), on,
                                [](Date day, const Version& version) { return day < version.starts_on; });
  if (after == versions.begin()) throw std::logic_error("a rule table has no version for an early date");
  return *std::prev(after);
}

}  // namespace pathway::justice
