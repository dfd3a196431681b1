// The remand, custody, release and transfer forms and the establishment form: their own
// checks and the rules of the record, each as a GOV.UK message beside the field to fix.
#include <gtest/gtest.h>

#include "admin/establishment_form.h"
#include "justice/custody_form.h"
#include "justice/remand_form.h"

namespace pathway {
namespace {

using namespace std::chrono;

const Date today = year{2026} / 11 / 22;
const Date born = year{2010} / 6 / 20;  // 16 today; 12 on 20 June 2022; 18 on 20 June 2028

web::DateInput typed(const Date& date) {
  return {std::to_string(static_cast<unsigned>(date.day())), std::to_string(static_cast<unsigned>(date.month())),
          std::to_string(static_cast<int>(date.year()))};
}

template <typename Check>
std::vector<std::string> messages(const Check& checked) {
  std::vector<std::string> texts;
  for (const auto& error : checked.errors) texts.push_back(error.field + ": " + error.text);
  return texts;
}

reference::Establishment establishment(std::int64_t id, std::string name, std::string type, int youngest,
                                       std::optional<int> oldest, bool holds_children = true) {
  return {id, {std::move(name), std::move(type), youngest, oldest, holds_children}, false};
}

const std::vector<reference::Establishment> estate = {
    establishment(1, "Aldine House", "sch", 10, 17), establishment(2, "Oakhill STC", "stc", 12, 17),
    establishment(3, "Wetherby YOI", "yoi", 15, 17), establishment(4, "Swinfen Hall YOI", "adult_prison", 18, {}),
    // Recorded wrongly by an administrator: an adult prison still takes no one under 18.
    establishment(5, "Careless Adult Prison", "adult_prison", 15, {})};

// ---- remands ----

TEST(RemandForm, AGoodRemandGivesItsFacts) {
  auto checked = justice::check_remand_form({"remand_youth_detention", typed(year{2025} / 1 / 6), {}}, born, today);
  ASSERT_TRUE(checked.remand) << testing::PrintToString(messages(checked));
  EXPECT_EQ(checked.remand->remand_type, "remand_youth_detention");
  EXPECT_EQ(checked.remand->start_date, year{2025} / 1 / 6);
  EXPECT_FALSE(checked.remand->end_date);
}

TEST(RemandForm, EveryTypeOfTheFormatIsAccepted) {
  for (auto type : justice::remand_types()) {
    auto checked = justice::check_remand_form({std::string(type), typed(year{2025} / 1 / 6), typed(year{2025} / 2 / 6)},
                                              born, today);
    EXPECT_TRUE(checked.remand) << type << testing::PrintToString(messages(checked));
  }
}

TEST(RemandForm, AChildOf11IsRemandedToLocalAuthorityAccommodationNotYouthDetention) {
  Date eleven = year{2021} / 9 / 1;
  auto refused = justice::check_remand_form({"remand_youth_detention", typed(eleven), {}}, born, today);
  EXPECT_FALSE(refused.remand);
  ASSERT_EQ(refused.errors.size(), 1u);
  EXPECT_EQ(refused.errors[0].field, "remand-type");
  EXPECT_NE(refused.errors[0].text.find("local authority accommodation"), std::string::npos) << refused.errors[0].text;
  EXPECT_TRUE(justice::check_remand_form({"remand_local_authority", typed(eleven), {}}, born, today).remand);
}

TEST(RemandForm, AnEndBeforeTheStartAFutureDateAndNoTypeAreRefusedInFormOrder) {
  auto checked = justice::check_remand_form({"", typed(year{2025} / 3 / 1), typed(year{2025} / 2 / 1)}, born, today);
  EXPECT_EQ(messages(checked), std::vector<std::string>{"remand-type: Select the bail or remand the court decided"});
  checked = justice::check_remand_form({"conditional_bail", typed(year{2025} / 3 / 1), typed(year{2025} / 2 / 1)}, born,
                                       today);
  ASSERT_EQ(checked.errors.size(), 1u);
  EXPECT_EQ(checked.errors[0].field, "end-date");
  EXPECT_EQ(checked.errors[0].text, "The end date is before the start date (1 March 2025): give a date on or after it");
  checked = justice::check_remand_form({"conditional_bail", typed(year{2026} / 12 / 1), {}}, born, today);
  EXPECT_EQ(messages(checked), std::vector<std::string>{"start-date: Start date must be today or in the past"});
}

TEST(RemandEnd, TheEndIsNotBeforeTheStart) {
  justice::RemandFacts remand{year{2025} / 3 / 1, std::nullopt, "remand_local_authority"};
  EXPECT_EQ(justice::check_remand_end(typed(year{2025} / 4 / 1), remand, born, today).end_date, year{2025} / 4 / 1);
  auto refused = justice::check_remand_end(typed(year{2025} / 2 / 1), remand, born, today);
  EXPECT_FALSE(refused.end_date);
  ASSERT_EQ(refused.errors.size(), 1u);
  EXPECT_EQ(refused.errors[0].field, "end-date");
  EXPECT_EQ(justice::check_remand_end({}, remand, born, today).errors.at(0).text, "Enter the date the bail or remand ended");
}

// ---- where a child may be held ----

TEST(Placement, AnEstablishmentTakesOnlyTheAgesItTakes) {
  EXPECT_FALSE(justice::placement_breach(estate[0].details, born, year{2021} / 1 / 1));  // 10 at a home
  auto too_young = justice::placement_breach(estate[2].details, born, year{2024} / 1 / 1);  // 13 at a YOI
  ASSERT_TRUE(too_young);
  EXPECT_EQ(*too_young,
            "Wetherby YOI takes young people aged 15 to 17 and the child was 13 on that date: choose an establishment "
            "that takes a child of 13");
  EXPECT_TRUE(justice::placement_breach(estate[0].details, born, year{2028} / 7 / 1));  // 18 at a home
}

TEST(Placement, AnAdultPrisonOnlyFromThe18thBirthdayWhateverItsRecordedAges) {
  EXPECT_TRUE(justice::placement_breach(estate[3].details, born, year{2028} / 6 / 19));
  EXPECT_FALSE(justice::placement_breach(estate[3].details, born, year{2028} / 6 / 20));
  auto breach = justice::placement_breach(estate[4].details, born, year{2026} / 1 / 1);
  ASSERT_TRUE(breach);
  EXPECT_NE(breach->find("only from their 18th birthday, 20 June 2028"), std::string::npos) << *breach;
}

// ---- recording custody ----

justice::CustodyFormFacts facts() {
  return {born, today, estate, {{7, year{2025} / 5 / 1}},
          {{1, "R1", "remand_youth_detention", year{2025} / 3 / 1, year{2025} / 5 / 1}}};
}

TEST(CustodyForm, ASentenceServedAtAnEstablishmentThatTakesTheChild) {
  auto checked = justice::check_custody_form({"2", "7", typed(year{2025} / 5 / 1)}, facts());
  ASSERT_TRUE(checked.episode) << testing::PrintToString(messages(checked));
  EXPECT_EQ(checked.episode->outcome_id, 7);
  EXPECT_EQ(checked.episode->placement, (justice::CustodyPlacement{"Oakhill STC", "stc"}));
  EXPECT_EQ(checked.episode->start_date, year{2025} / 5 / 1);
}

TEST(CustodyForm, NoSentenceOnlyForAChildRemandedToYouthDetentionThatDay) {
  auto remanded = justice::check_custody_form({"2", "remand", typed(year{2025} / 3 / 2)}, facts());
  ASSERT_TRUE(remanded.episode) << testing::PrintToString(messages(remanded));
  EXPECT_FALSE(remanded.episode->outcome_id);
  auto not_remanded = justice::check_custody_form({"2", "remand", typed(year{2025} / 6 / 2)}, facts());
  EXPECT_FALSE(not_remanded.episode);
  ASSERT_EQ(not_remanded.errors.size(), 1u);
  EXPECT_EQ(not_remanded.errors[0].field, "sentence");
}

TEST(CustodyForm, RefusesAnEstablishmentTooOldOrYoungAStartBeforeTheSentenceAndWhatWasNotOffered) {
  auto checked = justice::check_custody_form({"3", "7", typed(year{2025} / 4 / 1)}, facts());  // 14 at a YOI
  EXPECT_FALSE(checked.episode);
  ASSERT_EQ(checked.errors.size(), 2u) << testing::PrintToString(messages(checked));
  EXPECT_EQ(checked.errors[0].field, "establishment");
  EXPECT_EQ(checked.errors[1].field, "start-date");
  EXPECT_NE(checked.errors[1].text.find("before the sentence was passed (1 May 2025)"), std::string::npos);
  auto adult = justice::check_custody_form({"5", "7", typed(year{2025} / 6 / 1)}, facts());
  EXPECT_FALSE(adult.episode);
  EXPECT_EQ(messages(justice::check_custody_form({"99", "8", {}}, facts())),
            (std::vector<std::string>{"establishment: Select the establishment from the list",
                                      "sentence: Select the sentence the child is serving, or that they are on remand",
                                      "start-date: Enter the date the child went into custody"}));
}

// ---- release and transfer ----

const justice::CustodyEpisode at_oakhill{3, "E3", 7, {"Oakhill STC", "stc"}, year{2025} / 5 / 1, std::nullopt};

TEST(Release, NotBeforeTheStartNorInTheFuture) {
  EXPECT_EQ(justice::check_release(typed(year{2025} / 11 / 1), at_oakhill, today).release_date, year{2025} / 11 / 1);
  auto early = justice::check_release(typed(year{2025} / 4 / 1), at_oakhill, today);
  ASSERT_EQ(early.errors.size(), 1u);
  EXPECT_EQ(early.errors[0].text, "The release date is before the start date (1 May 2025): give a date on or after it");
  EXPECT_EQ(justice::check_release(typed(year{2027} / 1 / 1), at_oakhill, today).errors.at(0).text,
            "Release date must be today or in the past");
}

TEST(Transfer, ToAnotherEstablishmentThatTakesTheChildOnTheDay) {
  auto moved = justice::check_transfer({"3", typed(year{2025} / 9 / 1)}, at_oakhill, estate, born, today);
  ASSERT_TRUE(moved.next) << testing::PrintToString(messages(moved));
  EXPECT_EQ(moved.next->establishment, "Wetherby YOI");
  EXPECT_EQ(moved.day, year{2025} / 9 / 1);
  EXPECT_EQ(justice::check_transfer({"2", typed(year{2025} / 9 / 1)}, at_oakhill, estate, born, today).errors.at(0).field,
            "establishment");
  auto early = justice::check_transfer({"3", typed(year{2025} / 4 / 1)}, at_oakhill, estate, born, today);
  EXPECT_FALSE(early.next);
  EXPECT_EQ(messages(early).size(), 2u);  // 14 at a YOI; before the stay began
}

TEST(Transfer, ToTheAdultEstateOnlyFrom18) {
  const Date older = year{2007} / 1 / 10;  // 18 on 10 January 2025
  justice::CustodyEpisode at_wetherby{4, "E4", 7, {"Wetherby YOI", "yoi"}, year{2024} / 6 / 1, std::nullopt};
  EXPECT_FALSE(justice::check_transfer({"4", typed(year{2025} / 1 / 9)}, at_wetherby, estate, older, today).next);
  EXPECT_TRUE(justice::check_transfer({"4", typed(year{2025} / 1 / 10)}, at_wetherby, estate, older, today).next);
}

// ---- the establishment form ----

TEST(EstablishmentForm, AGoodFormAndEachMistake) {
  auto good = admin::validate_establishment_form({" Medway ", "stc", "12", "17", "yes"}, estate, 0);
  ASSERT_TRUE(good.details) << testing::PrintToString(messages(good));
  EXPECT_EQ(*good.details, (reference::EstablishmentDetails{"Medway", "stc", 12, 17, true}));
  auto adult = admin::validate_establishment_form({"Hewell", "adult_prison", "18", "", "yes"}, estate, 0);
  ASSERT_TRUE(adult.details);
  EXPECT_FALSE(adult.details->oldest_age);
  EXPECT_EQ(messages(admin::validate_establishment_form({"Oakhill STC", "", "9", "8", ""}, estate, 0)),
            (std::vector<std::string>{
                "name: Another establishment is already called ‘Oakhill STC’", "type: Select the type of establishment",
                "youngest-age: Enter the youngest age it takes as a whole number from 10 to 99, for example 15",
                "oldest-age: Enter the oldest age it takes as a whole number, not below the youngest, for example 17; "
                "or leave it blank when there is no upper age",
                "holds-children: Select whether it still holds children"}));
  EXPECT_TRUE(admin::validate_establishment_form({"Oakhill STC", "stc", "12", "17", "no"}, estate, 2).details);
  EXPECT_EQ(messages(admin::validate_establishment_form({"Hewell", "adult_prison", "17", "", "yes"}, estate, 0)),
            std::vector<std::string>{"youngest-age: An adult prison takes young people from 18: enter 18 or more"});
}

}  // namespace
}  // namespace pathway
