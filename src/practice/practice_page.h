#pragma once
// What the pages of a child's case notes, flags, network and circumstances share: the
// layout with the child's record header (who the child is, their current status and flags),
// the section's tab current and a Back link to the section; the radios of a list of codes;
// when a record was recorded.
#include <string>
#include <string_view>

#include "children/child_repository.h"
#include "justice/court_vocabulary.h"
#include "web/app.h"

namespace pathway::web {

// The layout for a page of the section at "/children/{id}/{section}" (its tab
// "tab_{tab}" current); `back_text` ("" for none) links back to the section's page.
ViewData practice_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                            std::string title, std::string_view section, std::string_view tab,
                            const std::string& back_text = "");

// "/children/{public id}/{section}".
std::string section_href(const children::ChildSummary& summary, std::string_view section);

// The radios of a list of codes and words, `chosen` checked: each with `value`, `label`,
// `checked` and `first` (the first radio takes the field's own id, which the error summary
// links to).
ViewList choice_options(const std::vector<justice::CodeWords>& list, const std::string& chosen);

// When a practice record was recorded, as the pages show it ("27 March 2026, 14:05", UK
// time); what the store holds when it is not an instant.
std::string recorded_at_display(const std::string& instant);

}  // namespace pathway::web
