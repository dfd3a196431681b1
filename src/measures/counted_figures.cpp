#include "measures/counted_figures.h"

#include <algorithm>

namespace pathway::measures {

namespace {

// Keeps the records of one count whose child's home district is in the scope.
class RecordsOfOneCount final : public CountVisitor {
 public:
  RecordsOfOneCount(const RecordSnapshot& snapshot, Tally tally, const Scope& scope)
      : district_(snapshot.children.district), tally_(tally), in_scope_(snapshot.district_codes.size(), false) {
    for (DistrictIndex d : scope.districts) in_scope_[d] = true;
  }

  void counted(const Counted& record) override {
    if (record.tally == tally_ && in_scope_[district_[record.child]]) records.push_back(record);
  }

  std::vector<Counted> records;

 private:
  const std::vector<DistrictIndex>& district_;
  Tally tally_;
  std::vector<bool> in_scope_;
};

const CountedFigure figures[] = {
    {"first_time_entrants", "count", "First time entrants", false, Tally::first_time_entrants,
     walk_first_time_entrants, [](const MeasureSet& set) { return set.first_time_entrants.count; }},
    {"custody", "count", "Custodial sentences", true, Tally::custodial_sentences, walk_custody,
     [](const MeasureSet& set) { return set.custody.count; }},
    {"custody", "court_disposals", "Court disposals", true, Tally::court_disposals, walk_custody,
     [](const MeasureSet& set) { return set.custody.court_disposals; }},
    {"remands", "episodes", "Remand episodes", true, Tally::remand_episodes, walk_remands,
     [](const MeasureSet& set) { return set.remands.episodes; }},
    {"remands", "youth_detention", "Remands to youth detention accommodation", true, Tally::remands_youth_detention,
     walk_remands, [](const MeasureSet& set) { return set.remands.youth_detention; }},
    {"accommodation", "ending", "Children whose order ended", false, Tally::orders_ending, walk_orders_ending,
     [](const MeasureSet& set) { return set.accommodation.ending; }},
    {"accommodation", "suitable", "In suitable accommodation at the end", false, Tally::accommodation_suitable,
     walk_orders_ending, [](const MeasureSet& set) { return set.accommodation.suitable; }},
    {"accommodation", "aged_16_17_ending", "Aged 16 or 17 when their order ended", false, Tally::aged_16_17_ending,
     walk_orders_ending, [](const MeasureSet& set) { return set.accommodation.aged_16_17_ending; }},
    {"accommodation", "aged_16_17_suitable", "Aged 16 or 17, in suitable accommodation at the end", false,
     Tally::aged_16_17_suitable, walk_orders_ending,
     [](const MeasureSet& set) { return set.accommodation.aged_16_17_suitable; }},
    {"ete", "ending", "Children whose order ended", false, Tally::orders_ending, walk_orders_ending,
     [](const MeasureSet& set) { return set.ete.ending; }},
    {"ete", "suitable", "In suitable education, training or employment at the end", false, Tally::ete_suitable,
     walk_orders_ending, [](const MeasureSet& set) { return set.ete.suitable; }},
    {"ete", "school_age_ending", "Of compulsory school age when their order ended", false, Tally::school_age_ending,
     walk_orders_ending, [](const MeasureSet& set) { return set.ete.school_age_ending; }},
    {"ete", "school_age_suitable", "Of school age, in suitable education at the end", false,
     Tally::school_age_suitable, walk_orders_ending, [](const MeasureSet& set) { return set.ete.school_age_suitable; }},
    {"ete", "above_school_age_ending", "Above school age when their order ended", false,
     Tally::above_school_age_ending, walk_orders_ending,
     [](const MeasureSet& set) { return set.ete.above_school_age_ending; }},
    {"ete", "above_school_age_suitable", "Above school age, in suitable education, training or employment at the end",
     false, Tally::above_school_age_suitable, walk_orders_ending,
     [](const MeasureSet& set) { return set.ete.above_school_age_suitable; }},
    {"out_of_court", "ending", "Out-of-court disposals ended", true, Tally::out_of_court_ending,
     walk_out_of_court_completed, [](const MeasureSet& set) { return set.out_of_court.ending; }},
    {"out_of_court", "completed", "Out-of-court disposals completed", true, Tally::out_of_court_completed,
     walk_out_of_court_completed, [](const MeasureSet& set) { return set.out_of_court.completed; }},
    {"serious_violence", "children", "Children cautioned or convicted of serious violence", false,
     Tally::serious_violence_children, walk_serious_violence,
     [](const MeasureSet& set) { return set.serious_violence.children; }},
    // The practice indicators (docs/kpi.md, pathway-practice-2026-1).
    {"send", "identified", "With special educational needs or a disability identified", false,
     Tally::send_identified, walk_practice_indicators, [](const MeasureSet& set) { return set.send.identified; }},
    {"send", "with_plan", "With special educational needs and a plan in place", false, Tally::send_with_plan,
     walk_practice_indicators, [](const MeasureSet& set) { return set.send.with_plan; }},
    {"send", "suitable_ete", "With special educational needs, in suitable education, training or employment", false,
     Tally::send_suitable_ete, walk_practice_indicators, [](const MeasureSet& set) { return set.send.suitable_ete; }},
    {"mental_health", "identified", "With an emotional or mental health need identified", false,
     Tally::mental_health_identified, walk_practice_indicators,
     [](const MeasureSet& set) { return set.mental_health.identified; }},
    {"mental_health", "planned", "With a mental health need and an intervention planned", false,
     Tally::mental_health_planned, walk_practice_indicators,
     [](const MeasureSet& set) { return set.mental_health.planned; }},
    {"mental_health", "attended", "With a mental health need who attended an intervention", false,
     Tally::mental_health_attended, walk_practice_indicators,
     [](const MeasureSet& set) { return set.mental_health.attended; }},
    {"substance_misuse", "identified", "With a substance misuse need identified", false,
     Tally::substance_misuse_identified, walk_practice_indicators,
     [](const MeasureSet& set) { return set.substance_misuse.identified; }},
    {"substance_misuse", "planned", "With a substance misuse need and an intervention planned", false,
     Tally::substance_misuse_planned, walk_practice_indicators,
     [](const MeasureSet& set) { return set.substance_misuse.planned; }},
    {"substance_misuse", "attended", "With a substance misuse need who attended an intervention", false,
     Tally::substance_misuse_attended, walk_practice_indicators,
     [](const MeasureSet& set) { return set.substance_misuse.attended; }},
    {"wider_services", "supported", "Supported by wider services during their order", false,
     Tally::wider_services_supported, walk_practice_indicators,
     [](const MeasureSet& set) { return set.wider_services.supported; }},
    {"wider_services", "early_help", "Supported by early help", false, Tally::early_help, walk_practice_indicators,
     [](const MeasureSet& set) { return set.wider_services.early_help; }},
    {"wider_services", "child_in_need", "On a child in need plan", false, Tally::child_in_need,
     walk_practice_indicators, [](const MeasureSet& set) { return set.wider_services.child_in_need; }},
    {"wider_services", "child_protection", "On a child protection plan", false, Tally::child_protection,
     walk_practice_indicators, [](const MeasureSet& set) { return set.wider_services.child_protection; }},
    {"wider_services", "looked_after", "Looked after", false, Tally::looked_after, walk_practice_indicators,
     [](const MeasureSet& set) { return set.wider_services.looked_after; }},
};

}  // namespace

std::string CountedFigure::key() const { return std::string(measure) + "." + std::string(figure); }

std::span<const CountedFigure> counted_figures() { return figures; }

const CountedFigure* find_counted_figure(std::string_view key) {
  for (const CountedFigure& figure : figures) {
    if (figure.key() == key) return &figure;
  }
  return nullptr;
}

std::vector<Counted> counted_records(const RecordSnapshot& snapshot, const CountedFigure& figure, Period period,
                                     const Scope& scope) {
  RecordsOfOneCount visitor(snapshot, figure.tally, scope);
  figure.walk(snapshot, period, visitor);
  std::stable_sort(visitor.records.begin(), visitor.records.end(), [](const Counted& a, const Counted& b) {
    return a.day != b.day ? a.day < b.day : a.child < b.child;
  });
  return std::move(visitor.records);
}

}  // namespace pathway::measures
