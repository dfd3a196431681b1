// What counts as a change for the worse in a child's circumstances (issue 11 point 6): a
// table of changes, each with the warnings it must raise and no others; the first
// circumstance of a kind is no change; an arrest counts once the child was known; and the
// form recording a circumstance: bad input is a GOV.UK error beside its field, nothing saved.
#include <gtest/gtest.h>

#include <set>

#include "practice/circumstances/circumstance_form.h"
#include "practice/early_warnings/early_warnings.h"
#include "practice/early_warnings/worse_circumstances.h"

namespace pathway::practice {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }
const Date today = day("2026-12-01");
const Date born = day("2010-03-27");

Circumstance made(std::string kind, std::string status, std::string suitability, std::optional<int> hours = {}) {
  Circumstance circumstance;
  circumstance.details = {std::move(kind), std::move(status), std::move(suitability), hours, day("2026-11-01"), ""};
  return circumstance;
}
Circumstance home(std::string status, std::string suitability = "suitable") {
  return made("accommodation", std::move(status), std::move(suitability));
}
Circumstance ete(std::string status, std::string suitability = "suitable", std::optional<int> hours = 25) {
  return made("ete", std::move(status), std::move(suitability), hours);
}

// The circumstance rules that fire for a change.
std::set<std::string> fired(const Circumstance& before, const Circumstance& after) {
  std::set<std::string> rules;
  if (accommodation_lost(before, after)) rules.insert("accommodation_lost");
  if (accommodation_unsuitable(before, after)) rules.insert("accommodation_unsuitable");
  if (ete_ended(before, after)) rules.insert("ete_ended");
  if (ete_unsuitable(before, after)) rules.insert("ete_unsuitable");
  return rules;
}

struct Case {
  const char* name;
  Circumstance before;
  Circumstance after;
  std::set<std::string> rules;
};

TEST(WorseCircumstances, EachChangeRaisesTheWarningsOfTheTableAndNoOthers) {
  const std::vector<Case> cases = {
      {"family home to no fixed abode",
       home("family_home"),
       home("no_fixed_abode", "unsuitable"),
       {"accommodation_lost"}},
      {"foster care to sofa surfing, still called suitable",
       home("foster_care"),
       home("temporary"),
       {"accommodation_lost"}},
      {"already unsettled, no fixed abode now",
       home("temporary", "unsuitable"),
       home("no_fixed_abode", "unsuitable"),
       {}},
      {"the same home, now unsuitable",
       home("family_home"),
       home("family_home", "unsuitable"),
       {"accommodation_unsuitable"}},
      {"moved to a children's home, unsuitable",
       home("foster_care"),
       home("childrens_home", "unsuitable"),
       {"accommodation_unsuitable"}},
      {"unsuitable to suitable is better", home("family_home", "unsuitable"), home("supported_accommodation"), {}},
      {"no fixed abode to a foster placement is better", home("no_fixed_abode", "unsuitable"), home("foster_care"), {}},
      {"unsuitable stays unsuitable", home("family_home", "unsuitable"), home("independent", "unsuitable"), {}},
      {"school to NEET", ete("school"), ete("none", "unsuitable", std::nullopt), {"ete_ended"}},
      {"unsuitable college to NEET still ended",
       ete("college", "unsuitable", 6),
       ete("none", "unsuitable", std::nullopt),
       {"ete_ended"}},
      {"NEET stays NEET", ete("none", "unsuitable", std::nullopt), ete("none", "unsuitable", std::nullopt), {}},
      {"NEET to training is better", ete("none", "unsuitable", std::nullopt), ete("training", "suitable", 30), {}},
      {"school hours cut, unsuitable",
       ete("school", "suitable", 25),
       ete("school", "unsuitable", 6),
       {"ete_unsuitable"}},
      {"school to college, fewer hours but suitable",
       ete("school", "suitable", 25),
       ete("college", "suitable", 16),
       {}},
  };
  for (const auto& c : cases) EXPECT_EQ(fired(c.before, c.after), c.rules) << c.name;
}

TEST(WorseCircumstances, SaysWhatChangedInWords) {
  EXPECT_EQ(*accommodation_lost(home("family_home"), home("no_fixed_abode", "unsuitable")),
            "Accommodation lost: was Living with parents or family, now No fixed abode");
  EXPECT_EQ(*ete_ended(ete("college"), ete("none", "unsuitable", std::nullopt)),
            "Education, training or employment ended: was College, now Not in education, training or employment");
  EXPECT_EQ(*accommodation_unsuitable(home("foster_care"), home("foster_care", "unsuitable")),
            "Accommodation became unsuitable: Foster care");
}

TEST(WorseCircumstances, AccommodationAndEteAreNeverComparedWithEachOther) {
  EXPECT_TRUE(fired(home("family_home"), ete("none", "unsuitable", std::nullopt)).empty());
  EXPECT_TRUE(fired(ete("school"), home("no_fixed_abode", "unsuitable")).empty());
}

