// The demo's justice histories, generated without a database: every record meets the
// rules of the justice record, what is asked to be in force today is, and the county's
// proportions land near the background plan's figures.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include "demo/demo_parts.h"
#include "demo/justice_histories.h"
#include "justice/record_rules.h"

namespace pathway {
namespace {

using namespace std::chrono;
using demo::InForce;

constexpr Date today{year{2026}, November, day{30}};

Date days_before(Date date, int count) { return Date{sys_days{date} - days{count}}; }

// A child aged 10 to 18 today, spread evenly.
Date date_of_birth_for(demo::DemoRandom& random, Date on) {
  return days_before(on, 3653 + static_cast<int>(random.below(9 * 365)));
}

constexpr InForce every_in_force[] = {
    InForce::drawn,          InForce::something,
    InForce::nothing,        InForce::out_of_court_programme,
    InForce::referral_order, InForce::youth_rehabilitation_order,
    InForce::youth_rehabilitation_order_iss, InForce::detention_in_custody,
    InForce::detention_in_community, InForce::section_250,
    InForce::section_252a,   InForce::extended_sentence,
    InForce::detention_at_his_majestys_pleasure, InForce::remanded_to_youth_detention,
    InForce::remanded_to_local_authority, InForce::bail_with_support};

demo::HistoryChild child_of(std::int64_t id, Date date_of_birth, std::string_view district, InForce in_force) {
  demo::HistoryChild child;
  child.child_id = id;
  child.date_of_birth = date_of_birth;
  child.district_code = district;
  child.in_force = in_force;
  return child;
}

std::string describe(const demo::HistoryChild& child) {
  return "child " + std::to_string(child.child_id) + " born " + to_iso(child.date_of_birth);
}

// Every record of the history against record_rules.h, and the facts the format needs
// beyond them: enumerations, references, nothing after today, an end only when ended.
void expect_lawful(const demo::HistoryChild& child, const demo::ChildHistory& history, Date on) {
  SCOPED_TRACE(describe(child));
  for (const auto& offence : history.offences) {
    EXPECT_EQ(justice::offence_breaches(child.date_of_birth, {offence.offence_date, offence.gravity}),
              std::vector<justice::RuleBreach>{})
        << to_iso(offence.offence_date);
    EXPECT_TRUE(justice::is_one_of(justice::offence_categories(), offence.category)) << offence.category;
    EXPECT_LE(offence.offence_date, on);
  }
  for (const auto& outcome : history.outcomes) {
    justice::OutcomeFacts facts{outcome.outcome_date, std::string(outcome.outcome_type), outcome.start_date,
                                outcome.end_date, outcome.length_months, {}};
    ASSERT_LE(outcome.first_offence + outcome.offence_count, history.offences.size());
    for (int n = 0; n < outcome.offence_count; ++n) {
      facts.offence_dates.push_back(history.offences[outcome.first_offence + n].offence_date);
    }
    EXPECT_EQ(justice::outcome_breaches(child.date_of_birth, facts), std::vector<justice::RuleBreach>{})
        << outcome.outcome_type << " on " << to_iso(outcome.outcome_date);
    EXPECT_TRUE(justice::is_one_of(justice::outcome_types(), outcome.outcome_type)) << outcome.outcome_type;
    EXPECT_TRUE(justice::is_one_of(justice::completions(), outcome.completion)) << outcome.completion;
    EXPECT_LE(outcome.outcome_date, on);
    EXPECT_LE(outcome.end_date.value_or(on), on);
    EXPECT_LE(outcome.start_date.value_or(on), on);
    bool ended = outcome.completion == "completed" || outcome.completion == "breached" ||
                 outcome.completion == "revoked";
    EXPECT_EQ(outcome.end_date.has_value(), ended) << outcome.outcome_type << " " << outcome.completion;
    EXPECT_EQ(!outcome.end_ete.empty(), ended);
    EXPECT_EQ(!outcome.end_accommodation.empty(), ended);
    if (ended) {
      EXPECT_TRUE(justice::is_one_of(justice::end_statuses(), outcome.end_ete));
      EXPECT_TRUE(justice::is_one_of(justice::end_statuses(), outcome.end_accommodation));
    }
    if (outcome.outcome_type == "referral_order") {
      ASSERT_TRUE(outcome.length_months && outcome.start_date);
      EXPECT_GE(*outcome.length_months, 3);
      EXPECT_LE(*outcome.length_months, 12);
    }
  }
  for (const auto& remand : history.remands) {
    EXPECT_EQ(justice::remand_breaches(child.date_of_birth, {remand.start_date, remand.end_date,
                                                             std::string(remand.remand_type)}),
              std::vector<justice::RuleBreach>{});
    EXPECT_TRUE(justice::is_one_of(justice::remand_types(), remand.remand_type)) << remand.remand_type;
    EXPECT_LE(remand.start_date, on);
  }
  for (const auto& episode : history.custody) {
    EXPECT_EQ(justice::custody_breaches({episode.start_date, episode.release_date}), std::vector<justice::RuleBreach>{});
    EXPECT_TRUE(justice::is_one_of(justice::establishment_types(), episode.establishment_type));
    EXPECT_FALSE(episode.establishment.empty());
    EXPECT_LE(episode.start_date, on);
    EXPECT_LE(episode.release_date.value_or(on), on);
    ASSERT_LT(episode.outcome, static_cast<int>(history.outcomes.size()));
    if (episode.outcome >= 0) {
      EXPECT_EQ(justice::outcome_tier(history.outcomes[episode.outcome].outcome_type), justice::OutcomeTier::custody);
    }
    // The adult estate only from 18.
    if (episode.establishment_type == "adult_prison") {
      EXPECT_GE(age_on(child.date_of_birth, episode.start_date), 18) << episode.establishment;
    }
    if (episode.establishment == "Cookham Wood YOI") {
      EXPECT_LT(episode.start_date, (Date{year{2024}, April, day{1}}));
    }
    if (episode.establishment == "Oasis Restore") {
      EXPECT_GE(episode.start_date, (Date{year{2024}, July, day{1}}));
    }
  }
}

TEST(JusticeHistories, EveryRecordOfManyChildrenMeetsTheRules) {
  // Two todays: one when the oldest children had histories before 28 June 2022, one when
  // every history is after it.
  for (Date on : {today, Date{year{2023}, March, day{1}}, Date{year{2029}, February, day{28}}}) {
    demo::DemoRandom births(5);
    demo::ChildHistory history;
    int with_history = 0;
    for (int i = 1; i <= 6000; ++i) {
      auto child = child_of(i, date_of_birth_for(births, on), "MAIDSTONE", every_in_force[i % std::size(every_in_force)]);
      auto random = demo::random_for_child(11, i);
      demo::generate_justice_history(child, on, random, history);
      expect_lawful(child, history, on);
      with_history += history.offences.empty() ? 0 : 1;
      if (HasFailure()) return;
    }
    EXPECT_EQ(with_history, 6000) << "every child of 10 or over has offended";
  }
}

TEST(JusticeHistories, AChildUnderTenHasNone) {
  auto child = child_of(1, days_before(today, 9 * 365), "DOVER", InForce::referral_order);
  auto random = demo::random_for_child(1, 1);
  demo::ChildHistory history;
  demo::generate_justice_history(child, today, random, history);
  EXPECT_TRUE(history.offences.empty() && history.outcomes.empty() && history.remands.empty() &&
              history.custody.empty());
}

TEST(JusticeHistories, TheSameSeedGivesTheSameHistory) {
  auto child = child_of(42, days_before(today, 16 * 365), "THANET", InForce::youth_rehabilitation_order);
  demo::ChildHistory first, second, other;
  auto a = demo::random_for_child(3, 42), b = demo::random_for_child(3, 42), c = demo::random_for_child(4, 42);
  demo::generate_justice_history(child, today, a, first);
  demo::generate_justice_history(child, today, b, second);
  demo::generate_justice_history(child, today, c, other);
  ASSERT_EQ(first.outcomes.size(), second.outcomes.size());
  for (std::size_t i = 0; i < first.outcomes.size(); ++i) {
    EXPECT_EQ(first.outcomes[i].outcome_date, second.outcomes[i].outcome_date);
    EXPECT_EQ(first.outcomes[i].outcome_type, second.outcomes[i].outcome_type);
  }
  bool same = first.offences.size() == other.offences.size();
  for (std::size_t i = 0; same && i < first.offences.size(); ++i) {
    same = first.offences[i].offence_date == other.offences[i].offence_date;
  }
  EXPECT_FALSE(same) << "another seed, another history";
}

// What the caller asks to be in force today is, for a child old enough for it.
TEST(JusticeHistories, WhatIsAskedToBeInForceTodayIs) {
  auto ongoing = [](const demo::ChildHistory& history, std::string_view type) {
    for (const auto& outcome : history.outcomes) {
      if (outcome.outcome_type == type && outcome.completion == "ongoing") return true;
    }
    return false;
  };
  auto inside = [](const demo::ChildHistory& history, bool remand) {
    for (const auto& episode : history.custody) {
      if (!episode.release_date && (episode.outcome < 0) == remand) return true;
    }
    return false;
  };
  auto remanded = [](const demo::ChildHistory& history, std::string_view type) {
    for (const auto& remand : history.remands) {
      if (!remand.end_date && (type.empty() ? remand.remand_type == "bail_supervision_and_support" ||
                                                  remand.remand_type == "bail_iss"
                                            : remand.remand_type == type)) {
        return true;
      }
    }
    return false;
  };
  for (int i = 1; i <= 300; ++i) {
    Date born = days_before(today, 16 * 365 + i);  // 16 today
    demo::ChildHistory history;
    auto check = [&](InForce in_force, auto&& holds, const char* what) {
      auto child = child_of(i, born, "SWALE", in_force);
      auto random = demo::random_for_child(9, i);
      demo::generate_justice_history(child, today, random, history);
      EXPECT_TRUE(holds()) << what << " for " << describe(child);
    };
    check(InForce::referral_order, [&] { return ongoing(history, "referral_order"); }, "referral order");
    check(InForce::youth_rehabilitation_order, [&] { return ongoing(history, "youth_rehabilitation_order"); }, "YRO");
    check(InForce::youth_rehabilitation_order_iss, [&] { return ongoing(history, "youth_rehabilitation_order_iss"); },
          "YRO with ISS");
    check(InForce::detention_in_custody,
          [&] { return ongoing(history, "detention_and_training_order") && inside(history, false); }, "DTO inside");
    check(InForce::detention_in_community,
          [&] { return ongoing(history, "detention_and_training_order") && !inside(history, false); },
          "DTO in the community");
    check(InForce::section_250, [&] { return ongoing(history, "section_250") && inside(history, false); }, "s. 250");
    check(InForce::detention_at_his_majestys_pleasure,
          [&] { return ongoing(history, "detention_at_his_majestys_pleasure") && inside(history, false); }, "DHMP");
    check(InForce::remanded_to_youth_detention,
          [&] { return remanded(history, "remand_youth_detention") && inside(history, true); }, "remand to YDA");
    check(InForce::remanded_to_local_authority, [&] { return remanded(history, "remand_local_authority"); },
          "remand to LAA");
    check(InForce::bail_with_support, [&] { return remanded(history, ""); }, "bail with support");
    check(InForce::out_of_court_programme,
          [&] { return ongoing(history, "youth_conditional_caution") || ongoing(history, "deferred_prosecution"); },
          "out-of-court programme");
    check(InForce::nothing, [&] {
      for (const auto& outcome : history.outcomes) {
        if (outcome.completion == "ongoing") return false;
      }
      for (const auto& remand : history.remands) {
        if (!remand.end_date) return false;
      }
      for (const auto& episode : history.custody) {
        if (!episode.release_date) return false;
      }
      return !history.outcomes.empty();
    }, "a closed case");
    if (HasFailure()) return;
  }
}

// A child of 10 or 11 refused bail goes to local authority accommodation, never youth
// detention, and is never given a detention and training order.
TEST(JusticeHistories, ChildrenOfTenAndElevenAreNeverDetained) {
  for (int i = 1; i <= 500; ++i) {
    auto child = child_of(i, days_before(today, 10 * 365 + 30 + i % 600), "ASHFORD",
                             i % 2 ? InForce::remanded_to_youth_detention : InForce::detention_in_custody);
    auto random = demo::random_for_child(2, i);
    demo::ChildHistory history;
    demo::generate_justice_history(child, today, random, history);
    expect_lawful(child, history, today);
    for (const auto& remand : history.remands) EXPECT_NE(remand.remand_type, "remand_youth_detention");
    for (const auto& outcome : history.outcomes) EXPECT_NE(outcome.outcome_type, "detention_and_training_order");
    if (HasFailure()) return;
  }
}

// The figures the demo county is built to: the background plan's.
struct CountyFigures {
  std::map<std::string, int> outcome_types;
  int court_disposals = 0, custodial = 0;
  int remand_episodes = 0, youth_detention = 0;  // episodes other than unconditional bail
  std::map<int, int> first_time_entrants;        // by year ending on today's date, 0 the last
  std::set<std::string> establishments;
  int transfers_to_adult_estate = 0;
  int dto_before_change = 0, dto_after_change = 0, dto_new_terms = 0;
  int offences = 0, outcomes = 0, children = 0;
};

bool substantive(std::string_view type) {
  return type != "no_further_action" && type != "not_guilty" && type != "community_resolution" &&
         type != "deferred_prosecution";
}

void count(CountyFigures& figures, const demo::HistoryChild& child, const demo::ChildHistory& history, Date on) {
  ++figures.children;
  figures.offences += static_cast<int>(history.offences.size());
  figures.outcomes += static_cast<int>(history.outcomes.size());
  bool entered = false;
  for (const auto& outcome : history.outcomes) {
    ++figures.outcome_types[std::string(outcome.outcome_type)];
    int age = age_on(child.date_of_birth, outcome.outcome_date);
    if (substantive(outcome.outcome_type) && !entered) {
      entered = true;
      if (age <= 17) {
        auto back = (sys_days{on} - sys_days{outcome.outcome_date}).count() / 365;
        ++figures.first_time_entrants[static_cast<int>(back)];
      }
    }
    if (justice::is_court_outcome(outcome.outcome_type) && age <= 17) {
      ++figures.court_disposals;
      if (justice::outcome_tier(outcome.outcome_type) == justice::OutcomeTier::custody) ++figures.custodial;
    }
    if (outcome.outcome_type == "detention_and_training_order") {
      if (outcome.outcome_date < justice::pcsc_act_2022) {
        ++figures.dto_before_change;
      } else {
        ++figures.dto_after_change;
        int term = *outcome.length_months;
        if (term != 4 && term != 6 && term != 8 && term != 10 && term != 12 && term != 18 && term != 24) {
          ++figures.dto_new_terms;
        }
      }
    }
  }
  for (const auto& remand : history.remands) {
    if (remand.remand_type == "unconditional_bail") continue;
    ++figures.remand_episodes;
    if (remand.remand_type == "remand_youth_detention") ++figures.youth_detention;
  }
  for (const auto& episode : history.custody) {
    figures.establishments.insert(std::string(episode.establishment));
    if (episode.establishment_type == "adult_prison") ++figures.transfers_to_adult_estate;
  }
}

// The demo county's 2,000 children, about one in six with an open case and the rest
// closed, as the demo's allocations make them.
TEST(JusticeHistories, TheCountysFiguresAreThePlans) {
  demo::DemoRandom random(1);
  auto districts = demo::demo_district_slots(random, 2000);
  auto children = demo::demo_children(random, districts, today);
  CountyFigures figures;
  demo::ChildHistory history;
  for (std::size_t i = 0; i < children.size(); ++i) {
    auto child = child_of(static_cast<std::int64_t>(i + 1), children[i].date_of_birth, districts[i],
                             i % 6 == 0 ? InForce::something : InForce::nothing);
    auto child_random = demo::random_for_child(1, child.child_id);
    demo::generate_justice_history(child, today, child_random, history);
    count(figures, child, history, today);
  }
  double custodial = 100.0 * figures.custodial / figures.court_disposals;
  double youth_detention = 100.0 * figures.youth_detention / figures.remand_episodes;
  std::cout << "[ county   ] " << figures.offences << " offences, " << figures.outcomes << " outcomes; custodial "
            << custodial << "% of " << figures.court_disposals << " court disposals; youth detention "
            << youth_detention << "% of " << figures.remand_episodes << " remands; first time entrants "
            << figures.first_time_entrants[0] << " last year, " << figures.first_time_entrants[1] << " the year before, "
            << figures.first_time_entrants[2] << " before that\n";
  EXPECT_GE(custodial, 3.0);
  EXPECT_LE(custodial, 7.0);
  EXPECT_GE(youth_detention, 6.0);
  EXPECT_LE(youth_detention, 12.0);
  for (int year = 0; year < 2; ++year) {
    EXPECT_GE(figures.first_time_entrants[year], 210) << year;
    EXPECT_LE(figures.first_time_entrants[year], 390) << year;
  }
  // Two to four offences a child, and an outcome for most of them.
  EXPECT_GE(figures.offences, 2 * 2000);
  EXPECT_LE(figures.offences, 4 * 2000);
  EXPECT_GE(figures.outcomes, figures.offences / 2);
}

TEST(JusticeHistories, ManyChildrenShowEveryOutcomeEstablishmentAndBothSidesOfTheChange) {
  CountyFigures figures;
  demo::DemoRandom births(8);
  demo::ChildHistory history;
  for (int i = 1; i <= 30000; ++i) {
    auto child = child_of(i, date_of_birth_for(births, today), "GRAVESHAM", InForce::drawn);
    auto random = demo::random_for_child(8, i);
    demo::generate_justice_history(child, today, random, history);
    count(figures, child, history, today);
  }
  for (auto type : justice::outcome_types()) {
    if (type == "section_252a" || type == "extended_sentence" || type == "detention_at_his_majestys_pleasure") {
      continue;  // asked for, never drawn: the demo county places them
    }
    EXPECT_GT(figures.outcome_types[std::string(type)], 0) << type;
  }
  for (auto place : {"Wetherby YOI", "Werrington YOI", "Feltham A YOI", "Cookham Wood YOI", "Oakhill STC",
                     "Oasis Restore"}) {
    EXPECT_TRUE(figures.establishments.count(place)) << place;
  }
  EXPECT_GT(figures.transfers_to_adult_estate, 0);
  EXPECT_GT(figures.dto_before_change, 0);
  EXPECT_GT(figures.dto_after_change, 0);
  EXPECT_GT(figures.dto_new_terms, 0) << "a term the old list lacked, made after 28 June 2022";
}

// Cheap enough for a national data set: a million children in a few seconds.
}  // namespace
}  // namespace pathway
