#pragma once
// The words of the wider services supporting a child (issue 11 point 9, YJB key
// performance indicator 8, "links to wider services"): early help, a child in need plan,
// a child protection plan, looked after. The codes are the ones the wider_services table
// allows (migration 34), in the order the form offers them: from the least to the most
// statutory involvement. Pure.
#include <string>
#include <string_view>
#include <vector>

#include "justice/court_vocabulary.h"

namespace pathway::practice {

// Early help, child in need plan, child protection plan, looked after.
const std::vector<justice::CodeWords>& wider_service_kinds();

// The child is looked after by the local authority: a service with a history here, beside
// the record's own yes or no of today (children.looked_after), which is set elsewhere.
inline constexpr std::string_view looked_after_service = "looked_after";

// The words of a service's code ("Child in need plan"); the code itself for one the list
// does not know.
std::string wider_service_words(std::string_view service);

}  // namespace pathway::practice
