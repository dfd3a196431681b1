#include "justice/court_vocabulary.h"

namespace pathway::justice {

const std::vector<CodeWords>& hearing_purposes() {
  static const std::vector<CodeWords> list = {{"first_appearance", "First appearance"},
                                              {"bail_application", "Bail application"},
                                              {"plea", "Plea"},
                                              {"case_management", "Case management"},
                                              {"trial", "Trial"},
                                              {"sentence", "Sentence"},
                                              {"breach", "Breach of an order"},
                                              {"review", "Review of an order"}};
  return list;
}

const std::vector<CodeWords>& hearing_results() {
  static const std::vector<CodeWords> list = {{"adjourned", "Adjourned"},
                                              {"convicted", "Convicted (guilty plea or found guilty), sentence adjourned"},
                                              {"sentenced", "Sentenced"},
                                              {"not_guilty", "Not guilty or dismissed"},
                                              {"withdrawn", "Withdrawn or discontinued"},
                                              {"breach_proved", "Breach proved"},
                                              {"breach_not_proved", "Breach not proved"},
                                              {"reviewed", "Order reviewed"}};
  return list;
}

const std::vector<CodeWords>& court_report_types() {
  static const std::vector<CodeWords> list = {{pre_sentence_report, "Pre-sentence report"},
                                              {"referral_order_panel", "Referral order panel report"}};
  return list;
}

const std::vector<CodeWords>& court_report_statuses() {
  static const std::vector<CodeWords> list = {
      {"asked", "Asked for"}, {"submitted", "Submitted"}, {"quality_assured", "Quality-assured"}};
  return list;
}

const std::vector<CodeWords>& panel_agencies() {
  static const std::vector<CodeWords> list = {{"police", "Police"},
                                              {"youth_justice_service", "Youth justice service"},
                                              {"childrens_social_care", "Children’s social care"},
                                              {"education", "Education"},
                                              {"health", "Health (including CAMHS)"},
                                              {"victim_services", "Victim services"},
                                              {"other", "Other agency"}};
  return list;
}

const std::vector<CodeWords>& panel_recommendations() {
  static const std::vector<CodeWords> list = {{"no_further_action", "No further action"},
                                              {"community_resolution", "Community resolution"},
                                              {"deferred_prosecution", "Deferred prosecution"},
                                              {"youth_caution", "Youth caution"},
                                              {"youth_conditional_caution", "Youth conditional caution"},
                                              {"charge", "Charge (to court)"}};
  return list;
}

std::vector<std::string_view> codes_of(const std::vector<CodeWords>& list) {
  std::vector<std::string_view> codes;
  for (const auto& item : list) codes.push_back(item.code);
  return codes;
}

std::string words_for(const std::vector<CodeWords>& list, std::string_view code) {
  for (const auto& item : list) {
    if (item.code == code) return std::string(item.words);
  }
  return std::string(code);
}

}  // namespace pathway::justice
