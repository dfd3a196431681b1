#pragma once
// What a practitioner is to one child's case (case_workers.case_role), and how intensive
// the work with the child is (case_workers.intensity), which weighs the case in the
// worker's caseload. Until orders exist (a later issue), the allocating manager sets the
// intensity and changes it as the work changes.
#include <optional>
#include <string_view>
#include <vector>

#include "access/roles.h"

namespace pathway::allocation {

enum class CaseRole { case_manager, transition_practitioner, restorative_justice_worker, co_worker };

// The stored code, e.g. "case_manager".
std::string_view case_role_code(CaseRole role);
// What people call it, e.g. "Case manager".
std::string_view case_role_label(CaseRole role);
// nullopt for an unknown code.
std::optional<CaseRole> case_role_from_code(std::string_view code);
// The roles added beside the case manager, in the order the form offers them.
const std::vector<CaseRole>& practitioner_roles();

// The staff roles that may take this role on a case: a case manager manages the case;
// transition practitioners and restorative justice workers work county-wide in their
// specialism; any of the three may co-work.
std::vector<access::Role> staff_roles_for(CaseRole role);
// The staff roles that take any role on a case: the workers whose caseloads are counted.
std::vector<access::Role> caseload_roles();
// Whether the specialism works across the whole service, so its workers are offered
// whichever team holds the case (transition practitioners and restorative justice workers).
bool works_county_wide(CaseRole role);

enum class Intensity { standard, enhanced, intensive };

std::string_view intensity_code(Intensity intensity);
std::string_view intensity_label(Intensity intensity);
std::optional<Intensity> intensity_from_code(std::string_view code);
const std::vector<Intensity>& all_intensities();
// The weight of one case in a weighted caseload: standard 1, enhanced 1.5, intensive 2, in
// hundredths (100, 150, 200), the unit caseloads are counted in, so the arithmetic is exact.
int intensity_weight_hundredths(Intensity intensity);

}  // namespace pathway::allocation
