#pragma once
// A recorded youth rehabilitation order as the sentencing library checks it
// (yro_requirements.h): the outcome's dates, the child's date of birth and home district,
// and the requirements recorded so far. Pure.
#include <optional>
#include <string>
#include <vector>

#include "justice/outcomes.h"
#include "justice/yro_requirements.h"

namespace pathway::justice {

// The order an outcome of type youth_rehabilitation_order(_iss) records, or nullopt for an
// outcome of another type. Its conviction date is the outcome's date (the day sentence
// was passed, the date the format holds); it takes effect on its start date, or on the
// outcome's date without one; every requirement is complied with by the end of the
// length the court set, else by the end recorded, else by the latest end the law allows
// for its conviction date (3 years).
std::optional<ProposedYro> recorded_yro(const OutcomeDetails& outcome, Date date_of_birth,
                                        std::string home_district_code, std::vector<Requirement> requirements);

}  // namespace pathway::justice
