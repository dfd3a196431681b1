#pragma once
// The rule of the duplicate check: could a child being entered be one already held, typed
// with the usual mistakes? Pure, so it is tested and measured without a database.
#include <cstddef>
#include <string_view>

#include "children/child.h"

namespace pathway::children {

// Edits (a letter inserted, missed, replaced, or two neighbours swapped) between a and b.
std::size_t edit_distance(std::string_view a, std::string_view b);

// `held` must be born on the entered date or on one of mistyped_dates(entered date); the
// store finds those by index. Names are compared as name keys (no case, accents,
// punctuation or inner spaces), given and family either way round:
// - same date of birth: the whole name within two edits (a letter missed or doubled, a
//   spelling variant), or one name the same and the same home district (a twin, a child
//   known by another given name, or whose family name changed). One name the same alone,
//   county-wide, warned about a third of all new children in a county of 200,000
//   (docs/performance.md);
// - a date a slip away: the whole name within one edit, so that a mistyped date still
//   finds the child without warning about every namesake born near them.
bool could_be_same_child(const ChildDetails& entered, const ChildDetails& held);

}  // namespace pathway::children
