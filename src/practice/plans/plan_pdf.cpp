#include "practice/plans/plan_pdf.h"

#include <utility>

#include "documents/document_writer.h"
#include "practice/plans/plan_views.h"

namespace pathway::practice {

namespace {

using documents::DocumentWriter;
using documents::TextStyle;

// Who helps with an objective, said to the child.
std::string owner_for_child(const ObjectiveOwner& owner) {
  switch (owner.kind) {
    case OwnerKind::staff:
      return owner.name + " will help with this.";
    case OwnerKind::child:
      return "You are in charge of this.";
    case OwnerKind::parent:
      return (owner.name.empty() ? std::string("Your parent or carer") : owner.name) + " will help with this.";
    case OwnerKind::agency:
      return owner.name + " will help with this.";
  }
  return "";
}

// A goal's heading in the child's words, not the service's: "Where I live", not
// "Accommodation".
std::string need_in_plain_words(const std::string& code) {
  static const std::pair<std::string_view, std::string_view> words[] = {
      {"accommodation", "Where I live"},
      {"education_training_employment", "School, training or work"},
      {"special_educational_needs", "Help with learning"},
      {"speech_language_communication", "Talking and understanding"},
      {"emotional_mental_health", "How I feel"},
      {"physical_health", "My health"},
      {"substance_misuse", "Drugs and alcohol"},
      {"family_relationships", "My family and friends"},
      {"finance_benefits_id", "Money and ID"},
      {"constructive_activities_identity", "Things I enjoy and who I am"},
      {"safety_wellbeing", "Keeping safe"},
      {"offending_behaviour", "Staying out of trouble"},
      {"risk_to_others", "Keeping other people safe"},
  };
  for (auto [need, plain] : words) {
    if (need == code) return std::string(plain);
  }
  return need_area_label(code);
}

// The day a version was saved: "20 November 2026".
std::string saved_on(const FormulationVersion& version) {
  auto day = parse_iso_date(std::string_view(version.saved_at).substr(0, 10));
  return day ? to_display(*day) : version.saved_at;
}

std::string with_full_stop(std::string text) {
  if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';
  return text;
}

}  // namespace

std::string child_friendly_plan_pdf(const PlanDocument& document) {
  const double body = child_friendly_body_size;
  std::string title = "My plan: " + document.child_name;
  DocumentWriter pdf(title, "My plan", 56.0);
  pdf.begin("Document");
  pdf.text_block("H1", "My plan", {30.0, true}, 8);
  pdf.text_block("P", "This plan is for " + document.child_name + ".", {body}, 6);
  pdf.text_block("P", "We made it together. It says what you want to change and who will help.", {body}, 6);
  if (auto next = next_plan_review(document.plan)) {
    pdf.text_block("P", "We will look at it again together on " + to_display(*next) + ".", {body}, 16);
  }
  int number = 0;
  for (const auto& objective : document.plan.objectives) {
    pdf.begin("Sect");
    pdf.text_block("H2", "Goal " + std::to_string(++number) + ": " + need_in_plain_words(objective.need_area), {22.0, true},
                   8);
    if (!objective.child_words.empty()) {
      pdf.text_block("H3", "What I said", {18.0, true}, 4);
      pdf.text_block("P", objective.child_words, {body}, 8);
    }
    pdf.text_block("H3", "What we agreed", {18.0, true}, 4);
    pdf.text_block("P", objective.worker_words, {body}, 8);
    pdf.text_block("P", owner_for_child(objective.owner), {body}, 8);
    if (!objective.actions.empty()) {
      pdf.text_block("H3", "What will happen", {18.0, true}, 4);
      pdf.begin("L");
      for (const auto& action : objective.actions) {
        std::string line = with_full_stop(action.description);
        if (!action.who.empty()) line += " Who: " + action.who + ".";
        if (action.by_when) line += " By " + to_display(*action.by_when) + ".";
        pdf.begin("LI");
        pdf.text_block("LBody", "• " + line, {body}, 6);
        pdf.end("LI");
      }
      pdf.end("L");
    }
    pdf.text_block("P", "We will check how this is going on " + to_display(objective.review_on) + ".", {body}, 20);
    pdf.end("Sect");
  }
  pdf.end("Document");
  return pdf.finish();
}

std::string full_plan_pdf(const PlanDocument& document) {
  std::string kind(plan_kind_label(document.plan.kind));
  std::string title = kind + ": " + document.child_name;
  DocumentWriter pdf(title, title + ", printed " + to_display(document.printed_on));
  pdf.begin("Document");
  pdf.text_block("H1", title, {20.0, true}, 6);
  pdf.text_block("P", "Born " + document.date_of_birth + ". Printed " + to_display(document.printed_on) + ".", {11.0}, 4);
  if (auto next = next_plan_review(document.plan)) {
    pdf.text_block("P", "Next review of the plan: " + to_display(*next) + ".", {11.0}, 12);
  }

  pdf.text_block("H2", "Case formulation", {16.0, true}, 6);
  if (document.formulation) {
    const auto& version = *document.formulation;
    pdf.text_block("P",
                   "Version " + std::to_string(version.version) + ", saved by " + version.saved_by + " on " +
                       saved_on(version) + ".",
                   {9.5}, 6);
    for (const auto& section : formulation_sections()) {
      auto text = version.sections.find(std::string(section.code));
      pdf.text_block("H3", std::string(section.heading), {11.0, true}, 2);
      pdf.text_block("P", text == version.sections.end() ? "Not written yet." : text->second, {10.0}, 8);
    }
  } else {
    pdf.text_block("P", "No case formulation has been written yet.", {10.0}, 8);
  }

  int number = 0;
  for (const auto& objective : document.plan.objectives) {
    pdf.begin("Sect");
    pdf.text_block("H2", "Objective " + std::to_string(++number) + ": " + need_area_label(objective.need_area),
                   {14.0, true}, 6);
    pdf.text_block("H3", "The child's words", {11.0, true}, 2);
    pdf.text_block("P", objective.child_words.empty() ? "Not recorded." : objective.child_words, {10.0}, 6);
    pdf.text_block("H3", "The worker's words", {11.0, true}, 2);
    pdf.text_block("P", objective.worker_words, {10.0}, 6);
    std::string facts = "Owner: " + owner_text(objective.owner) + ". Review date: " + to_display(objective.review_on) + ".";
    if (objective.assessment_id) facts += " From assessment " + std::to_string(*objective.assessment_id) + ".";
    pdf.text_block("P", facts, {10.0}, 6);
    if (!objective.actions.empty()) {
      const std::vector<documents::TableColumn> columns = {
          {255, documents::Align::left}, {140, documents::Align::left}, {100, documents::Align::left}};
      pdf.begin("Table");
      pdf.table_row(columns, {"Action", "Who", "By when"}, 9.5, true, 5.0);
      for (const auto& action : objective.actions) {
        pdf.table_row(columns,
                      {action.description, action.who.empty() ? "Not said" : action.who,
                       action.by_when ? to_display(*action.by_when) : "No date"},
                      9.5, false, 5.0);
      }
      pdf.end("Table");
    }
    pdf.skip(12);
    pdf.end("Sect");
  }

  pdf.text_block("H2", "Reviews", {16.0, true}, 6);
  if (document.plan.reviews.empty()) pdf.text_block("P", "The plan has not been reviewed yet.", {10.0}, 6);
  for (const auto& review : document.plan.reviews) {
    pdf.text_block("H3", "Review on " + to_display(review.reviewed_on), {11.0, true}, 2);
    pdf.text_block("P", "Who took part: " + review.took_part, {10.0}, 2);
    pdf.text_block("P", "What changed: " + review.what_changed, {10.0}, 2);
    pdf.text_block("P", "Next review: " + to_display(review.next_review_on) + ". Recorded by " + review.recorded_by + ".",
                   {10.0}, 8);
  }
  pdf.end("Document");
  return pdf.finish();
}

}  // namespace pathway::practice
