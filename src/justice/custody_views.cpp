#include "justice/custody_views.h"

#include <algorithm>

#include "justice/record_labels.h"
#include "justice/record_rules.h"

namespace pathway::justice {

web::ViewList remand_rows(const std::vector<Remand>& remands, const std::string& record_href, bool may_change) {
  web::ViewList rows;
  for (const auto& remand : remands) {
    web::ViewData row;
    row.set("type", remand_type_label(remand.remand_type));
    row.set("start", to_display(remand.start_date));
    row.set("end", remand.end_date ? to_display(*remand.end_date) : "Not ended");
    row.set("looked_after", remand_makes_looked_after(remand.remand_type));
    if (may_change && !remand.end_date) {
      row.set("end_href", record_href + "/remands/" + std::to_string(remand.id) + "/end");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string sentence_text(const std::optional<std::int64_t>& outcome_id, const std::vector<Outcome>& outcomes) {
  if (!outcome_id) return "Remand";
  auto outcome = std::find_if(outcomes.begin(), outcomes.end(),
                              [&](const Outcome& candidate) { return candidate.id == *outcome_id; });
  if (outcome == outcomes.end()) return "Sentence not found";
  return outcome_type_label(outcome->details.outcome_type) + " of " + to_display(outcome->details.outcome_date);
}

web::ViewList custody_rows(const std::vector<CustodyEpisode>& episodes, const std::vector<Outcome>& outcomes,
                           const std::string& record_href, bool may_change, bool adult) {
  web::ViewList rows;
  for (const auto& episode : episodes) {
    web::ViewData row;
    row.set("establishment", episode.placement.establishment);
    row.set("type", establishment_type_label(episode.placement.establishment_type));
    row.set("sentence", sentence_text(episode.outcome_id, outcomes));
    row.set("start", to_display(episode.start_date));
    row.set("release", episode.release_date ? to_display(*episode.release_date) : "In custody");
    if (may_change && !episode.release_date) {
      std::string href = record_href + "/custody/" + std::to_string(episode.id);
      row.set("release_href", href + "/release");
      row.set("transfer_href", href + "/transfer");
      if (adult && episode.placement.establishment_type != "adult_prison") {
        row.set("adult_estate_href", href + "/transfer?estate=adult");
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<Outcome> custodial_outcomes(const std::vector<Outcome>& outcomes) {
  std::vector<Outcome> custodial;
  std::copy_if(outcomes.begin(), outcomes.end(), std::back_inserter(custodial), [](const Outcome& outcome) {
    return outcome_tier(outcome.details.outcome_type) == OutcomeTier::custody;
  });
  return custodial;
}

web::ViewList establishment_groups(const std::vector<reference::Establishment>& establishments,
                                   const std::string& chosen) {
  struct Group {
    std::string label;
    web::ViewList options;
  };
  Group youth{"Youth secure estate", {}}, adult{"Adult estate (from 18)", {}},
      former{"No longer holding children (for earlier custody)", {}};
  for (const auto& establishment : establishments) {
    const auto& details = establishment.details;
    bool adult_prison = details.establishment_type == "adult_prison";
    web::ViewData option;
    std::string value = std::to_string(establishment.id);
    option.set("value", value);
    option.set("label", details.name + " (" + establishment_type_label(details.establishment_type) + ")");
    option.set("selected", value == chosen);
    Group& group = !details.holds_children ? former : adult_prison ? adult : youth;
    group.options.push_back(std::move(option));
  }
  web::ViewList groups;
  for (Group* group : {&youth, &adult, &former}) {
    if (group->options.empty()) continue;
    web::ViewData item;
    item.set("label", group->label);
    item.set("options", std::move(group->options));
    groups.push_back(std::move(item));
  }
  return groups;
}

}  // namespace pathway::justice
