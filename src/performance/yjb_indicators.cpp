#include "performance/yjb_indicators.h"

#include <array>

namespace pathway::performance {

namespace {

using measures::MeasureSet;

constexpr std::string_view percent = "%";
constexpr std::string_view kpi_md = "pathway-2025-1";

std::optional<IndicatorFigure> accommodation(const MeasureSet& set) {
  return IndicatorFigure{set.accommodation.suitable, set.accommodation.ending, set.accommodation.percent_suitable,
                         percent, "children in suitable accommodation", "children whose order ended"};
}

std::optional<IndicatorFigure> ete(const MeasureSet& set) {
  return IndicatorFigure{set.ete.suitable, set.ete.ending, set.ete.percent_suitable, percent,
                         "children in suitable education, training or employment", "children whose order ended"};
}

std::optional<IndicatorFigure> out_of_court(const MeasureSet& set) {
  return IndicatorFigure{set.out_of_court.completed, set.out_of_court.ending, set.out_of_court.percent_completed,
                         percent, "out-of-court disposals completed", "out-of-court disposals that ended"};
}

std::optional<IndicatorFigure> serious_violence(const MeasureSet& set) {
  return IndicatorFigure{set.serious_violence.children, set.population, set.serious_violence.rate_per_10k,
                         "per 10,000 children aged 10 to 17", "children cautioned or convicted",
                         "children aged 10 to 17 living in the area"};
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
     "Children with a formal plan in place, of the children with an identified SEND need (ALN in Wales)", "", "",
     "Practice records: each child's SEND or ALN need, and their education, health and care plan or learning plan",
     nullptr},
    {4, "Mental health and emotional wellbeing",
     "Children whose order ended with a screened or identified need for an intervention for their mental health or "
     "emotional wellbeing, and whether one was planned, offered and attended",
     "", "", "Practice records: assessments with health screening, and the interventions offered and attended", nullptr},
    {5, "Substance misuse",
     "Children whose order ended with a screened or identified need for treatment for substance misuse, and "
     "whether it was planned, offered and attended",
     "", "", "Practice records: assessments with substance misuse screening, and the treatment offered and attended", nullptr},
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
     "", "",
     "Practice records: a history of each child's involvement with children's social care and early help "
     "(Pathway holds only whether a child is looked after now)",
     nullptr},
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
