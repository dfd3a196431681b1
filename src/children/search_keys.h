#pragma once
// The keys a child's row carries so that the store can find and order children by name
// without folding text in SQL: the folding (accents, case, punctuation) is C++.
#include <string>

#include "children/child.h"
#include "store/database.h"

namespace pathway::children {

// name_key(given) + ' ' + name_key(family): each name without case, accents, punctuation
// or inner spaces, so "Zoë O'Brien" is "zoe obrien" and "Anne Marie St. John" is
// "annemarie stjohn". Search matches words of the query inside it; the single space marks
// where the given name ends, for ranking exact and leading matches first.
std::string search_name(const ChildDetails& details);

// Family name first so that ORDER BY sort_key lists children as staff expect.
std::string sort_key(const ChildDetails& details);

// Recomputes search_name and sort_key for every child whose stored keys differ from what
// this program computes: run by the migration that changed how keys are made, inside its
// transaction, on either backend.
void rewrite_search_keys(store::Connection& connection);

}  // namespace pathway::children
