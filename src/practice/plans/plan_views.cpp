#include "practice/plans/plan_views.h"

#include "core/dates.h"
#include "practice/need_areas.h"

namespace pathway::practice {

namespace {

using web::ViewData;
using web::ViewList;

std::string saved_when(const std::string& instant) {
  auto seconds = parse_iso_instant(instant);
  return seconds ? to_uk_local_display(*seconds) : instant;
}

ViewList section_list(const FormulationVersion& version) {
  ViewList sections;
  for (const auto& section : formulation_sections()) {
    ViewData item;
    item.set("heading", std::string(section.heading));
    auto text = version.sections.find(std::string(section.code));
    item.set("text", text == version.sections.end() ? std::string("Not written yet") : text->second);
    item.set("blank", text == version.sections.end());
    sections.push_back(std::move(item));
  }
  return sections;
}

ViewData version_data(const FormulationVersion& version) {
  ViewData data;
  data.set("version", std::to_string(version.version));
  data.set("saved_by", version.saved_by);
  data.set("saved_at", saved_when(version.saved_at));
  data.set("sections", section_list(version));
  return data;
}

}  // namespace

std::string need_area_label(const std::string& code) {
  auto area = need_area(code);
  return area ? std::string(area->label) : code;
}

void add_formulation_data(ViewData& data, const std::vector<FormulationVersion>& versions) {
  data.set("has_formulation", !versions.empty());
  if (versions.empty()) return;
  data.set("formulation", version_data(versions.front()));
  ViewList earlier;
  for (std::size_t i = 1; i < versions.size(); ++i) earlier.push_back(version_data(versions[i]));
  data.set("has_earlier_versions", !earlier.empty());
  data.set("earlier_versions", std::move(earlier));
}

void add_plan_data(ViewData& data, const std::optional<Plan>& plan) {
  data.set("has_plan", plan.has_value());
  if (!plan) return;
  ViewList objectives;
  int number = 0;
  for (const auto& objective : plan->objectives) {
    ViewData item;
    item.set("id", std::to_string(objective.id));
    item.set("number", std::to_string(++number));
    item.set("need_area", need_area_label(objective.need_area));
    if (objective.assessment_id) item.set("assessment", std::to_string(*objective.assessment_id));
    item.set("worker_words", objective.worker_words);
    item.set("child_words", objective.child_words.empty() ? std::string("Not recorded") : objective.child_words);
    item.set("owner", owner_text(objective.owner));
    item.set("review_on", to_display(objective.review_on));
    ViewList actions;
    for (const auto& action : objective.actions) {
      ViewData row;
      row.set("description", action.description);
      row.set("who", action.who.empty() ? std::string("Not said") : action.who);
      row.set("by_when", action.by_when ? to_display(*action.by_when) : std::string("No date"));
      actions.push_back(std::move(row));
    }
    item.set("has_actions", !actions.empty());
    item.set("actions", std::move(actions));
    objectives.push_back(std::move(item));
  }
  data.set("objectives", std::move(objectives));
  ViewList reviews;
  for (auto review = plan->reviews.rbegin(); review != plan->reviews.rend(); ++review) {
    ViewData row;
    row.set("reviewed_on", to_display(review->reviewed_on));
    row.set("took_part", review->took_part);
    row.set("what_changed", review->what_changed);
    row.set("next_review_on", to_display(review->next_review_on));
    row.set("recorded_by", review->recorded_by);
    reviews.push_back(std::move(row));
  }
  data.set("has_reviews", !reviews.empty());
  data.set("reviews", std::move(reviews));
  if (auto next = next_plan_review(*plan)) data.set("next_review", to_display(*next));
}

std::string plan_shown(const std::optional<Plan>& plan) {
  if (!plan) return "no plan";
  std::string text = "plan " + std::to_string(plan->id) + " (objectives";
  for (const auto& objective : plan->objectives) text += " " + std::to_string(objective.id);
  text += ", reviews";
  for (const auto& review : plan->reviews) text += " " + std::to_string(review.id);
  return text + ")";
}

std::string formulation_shown(const std::vector<FormulationVersion>& versions) {
  if (versions.empty()) return "no formulation";
  std::string text = "formulation versions";
  for (const auto& version : versions) text += " " + std::to_string(version.version);
  return text;
}

}  // namespace pathway::practice