TEST(WorseCircumstances, AnArrestCountsOnlyOnceTheChildWasKnownForADay) {
  std::int64_t child_made = 1'790'000'000;
  EXPECT_FALSE(recorded_after_known(child_made, child_made)) << "the history entered with the referral";
  EXPECT_FALSE(recorded_after_known(child_made + known_after_seconds - 1, child_made));
  EXPECT_TRUE(recorded_after_known(child_made + known_after_seconds, child_made));
}

TEST(EarlyWarningRules, OneTableNamesEveryKindOnce) {
  std::set<std::string_view> codes;
  for (const auto& rule : early_warning_rules()) {
    EXPECT_FALSE(rule.title.empty()) << rule.code;
    EXPECT_TRUE(rule.find) << rule.code;
    EXPECT_TRUE(codes.insert(rule.code).second) << rule.code << " twice";
  }
  EXPECT_EQ(codes, (std::set<std::string_view>{"accommodation_lost", "accommodation_unsuitable", "ete_ended",
                                               "ete_unsuitable", "flag_raised", "missed_appointments", "new_arrest"}));
}

// --- The form -------------------------------------------------------------------------

web::DateInput typed(const char* iso) {
  Date date = day(iso);
  return {std::to_string(static_cast<unsigned>(date.day())), std::to_string(static_cast<unsigned>(date.month())),
          std::to_string(static_cast<int>(date.year()))};
}

std::vector<std::string> fields(const std::vector<web::FieldError>& errors) {
  std::vector<std::string> names;
  for (const auto& error : errors) names.push_back(error.field);
  return names;
}

TEST(CircumstanceForm, AGoodChangeOfAccommodationIsRead) {
  auto check = check_circumstance({"accommodation", "foster_care", "suitable", "", typed("2026-11-20"), " Moved. "},
                                  born, today);
  ASSERT_TRUE(check.details) << (check.errors.empty() ? "" : check.errors[0].text);
  EXPECT_EQ(check.details->status, "foster_care");
  EXPECT_EQ(check.details->suitability, "suitable");
  EXPECT_FALSE(check.details->hours);
  EXPECT_EQ(check.details->from, day("2026-11-20"));
  EXPECT_EQ(check.details->note, "Moved.");
}

TEST(CircumstanceForm, NoFixedAbodeAndNoEteAreNeverSuitable) {
  auto nfa = check_circumstance({"accommodation", "no_fixed_abode", "", "", typed("2026-11-20"), ""}, born, today);
  ASSERT_TRUE(nfa.details);
  EXPECT_EQ(nfa.details->suitability, "unsuitable");
  auto neet = check_circumstance({"ete", "none", "suitable", "", typed("2026-11-20"), ""}, born, today);
  ASSERT_TRUE(neet.details);
  EXPECT_EQ(neet.details->suitability, "unsuitable");
  EXPECT_FALSE(neet.details->hours);
}

TEST(CircumstanceForm, EteOtherThanNoneNeedsItsHours) {
  auto good = check_circumstance({"ete", "school", "suitable", " 25 ", typed("2026-09-03"), ""}, born, today);
  ASSERT_TRUE(good.details);
  EXPECT_EQ(good.details->hours, 25);
  auto missing = check_circumstance({"ete", "school", "suitable", "", typed("2026-09-03"), ""}, born, today);
  EXPECT_EQ(fields(missing.errors), std::vector<std::string>{"hours"});
  EXPECT_FALSE(missing.details);
  auto too_many = check_circumstance({"ete", "employment", "suitable", "61", typed("2026-09-03"), ""}, born, today);
  EXPECT_EQ(fields(too_many.errors), std::vector<std::string>{"hours"});
  auto words = check_circumstance({"ete", "employment", "suitable", "twenty", typed("2026-09-03"), ""}, born, today);
  EXPECT_EQ(fields(words.errors), std::vector<std::string>{"hours"});
  auto neet_hours = check_circumstance({"ete", "none", "", "10", typed("2026-09-03"), ""}, born, today);
  EXPECT_EQ(fields(neet_hours.errors), std::vector<std::string>{"hours"});
}

TEST(CircumstanceForm, BadInputIsAnErrorBesideEachFieldInFormOrder) {
  auto check = check_circumstance({"accommodation", "castle", "maybe", "", typed("2026-12-02"), ""}, born, today);
  EXPECT_FALSE(check.details);
  EXPECT_EQ(fields(check.errors), (std::vector<std::string>{"status", "suitability", "from-date"}));
  auto before_birth =
      check_circumstance({"accommodation", "family_home", "suitable", "", typed("2009-01-01"), ""}, born, today);
  EXPECT_EQ(fields(before_birth.errors), std::vector<std::string>{"from-date"});
  auto blank = check_circumstance({"ete", "", "", "", {}, ""}, born, today);
  EXPECT_EQ(fields(blank.errors), (std::vector<std::string>{"status", "suitability", "from-date"}));
  auto long_note = check_circumstance({"accommodation", "family_home", "suitable", "", typed("2026-11-01"),
                                       std::string(max_circumstance_note_length + 1, 'a')},
                                      born, today);
  EXPECT_EQ(fields(long_note.errors), std::vector<std::string>{"note"});
}

}  // namespace
}  // namespace pathway::practice
