#pragma once
// The exchange format's codes of the justice record in plain words, as pages show them
// ("theft_and_handling" is "Theft and handling"). Pure.
#include <string>
#include <string_view>

#include "justice/record_rules.h"

namespace pathway::justice {

// The words for an offence category; the code itself for one that is not a category.
std::string offence_category_label(std::string_view category);

// The words for an outcome type ("Detention and training order"); the code for another.
std::string outcome_type_label(std::string_view outcome_type);

// The words for a tier of outcomes ("Community (court)").
std::string outcome_tier_label(OutcomeTier tier);

// The words for a completion ("Breached") or an end status ("Suitable"); "" for "".
std::string completion_label(std::string_view completion);
std::string end_status_label(std::string_view status);

// The words for a result of breach proceedings ("Order revoked and the child resentenced");
// the code for another.
std::string breach_result_label(std::string_view result);

// The words for a remand type ("Remanded to youth detention accommodation") and an
// establishment type ("Secure children’s home"); the code for another.
std::string remand_type_label(std::string_view remand_type);
std::string establishment_type_label(std::string_view type);

}  // namespace pathway::justice
