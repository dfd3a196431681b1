#pragma once
// How the justice record's pages show offences, outcomes and co-defendants, and the
// choices their forms offer, in plain words. A co-defendant is named only to someone who
// may open that child's record; anyone else reads "a child whose record you cannot open".
#include <string>
#include <vector>

#include "justice/offences.h"
#include "justice/outcomes.h"
#include "web/view_data.h"

namespace pathway::justice {

// The child's offences, each with its co-defendants, and a Change link (under
// `child_href`) when `may_change`.
web::ViewList offence_rows(const std::vector<Offence>& offences, const std::string& child_href, bool may_change);

// Other children's offences naming this child as a co-defendant.
web::ViewList codefendant_of_rows(const std::vector<CodefendantOf>& named_in);

// One outcome: {type, date, href (its page under `child_href`), offences: [{text}], start,
// end, length, completion, end_ete, end_accommodation}, the offences it disposes of taken
// from `offences` (the child's own).
web::ViewData outcome_row(const Outcome& outcome, const std::vector<Offence>& offences, const std::string& child_href);

// The outcomes, each as outcome_row.
web::ViewList outcome_rows(const std::vector<Outcome>& outcomes, const std::vector<Offence>& offences,
                           const std::string& child_href);

// The offence categories in words, `chosen` selected.
web::ViewList category_options(const std::string& chosen);

// The outcome types grouped by tier, `chosen` selected.
web::ViewList outcome_type_groups(const std::string& chosen);

// The offences an outcome may dispose of (those not yet disposed of), ticked as posted.
web::ViewList offence_choices(const std::vector<Offence>& offences, const std::vector<std::string>& ticked);

// Choices of one of `values` or none (`none`, "Not known" unless said), `chosen` selected;
// `label` gives the words.
web::ViewList optional_choices(const std::vector<std::string_view>& values, std::string (*label)(std::string_view),
                               const std::string& chosen, std::string_view none = "Not known");

// Children offered as co-defendants on the offence form, ticked when `ticked`.
web::ViewList codefendant_options(const std::vector<LinkedChild>& children, bool ticked);

// How a page names a linked child: the name (and a link) only when the viewer may open the
// record.
web::ViewData linked_child_data(const LinkedChild& child);

}  // namespace pathway::justice
