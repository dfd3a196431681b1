// The offence and outcome forms: their own checks and the rules of the record, each as a
// GOV.UK message beside the field to fix, the error summary's link on the box to change.
#include <gtest/gtest.h>

#include "justice/offence_form.h"
#include "justice/outcome_form.h"

namespace pathway {
namespace {

using namespace std::chrono;

const Date today = year{2026} / 11 / 22;
const Date born = year{2010} / 6 / 20;

justice::OffenceForm offence(std::string day, std::string month, std::string year_typed) {
  return {{std::move(day), std::move(month), std::move(year_typed)}, "burglary", "4", "Broke into a shed"};
}

template <typename Check>
std::vector<std::string> messages(const Check& checked) {
  std::vector<std::string> texts;
  for (const auto& error : checked.errors) {
    texts.push_back((error.target.empty() ? error.field : error.target) + ": " + error.text);
  }
  return texts;
}

TEST(OffenceForm, AGoodFormGivesTheDetailsTrimmed) {
  auto form = offence("27", "3", "2024");
  form.description = "  Broke into a shed  ";
  auto checked = justice::check_offence_form(form, born, today);
  ASSERT_TRUE(checked.details) << testing::PrintToString(messages(checked));
  EXPECT_EQ(checked.details->offence_date, year{2024} / 3 / 27);
  EXPECT_EQ(checked.details->category, "burglary");
  EXPECT_EQ(checked.details->gravity, 4);
  EXPECT_EQ(checked.details->description, "Broke into a shed");
}

TEST(OffenceForm, EveryMissingFieldIsNamedInFormOrder) {
  EXPECT_EQ(messages(justice::check_offence_form({}, born, today)),
            (std::vector<std::string>{"offence-date-day: Enter the date of the offence",
                                      "category: Select the category of the offence",
                                      "gravity: Enter the seriousness score as a whole number from 1 to 8, for example 3"}));
}

TEST(OffenceForm, TheDateIsRealAndNotInTheFuture) {
  EXPECT_EQ(messages(justice::check_offence_form(offence("31", "2", "2024"), born, today)),
            std::vector<std::string>{"offence-date-day: Date of the offence must be a real date"});
  EXPECT_EQ(messages(justice::check_offence_form(offence("27", "", "2024"), born, today)),
            std::vector<std::string>{"offence-date-month: Date of the offence must include a month"});
  EXPECT_EQ(messages(justice::check_offence_form(offence("23", "11", "2026"), born, today)),
            std::vector<std::string>{"offence-date-day: Date of the offence must be today or in the past"});
  EXPECT_TRUE(justice::check_offence_form(offence("22", "11", "2026"), born, today).details);
}

TEST(OffenceForm, TheChildIsTenToSeventeenOnTheDate) {
  auto before_tenth = justice::check_offence_form(offence("19", "6", "2020"), born, today);
  ASSERT_EQ(before_tenth.errors.size(), 1u);
  EXPECT_EQ(before_tenth.errors[0].target, "offence-date-day");
  EXPECT_TRUE(before_tenth.errors[0].text.starts_with("The child was 9 on this date")) << before_tenth.errors[0].text;
  EXPECT_TRUE(justice::check_offence_form(offence("20", "6", "2020"), born, today).details);
  auto adult = justice::check_offence_form(offence("20", "6", "2025"), year{2007} / 6 / 20, today);
  ASSERT_EQ(adult.errors.size(), 1u);
  EXPECT_TRUE(adult.errors[0].text.starts_with("The child was 18")) << adult.errors[0].text;
}

TEST(OffenceForm, TheScoreIsAWholeNumberFromOneToEight) {
  for (const char* typed : {"", "2.5", "x", "-1", "123"}) {
    auto form = offence("27", "3", "2024");
    form.gravity = typed;
    EXPECT_EQ(messages(justice::check_offence_form(form, born, today)),
              std::vector<std::string>{"gravity: Enter the seriousness score as a whole number from 1 to 8, for example 3"})
        << typed;
  }
  for (const char* typed : {"0", "9"}) {
    auto form = offence("27", "3", "2024");
    form.gravity = typed;
    EXPECT_EQ(messages(justice::check_offence_form(form, born, today)),
              std::vector<std::string>{"gravity: The YJB seriousness score is a whole number from 1 to 8"})
        << typed;
  }
  auto form = offence("27", "3", "2024");
  form.gravity = " 8 ";
  EXPECT_TRUE(justice::check_offence_form(form, born, today).details);
}

TEST(OffenceForm, TheCategoryIsOneOfTheList) {
  auto form = offence("27", "3", "2024");
  form.category = "shoplifting";
  EXPECT_EQ(messages(justice::check_offence_form(form, born, today)),
            std::vector<std::string>{"category: Select the category of the offence"});
}

TEST(OffenceForm, TheDescriptionIsShortCleanText) {
  auto form = offence("27", "3", "2024");
  form.description = std::string(501, 'x');
  EXPECT_EQ(justice::check_offence_form(form, born, today).errors.at(0).field, "description");
  form.description = "one\ttwo";
  EXPECT_EQ(justice::check_offence_form(form, born, today).errors.at(0).field, "description");
  form.description = "";
  EXPECT_TRUE(justice::check_offence_form(form, born, today).details);
}

TEST(OffenceForm, ARecordedOffenceFillsTheFormAsTyped) {
  justice::OffenceDetails details{year{2024} / 3 / 7, "arson", 6, "A bin"};
  auto form = justice::offence_form_from(details);
  EXPECT_EQ(form.offence_date.day, "7");
  EXPECT_EQ(form.offence_date.month, "3");
  EXPECT_EQ(form.offence_date.year, "2024");
  EXPECT_EQ(justice::check_offence_form(form, born, today).details->gravity, 6);
}

// ---- outcomes ----

const std::map<std::int64_t, Date> offered = {{11, year{2020} / 9 / 1}, {12, year{2023} / 4 / 1}};

justice::OutcomeForm dto(std::string day, std::string month, std::string year_typed, std::string months,
                         std::vector<std::string> offences) {
  justice::OutcomeForm form;
  form.outcome_type = "detention_and_training_order";
  form.outcome_date = {std::move(day), std::move(month), std::move(year_typed)};
  form.court = "Maidstone Youth Court";  // a court outcome names its court and conviction
  form.hearing_date = form.outcome_date;
  form.length_months = std::move(months);
  form.offences = std::move(offences);
  return form;
}

TEST(OutcomeForm, AGoodFormGivesTheDetails) {
  auto form = dto("1", "5", "2023", "7", {"12"});
  form.start_date = {"1", "5", "2023"};
  form.end_date = {"30", "11", "2023"};
  form.completion = "completed";
  form.end_ete = "suitable";
  auto checked = justice::check_outcome_form(form, born, today, offered);
  ASSERT_TRUE(checked.details) << testing::PrintToString(messages(checked));
  EXPECT_EQ(checked.details->offence_ids, std::vector<std::int64_t>{12});
  EXPECT_EQ(checked.details->length_months, 7);
  EXPECT_EQ(checked.details->end_date, year{2023} / 11 / 30);
  EXPECT_EQ(checked.details->end_accommodation, "");
}

TEST(OutcomeForm, ATypeAndADateAreNeeded) {
  EXPECT_EQ(messages(justice::check_outcome_form({}, born, today, offered)),
            (std::vector<std::string>{"outcome-type: Select the type of outcome",
                                      "outcome-date-day: Enter the date of the outcome"}));
}

TEST(OutcomeForm, ADetentionAndTrainingOrderTermFollowsTheLawOnItsDate) {
  const Date older = year{2007} / 6 / 20;  // 13 in 2021
  EXPECT_EQ(messages(justice::check_outcome_form(dto("1", "5", "2023", "25", {"12"}), older, today, offered)),
            std::vector<std::string>{
                "length-months: A detention and training order made on or after 28 June 2022 is for 4 to 24 months"});
  EXPECT_EQ(messages(justice::check_outcome_form(dto("1", "3", "2021", "5", {"11"}), older, today, offered)),
            std::vector<std::string>{"length-months: A detention and training order made before 28 June 2022 is for "
                                     "4, 6, 8, 10, 12, 18 or 24 months"});
  EXPECT_TRUE(justice::check_outcome_form(dto("1", "5", "2023", "5", {"12"}), older, today, offered).details);
  EXPECT_TRUE(justice::check_outcome_form(dto("1", "3", "2021", "6", {"11"}), older, today, offered).details);
  EXPECT_EQ(messages(justice::check_outcome_form(dto("1", "3", "2021", "", {"11"}), older, today, offered)),
            std::vector<std::string>{"length-months: Give the term the court set, in whole months"});
  EXPECT_EQ(messages(justice::check_outcome_form(dto("1", "3", "2021", "six", {"11"}), older, today, offered)),
            std::vector<std::string>{"length-months: Enter the length as a whole number of months, for example 12"});
}

TEST(OutcomeForm, ADetentionAndTrainingOrderIsForAChildOfTwelveOrOver) {
  auto checked = justice::check_outcome_form(dto("1", "3", "2021", "6", {"11"}), year{2008} / 6 / 20, today, offered);
  EXPECT_TRUE(checked.details);
  auto young = justice::check_outcome_form(dto("1", "6", "2021", "6", {"11"}), year{2010} / 6 / 20, today,
                                           {{11, year{2020} / 9 / 1}});
  ASSERT_EQ(young.errors.size(), 1u);
  EXPECT_EQ(young.errors[0].field, "outcome-type");
  EXPECT_TRUE(young.errors[0].text.starts_with("The child was 10 on the outcome's date")) << young.errors[0].text;
}

TEST(OutcomeForm, TheOffencesAreOfferedOnesNoneLaterThanTheOutcome) {
  EXPECT_EQ(messages(justice::check_outcome_form(dto("1", "5", "2023", "6", {}), born, today, offered)),
            std::vector<std::string>{"offences: Name at least one offence the outcome disposes of"});
  auto later = justice::check_outcome_form(dto("1", "3", "2023", "6", {"12"}), born, today, offered);
  ASSERT_EQ(later.errors.size(), 1u);
  EXPECT_EQ(later.errors[0].field, "offences");
  EXPECT_TRUE(later.errors[0].text.starts_with("An offence it names was committed on 1 April 2023"))
      << later.errors[0].text;
  for (const char* posted : {"13", "abc", ""}) {
    EXPECT_EQ(messages(justice::check_outcome_form(dto("1", "5", "2023", "6", {posted}), born, today, offered)),
              std::vector<std::string>{
                  "offences: Select the offences from the list: one you chose is no longer there to dispose of"})
        << posted;
  }
}

TEST(OutcomeForm, TheEndIsNotBeforeTheStartAndDatesAreReal) {
  auto form = dto("1", "5", "2023", "6", {"12"});
  form.start_date = {"1", "5", "2023"};
  form.end_date = {"30", "4", "2023"};
  EXPECT_EQ(messages(justice::check_outcome_form(form, born, today, offered)),
            std::vector<std::string>{
                "end-date-day: The end date is before the start date (1 May 2023): give a date on or after it"});
  form.end_date = {"31", "4", "2023"};
  EXPECT_EQ(messages(justice::check_outcome_form(form, born, today, offered)),
            std::vector<std::string>{"end-date-day: End date must be a real date"});
  form.end_date = {"", "", ""};
  form.start_date = {"1", "", "2023"};
  EXPECT_EQ(messages(justice::check_outcome_form(form, born, today, offered)),
            std::vector<std::string>{"start-date-month: Start date must include a month"});
}

TEST(OutcomeForm, TheOutcomeIsNotInTheFuture) {
  EXPECT_EQ(messages(justice::check_outcome_form(dto("23", "11", "2026", "6", {"12"}), born, today, offered)),
            std::vector<std::string>{"outcome-date-day: Date of the outcome must be today or in the past"});
}

TEST(OutcomeForm, CompletionAndEndStatusesAreOfTheListOrBlank) {
  auto form = dto("1", "5", "2023", "6", {"12"});
  form.completion = "finished";
  form.end_ete = "good";
  form.end_accommodation = "bad";
  std::vector<std::string> fields;
  for (const auto& error : justice::check_outcome_form(form, born, today, offered).errors) fields.push_back(error.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"completion", "end-ete", "end-accommodation"}));
}

}  // namespace
}  // namespace pathway
