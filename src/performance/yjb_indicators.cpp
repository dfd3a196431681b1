#include "performance/yjb_indicators.h"

#include <array>
#include <string>

namespace pathway::performance {

namespace {

using measures::MeasureSet;

constexpr std::string_view percent = "%";
constexpr std::string_view kpi_md = measures::definition_set;
constexpr std::string_view practice = measures::practice_definition_set;

std::optional<IndicatorFigure> accommodation(const MeasureSet& set) {
  return IndicatorFigure{set.accommodation.suitable, set.accommodation.ending, set.accommodation.percent_suitable,
                         percent, "children in suitable accommodation", "children whose order ended", "",
                         "accommodation.suitable", "accommodation.ending"};
}

std::optional<IndicatorFigure> ete(const MeasureSet& set) {
  return IndicatorFigure{set.ete.suitable,
                         set.ete.ending,
                         set.ete.percent_suitable,
                         percent,
                         "children in suitable education, training or employment",
                         "children whose order ended",
                         "",
                         "ete.suitable",
                         "ete.ending"};
}

std::optional<IndicatorFigure> out_of_court(const MeasureSet& set) {
  return IndicatorFigure{set.out_of_court.completed, set.out_of_court.ending, set.out_of_court.percent_completed,
                         percent, "out-of-court disposals completed", "out-of-court disposals that ended", "",
                         "out_of_court.completed", "out_of_court.ending"};
}

std::optional<IndicatorFigure> serious_violence(const MeasureSet& set) {
  return IndicatorFigure{set.serious_violence.children, set.population, set.serious_violence.rate_per_10k,
                         "per 10,000 children aged 10 to 17", "children cautioned or convicted",
                         "children aged 10 to 17 living in the area", "", "serious_violence.children", ""};
}

std::optional<IndicatorFigure> send(const MeasureSet& set) {
  return IndicatorFigure{set.send.with_plan, set.send.identified, set.send.percent_with_plan, percent,
                         "children with a plan in place",
                         "children whose order ended with special educational needs or a disability identified",
                         std::to_string(set.send.identified) + " of the " + std::to_string(set.send.ending) +
                             " children whose order ended had special educational needs or a disability identified; " +
                             std::to_string(set.send.suitable_ete) +
                             " of them were in suitable education, training or employment at the end.",
                         "send.with_plan", "send.identified"};
}

IndicatorFigure need_figure(const measures::NeedFigures& need, std::string_view of_words, std::string_view count_key,
                            std::string_view of_key) {
  return {need.attended, need.identified, need.percent_attended, percent, "children who attended an intervention",
          of_words,
          std::to_string(need.identified) + " of the " + std::to_string(need.ending) +
              " children whose order ended had the need identified during it; " + std::to_string(need.planned) +
              " had an intervention planned for it.",
          count_key, of_key};
}

std::optional<IndicatorFigure> mental_health(const MeasureSet& set) {
  return need_figure(set.mental_health, "children whose order ended with a mental health or emotional wellbeing need",
                     "mental_health.attended", "mental_health.identified");
}

std::optional<IndicatorFigure> substance_misuse(const MeasureSet& set) {
  return need_figure(set.substance_misuse, "children whose order ended with a substance misuse need",
                     "substance_misuse.attended", "substance_misuse.identified");
}

std::optional<IndicatorFigure> wider_services(const MeasureSet& set) {
  const auto& wider = set.wider_services;
  return IndicatorFigure{wider.supported, wider.ending, wider.percent_supported, percent,
                         "children supported by wider services", "children whose order ended",
                         "Early help " + std::to_string(wider.early_help) + ", child in need plan " +
                             std::to_string(wider.child_in_need) + ", child protection plan " +
                             std::to_string(wider.child_protection) + ", looked after " +
                             std::to_string(wider.looked_after) + " (a child may have several).",
                         "wider_services.supported", "accommodation.ending"};
}

const std::array<YjbIndicator, 10> indicators = {{
    {1, "Accommodation",
     "Children in suitable accommodation at the end of their order or programme, of those whose order ended", kpi_md,
     "Orders and programmes ending in the period, each child once with the one ending last; suitable when its end "
     "accommodation is recorded as suitable",
     "", accommodation},
    {2, "Education, training and employment (ETE)",
     "Children in suitable education, training or employment at the end of their order or programme, of those "
     "whose order ended",
     kpi_md,
     "The same children as accommodation; suitable when their end ETE is recorded as suitable (also split by "
     "compulsory school age on the performance pages)",
     "", ete},
    {3, "Special educational needs or disability (SEND) and additional learning needs (ALN)",
     "Children with a formal plan in place, of the children with an identified SEND need (ALN in Wales)", practice,
     "Children whose order ended in the period (each once, as for accommodation) whose latest SEND screening "
     "completed by the end date identified a need; with a plan when that screening says an education, health and "
     "care plan is in place",
     "", send},
    {4, "Mental health and emotional wellbeing",
     "Children whose order ended with a screened or identified need for an intervention for their mental health or "
     "emotional wellbeing, and whether one was planned, offered and attended",
     practice,
     "Children whose order ended in the period with an assessment or screening completed during the order that "
     "identified the need; planned when a plan objective for it was made during the order; attended when they "
     "attended an intervention session for it during the order",
     "", mental_health},
    {5, "Substance misuse",
     "Children whose order ended with a screened or identified need for treatment for substance misuse, and "
     "whether it was planned, offered and attended",
     practice,
     "As for mental health, for the substance misuse need: an assessment or screening during the order that "
     "identified it, a plan objective for it and an intervention for it attended during the order",
     "", substance_misuse},
    {6, "Out-of-court disposals",
     "Out-of-court disposal interventions completed, of those that ended", kpi_md,
     "Community resolutions, deferred prosecutions and cautions with a programme that ended in the period as "
     "completed, breached or revoked, counted per disposal",
     "", out_of_court},
    {7, "Management board attendance",
     "Attendance of the statutory partners' senior leaders at the youth justice management board", "", "",
     "Governance records: the management board's meetings and who attended them (no issue plans them yet)", nullptr},
    {8, "Links to wider services",
     "Children whose order ended who were supported by wider services (children's social care, early help and "
     "others)",
     practice,
     "Children whose order ended in the period who had early help, a child in need plan, a child protection plan "
     "or were looked after at any time during the order, from the wider services recorded on their Circumstances "
     "page",
     "", wider_services},
    {9, "Serious violence", "Children cautioned or convicted of a serious violence offence", kpi_md,
     "Children cautioned or convicted in the period of violence against the person, robbery or a drugs offence "
     "of gravity 5 or more, per 10,000 children aged 10 to 17 living in the area",
     "", serious_violence},
    {10, "Victims",
     "Victims who took part in restorative justice, of the victims who agreed to be contacted", "", "",
     "Victims records: each victim, their consent to contact, and the restorative justice offered and taken up", nullptr},
}};

}  // namespace

std::span<const YjbIndicator> yjb_indicators() { return indicators; }

}  // namespace pathway::performance
