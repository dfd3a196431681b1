#include "justice/record_rules.h"

#include <algorithm>

namespace pathway::justice {

namespace {

constexpr int youngest_offender = 10;  // the age of criminal responsibility
constexpr int oldest_child = 17;
constexpr int youngest_for_detention = 12;  // a DTO, or a remand to youth detention

std::string age_text(int age) { return std::to_string(age); }

// Adds the breach of end_before_start, if any.
void check_order(std::vector<RuleBreach>& breaches, const std::optional<Date>& start, const std::optional<Date>& end,
                 std::string_view field, std::string_view start_field) {
  if (auto breach = end_before_start(start, end, field, start_field)) breaches.push_back(std::move(*breach));
}

}  // namespace

const std::vector<std::string_view>& offence_categories() {
  static const std::vector<std::string_view> values = {
      "violence_against_the_person", "robbery", "sexual_offences", "theft_and_handling", "burglary",
      "criminal_damage", "drugs", "public_order", "motoring", "fraud_and_forgery", "arson", "breach", "other"};
  return values;
}

const std::vector<std::string_view>& outcome_types() {
  static const std::vector<std::string_view> values = {
      "no_further_action", "not_guilty", "community_resolution", "deferred_prosecution", "youth_caution",
      "youth_conditional_caution", "absolute_discharge", "conditional_discharge", "fine", "compensation_order",
      "referral_order", "youth_rehabilitation_order", "youth_rehabilitation_order_iss",
      "detention_and_training_order", "section_250", "section_252a", "extended_sentence",
      "detention_at_his_majestys_pleasure"};
  return values;
}

const std::vector<std::string_view>& completions() {
  static const std::vector<std::string_view> values = {"completed", "breached", "revoked", "ongoing",
                                                       "not_applicable"};
  return values;
}

const std::vector<std::string_view>& end_statuses() {
  static const std::vector<std::string_view> values = {"suitable", "unsuitable"};
  return values;
}

const std::vector<std::string_view>& remand_types() {
  static const std::vector<std::string_view> values = {"unconditional_bail",     "conditional_bail",
                                                       "bail_supervision_and_support", "bail_iss",
                                                       "remand_local_authority", "remand_youth_detention"};
  return values;
}

const std::vector<std::string_view>& establishment_types() {
  static const std::vector<std::string_view> values = {"yoi", "stc", "sch", "secure_school", "adult_prison"};
  return values;
}

std::optional<RuleBreach> end_before_start(const std::optional<Date>& start, const std::optional<Date>& end,
                                           std::string_view field, std::string_view start_field) {
  if (!start || !end || !(*end < *start)) return std::nullopt;
  return RuleBreach{std::string(field), "it is before the " + std::string(start_field) + " (" + to_display(*start) +
                                            "): give a date on or after it"};
}

bool is_one_of(const std::vector<std::string_view>& values, std::string_view value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

std::optional<OutcomeTier> outcome_tier(std::string_view type) {
  struct Tiered {
    std::string_view type;
    OutcomeTier tier;
  };
  static constexpr Tiered tiers[] = {
      {"no_further_action", OutcomeTier::no_outcome},
      {"not_guilty", OutcomeTier::no_outcome},
      {"community_resolution", OutcomeTier::pre_court},
      {"deferred_prosecution", OutcomeTier::pre_court},
      {"youth_caution", OutcomeTier::pre_court_substantive},
      {"youth_conditional_caution", OutcomeTier::pre_court_substantive},
      {"absolute_discharge", OutcomeTier::first_tier},
      {"conditional_discharge", OutcomeTier::first_tier},
      {"fine", OutcomeTier::first_tier},
      {"compensation_order", OutcomeTier::first_tier},
      {"referral_order", OutcomeTier::first_tier},
      {"youth_rehabilitation_order", OutcomeTier::community},
      {"youth_rehabilitation_order_iss", OutcomeTier::community},
      {"detention_and_training_order", OutcomeTier::custody},
      {"section_250", OutcomeTier::custody},
      {"section_252a", OutcomeTier::custody},
      {"extended_sentence", OutcomeTier::custody},
      {"detention_at_his_majestys_pleasure", OutcomeTier::custody},
  };
  for (const auto& entry : tiers) {
    if (entry.type == type) return entry.tier;
  }
  return std::nullopt;
}

bool is_court_outcome(std::string_view type) {
  auto tier = outcome_tier(type);
  return tier && *tier >= OutcomeTier::first_tier;
}

std::vector<RuleBreach> offence_breaches(Date date_of_birth, const OffenceFacts& offence) {
  std::vector<RuleBreach> breaches;
  int age = age_on(date_of_birth, offence.offence_date);
  if (age < youngest_offender || age > oldest_child) {
    breaches.push_back({"offence_date", "the child was " + age_text(age) +
                                            " on this date: an offence is recorded for a child aged 10 to 17 "
                                            "on the day it was committed; check the date and the date of birth"});
  }
  if (offence.gravity < 1 || offence.gravity > 8) {
    breaches.push_back({"gravity", "the YJB seriousness score is a whole number from 1 to 8"});
  }
  return breaches;
}

std::optional<std::string> dto_term_breach(int months, Date order_date) {
  if (order_date >= pcsc_act_2022) {
    if (months >= 4 && months <= 24) return std::nullopt;
    return "a detention and training order made on or after 28 June 2022 is for 4 to 24 months";
  }
  static constexpr int old_terms[] = {4, 6, 8, 10, 12, 18, 24};
  if (std::find(std::begin(old_terms), std::end(old_terms), months) != std::end(old_terms)) return std::nullopt;
  return "a detention and training order made before 28 June 2022 is for 4, 6, 8, 10, 12, 18 or 24 months";
}

std::vector<RuleBreach> outcome_breaches(Date date_of_birth, const OutcomeFacts& outcome) {
  std::vector<RuleBreach> breaches;
  if (outcome.offence_dates.empty()) {
    breaches.push_back({"offence_ids", "name at least one offence the outcome disposes of"});
  }
  for (Date offence_date : outcome.offence_dates) {
    if (outcome.outcome_date < offence_date) {
      breaches.push_back({"offence_ids", "an offence it names was committed on " + to_display(offence_date) +
                                             ", after the outcome's date (" + to_display(outcome.outcome_date) +
                                             "): an outcome disposes only of earlier offences"});
    }
  }
  check_order(breaches, outcome.start_date, outcome.end_date, "end_date", "start date");
  if (outcome.outcome_type == "detention_and_training_order") {
    int age = age_on(date_of_birth, outcome.outcome_date);
    if (age < youngest_for_detention) {
      breaches.push_back({"outcome_type", "the child was " + age_text(age) +
                                              " on the outcome's date: a detention and training order is for a "
                                              "child aged 12 or over"});
    }
    if (!outcome.length_months) {
      breaches.push_back({"length_months", "give the term the court set, in whole months"});
    } else if (auto breach = dto_term_breach(*outcome.length_months, outcome.outcome_date)) {
      breaches.push_back({"length_months", *breach});
    }
  }
  return breaches;
}

std::vector<RuleBreach> remand_breaches(Date date_of_birth, const RemandFacts& remand) {
  std::vector<RuleBreach> breaches;
  int age = age_on(date_of_birth, remand.start_date);
  if (age < youngest_offender) {
    breaches.push_back({"start_date", "the child was " + age_text(age) +
                                          " on this date: a remand is for a child aged 10 or over"});
  } else if (remand.remand_type == "remand_youth_detention" && age < youngest_for_detention) {
    breaches.push_back({"remand_type", "the child was " + age_text(age) +
                                           " on the start date: a child of 10 or 11 refused bail is remanded to "
                                           "local authority accommodation, not youth detention"});
  }
  check_order(breaches, remand.start_date, remand.end_date, "end_date", "start date");
  return breaches;
}

bool remand_makes_looked_after(std::string_view remand_type) {
  return remand_type == "remand_local_authority" || remand_type == "remand_youth_detention";
}

std::vector<RuleBreach> custody_breaches(const CustodyFacts& episode) {
  std::vector<RuleBreach> breaches;
  check_order(breaches, episode.start_date, episode.release_date, "release_date", "start date");
  return breaches;
}

}  // namespace pathway::justice
