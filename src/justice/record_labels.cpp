#include "justice/record_labels.h"

#include <utility>

namespace pathway::justice {

namespace {

using Labels = std::initializer_list<std::pair<std::string_view, std::string_view>>;

std::string label_in(Labels labels, std::string_view code) {
  for (auto [value, words] : labels) {
    if (value == code) return std::string(words);
  }
  return std::string(code);
}

}  // namespace

std::string offence_category_label(std::string_view category) {
  return label_in({{"violence_against_the_person", "Violence against the person"},
                   {"robbery", "Robbery"},
                   {"sexual_offences", "Sexual offences"},
                   {"theft_and_handling", "Theft and handling stolen goods"},
                   {"burglary", "Burglary"},
                   {"criminal_damage", "Criminal damage"},
                   {"drugs", "Drugs offences"},
                   {"public_order", "Public order"},
                   {"motoring", "Motoring offences"},
                   {"fraud_and_forgery", "Fraud and forgery"},
                   {"arson", "Arson"},
                   {"breach", "Breach of a statutory order"},
                   {"other", "Other offences"}},
                  category);
}

std::string outcome_type_label(std::string_view outcome_type) {
  return label_in({{"no_further_action", "No further action"},
                   {"not_guilty", "Not guilty"},
                   {"community_resolution", "Community resolution"},
                   {"deferred_prosecution", "Deferred prosecution"},
                   {"youth_caution", "Youth caution"},
                   {"youth_conditional_caution", "Youth conditional caution"},
                   {"absolute_discharge", "Absolute discharge"},
                   {"conditional_discharge", "Conditional discharge"},
                   {"fine", "Fine"},
                   {"compensation_order", "Compensation order"},
                   {"referral_order", "Referral order"},
                   {"youth_rehabilitation_order", "Youth rehabilitation order"},
                   {"youth_rehabilitation_order_iss", "Youth rehabilitation order with intensive supervision and surveillance"},
                   {"detention_and_training_order", "Detention and training order"},
                   {"section_250", "Detention under section 250"},
                   {"section_252a", "Special sentence for offenders of particular concern (section 252A)"},
                   {"extended_sentence", "Extended sentence"},
                   {"detention_at_his_majestys_pleasure", "Detention at His Majesty’s pleasure"}},
                  outcome_type);
}

std::string outcome_tier_label(OutcomeTier tier) {
  switch (tier) {
    case OutcomeTier::no_outcome: return "No outcome";
    case OutcomeTier::pre_court: return "Out of court, non-substantive";
    case OutcomeTier::pre_court_substantive: return "Out of court, substantive";
    case OutcomeTier::first_tier: return "First tier (court)";
    case OutcomeTier::community: return "Community (court)";
    case OutcomeTier::custody: return "Custody (court)";
  }
  return "";
}

std::string completion_label(std::string_view completion) {
  return label_in({{"completed", "Completed"},
                   {"breached", "Breached"},
                   {"revoked", "Revoked"},
                   {"ongoing", "Ongoing"},
                   {"not_applicable", "Not applicable"}},
                  completion);
}

std::string end_status_label(std::string_view status) {
  return label_in({{"suitable", "Suitable"}, {"unsuitable", "Unsuitable"}}, status);
}

std::string breach_result_label(std::string_view result) {
  return label_in({{"order_continues", "Order continues"},
                   {"fine", "Fine, the order continues"},
                   {"order_amended", "Order amended (requirements changed or added)"},
                   {"revoked_and_resentenced", "Order revoked and the child resentenced"},
                   {"further_detention_or_supervision", "Further detention or supervision"},
                   {"withdrawn", "Proceedings withdrawn"},
                   {"dismissed", "Dismissed (breach not proved)"}},
                  result);
}

std::string remand_type_label(std::string_view remand_type) {
  return label_in({{"unconditional_bail", "Unconditional bail"},
                   {"conditional_bail", "Conditional bail"},
                   {"bail_supervision_and_support", "Bail with supervision and support"},
                   {"bail_iss", "Bail with intensive supervision and surveillance"},
                   {"remand_local_authority", "Remanded to local authority accommodation"},
                   {"remand_youth_detention", "Remanded to youth detention accommodation"}},
                  remand_type);
}

std::string establishment_type_label(std::string_view type) {
  return label_in({{"yoi", "Young offender institution"},
                   {"stc", "Secure training centre"},
                   {"sch", "Secure children’s home"},
                   {"secure_school", "Secure school"},
                   {"adult_prison", "Adult prison"}},
                  type);
}

}  // namespace pathway::justice
