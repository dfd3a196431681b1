#pragma once
// What people call the values of the justice record's enumerations (record_rules.h): the
// words the pages show for the exchange format's codes. A value with no words (one the
// format does not list) is shown as it is stored.
#include <string>
#include <string_view>

namespace pathway::justice {

std::string offence_category_label(std::string_view category);  // "Theft and handling"
std::string outcome_type_label(std::string_view outcome_type);   // "Referral order"
std::string completion_label(std::string_view completion);       // "Breached"
std::string remand_type_label(std::string_view remand_type);     // "Remanded to youth detention accommodation"
std::string establishment_type_label(std::string_view type);     // "Secure children's home"

}  // namespace pathway::justice
