#pragma once
// A child's remands and custody episodes as the custody page and its forms show them. Pure.
#include <string>
#include <vector>

#include "justice/custody_episodes.h"
#include "justice/outcomes.h"
#include "justice/remands.h"
#include "reference/establishments.h"
#include "web/view_data.h"

namespace pathway::justice {

// [{type, start, end, looked_after, end_href}] newest first; end_href (to end it) only for
// a remand still running when `may_change`.
web::ViewList remand_rows(const std::vector<Remand>& remands, const std::string& record_href, bool may_change);

// [{establishment, type, sentence, start, release, release_href, transfer_href,
// adult_estate_href}]: the actions only for an episode still open when `may_change`, the
// move to the adult estate only for a young person of 18 or over (`adult`) not already there.
web::ViewList custody_rows(const std::vector<CustodyEpisode>& episodes, const std::vector<Outcome>& outcomes,
                           const std::string& record_href, bool may_change, bool adult);

// "Detention and training order of 3 March 2025", the words for the sentence an episode
// serves; "Remand" for none.
std::string sentence_text(const std::optional<std::int64_t>& outcome_id, const std::vector<Outcome>& outcomes);

// The child's custodial outcomes (the custody tier), newest first.
std::vector<Outcome> custodial_outcomes(const std::vector<Outcome>& outcomes);

// [{label, options: [{value, label, selected}]}]: the establishments grouped as the select
// offers them (the youth estate, the adult estate, those no longer holding children).
web::ViewList establishment_groups(const std::vector<reference::Establishment>& establishments,
                                   const std::string& chosen);

}  // namespace pathway::justice
