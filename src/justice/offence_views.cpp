#include "justice/offence_views.h"

#include <algorithm>

#include "justice/record_labels.h"

namespace pathway::justice {

using web::ViewData;
using web::ViewList;

namespace {

// "27 March 2024: Burglary", naming an offence in a list.
std::string offence_name(const OffenceDetails& details) {
  return to_display(details.offence_date) + ": " + offence_category_label(details.category);
}

void set_if(ViewData& data, const std::string& key, const std::string& text) {
  if (!text.empty()) data.set(key, text);  // mustache shows a section for any string
}

}  // namespace

ViewData linked_child_data(const LinkedChild& child) {
  ViewData item;
  item.set("hidden", !child.may_open);  // set either way: a missing key would be looked up outside
  if (child.may_open) {
    item.set("name", child.full_name);
    item.set("href", "/children/" + child.public_id + "/offences");
  }
  return item;
}

ViewList offence_rows(const std::vector<Offence>& offences, const std::string& child_href, bool may_change) {
  ViewList rows;
  for (const auto& offence : offences) {
    ViewData row;
    row.set("id", std::to_string(offence.id));
    row.set("date", to_display(offence.details.offence_date));
    row.set("category", offence_category_label(offence.details.category));
    row.set("gravity", std::to_string(offence.details.gravity));
    set_if(row, "description", offence.details.description);
    ViewList codefendants;
    for (const auto& child : offence.codefendants) codefendants.push_back(linked_child_data(child));
    row.set("has_codefendants", !codefendants.empty());
    row.set("codefendants", codefendants);
    row.set("disposed", offence.disposed);
    if (may_change) row.set("change_href", child_href + "/offences/" + std::to_string(offence.id) + "/edit");
    rows.push_back(std::move(row));
  }
  return rows;
}

ViewList codefendant_of_rows(const std::vector<CodefendantOf>& named_in) {
  ViewList rows;
  for (const auto& link : named_in) {
    ViewData row = linked_child_data(link.child);
    row.set("date", to_display(link.offence_date));
    row.set("category", offence_category_label(link.category));
    rows.push_back(std::move(row));
  }
  return rows;
}

ViewData outcome_row(const Outcome& outcome, const std::vector<Offence>& offences, const std::string& child_href) {
  const auto& details = outcome.details;
  ViewData row;
  row.set("type", outcome_type_label(details.outcome_type));
  row.set("date", to_display(details.outcome_date));
  row.set("href", child_href + "/outcomes/" + std::to_string(outcome.id));
  set_if(row, "court", details.court);
  if (details.hearing_date) row.set("hearing_date", to_display(*details.hearing_date));
  ViewList disposes;
  for (std::int64_t id : details.offence_ids) {
    auto offence = std::find_if(offences.begin(), offences.end(), [&](const Offence& o) { return o.id == id; });
    if (offence == offences.end()) continue;
    ViewData item;
    item.set("text", offence_name(offence->details));
    disposes.push_back(std::move(item));
  }
  row.set("offences", disposes);
  if (details.start_date) row.set("start", to_display(*details.start_date));
  if (details.end_date) row.set("end", to_display(*details.end_date));
  if (details.length_months) {
    row.set("length", std::to_string(*details.length_months) + (*details.length_months == 1 ? " month" : " months"));
  }
  set_if(row, "completion", completion_label(details.completion));
  set_if(row, "end_ete", end_status_label(details.end_ete));
  set_if(row, "end_accommodation", end_status_label(details.end_accommodation));
  return row;
}

ViewList outcome_rows(const std::vector<Outcome>& outcomes, const std::vector<Offence>& offences,
                      const std::string& child_href) {
  ViewList rows;
  for (const auto& outcome : outcomes) rows.push_back(outcome_row(outcome, offences, child_href));
  return rows;
}

ViewList category_options(const std::string& chosen) {
  ViewList options;
  for (auto category : offence_categories()) {
    ViewData option;
    option.set("value", std::string(category));
    option.set("label", offence_category_label(category));
    option.set("selected", category == chosen);
    options.push_back(std::move(option));
  }
  return options;
}

ViewList outcome_type_groups(const std::string& chosen) {
  ViewList groups;
  std::optional<OutcomeTier> current;
  for (auto type : outcome_types()) {
    OutcomeTier tier = *outcome_tier(type);
    if (tier != current) {
      ViewData group;
      group.set("label", outcome_tier_label(tier));
      group.set("options", ViewList{});
      groups.push_back(std::move(group));
      current = tier;
    }
    ViewData option;
    option.set("value", std::string(type));
    option.set("label", outcome_type_label(type));
    option.set("selected", type == chosen);
    groups.back()["options"].push_back(std::move(option));
  }
  return groups;
}

ViewList offence_choices(const std::vector<Offence>& offences, const std::vector<std::string>& ticked) {
  ViewList choices;
  for (const auto& offence : offences) {
    if (offence.disposed) continue;
    ViewData choice;
    std::string id = std::to_string(offence.id);
    // The first box takes the group's id, so the error summary's link lands on it.
    choice.set("input_id", choices.empty() ? "offences" : "offences-" + id);
    choice.set("value", id);
    choice.set("label", offence_name(offence.details));
    set_if(choice, "description", offence.details.description);
    choice.set("checked", std::find(ticked.begin(), ticked.end(), id) != ticked.end());
    choices.push_back(std::move(choice));
  }
  return choices;
}

ViewList optional_choices(const std::vector<std::string_view>& values, std::string (*label)(std::string_view),
                          const std::string& chosen, std::string_view none) {
  ViewList options;
  ViewData blank;
  blank.set("value", "");
  blank.set("label", std::string(none));
  blank.set("selected", chosen.empty());
  options.push_back(std::move(blank));
  for (auto value : values) {
    ViewData option;
    option.set("value", std::string(value));
    option.set("label", label(value));
    option.set("selected", value == chosen);
    options.push_back(std::move(option));
  }
  return options;
}

ViewList codefendant_options(const std::vector<LinkedChild>& children, bool ticked) {
  ViewList options;
  for (const auto& child : children) {
    ViewData option;
    option.set("value", child.public_id);
    option.set("label", child.full_name + ", born " + to_display(child.date_of_birth));
    option.set("checked", ticked);
    options.push_back(std::move(option));
  }
  return options;
}

}  // namespace pathway::justice
