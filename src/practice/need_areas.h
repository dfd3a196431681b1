#pragma once
// The areas of a child's life in which an assessment finds a need and a plan sets an
// objective: the one vocabulary that assessments (practice/assessments), intervention and
// resettlement plans (practice/plans, issue 13) and the needs profile share, so an
// objective can name the assessed need it answers. The resettlement pathways of issue 13
// are among them (accommodation; education, training and employment; physical and mental
// health; substance misuse; family and relationships; finance, benefits and ID;
// constructive activities and identity).
#include <optional>
#include <string_view>
#include <vector>

namespace pathway::practice {

struct NeedArea {
  std::string_view code;   // stored, e.g. "accommodation"; never changes once used
  std::string_view label;  // what practitioners call it, e.g. "Accommodation"
};

// Every need area, in the order forms and plans list them.
const std::vector<NeedArea>& all_need_areas();
// nullopt for an unknown code.
std::optional<NeedArea> need_area(std::string_view code);

}  // namespace pathway::practice
