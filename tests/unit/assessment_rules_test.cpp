// The rules of assessments, pure: each answer fits its question's type; completing needs
// every required answer; a countersignature is never the author's; a reassessment carries
// forward only what the new version still asks and allows; needs come from need_if answers.
#include <gtest/gtest.h>

#include "practice/assessments/assessment_rules.h"

namespace pathway::practice {
namespace {

using namespace std::chrono;

Question question(std::int64_t id, std::string code, std::string text, AnswerType type, bool required) {
  Question made;
  made.id = id;
  made.code = std::move(code);
  made.text = std::move(text);
  made.type = type;
  made.required = required;
  return made;
}

AssessmentTemplate screening() {
  AssessmentTemplate form{1, "screening", 1, "Screening", "", {}};
  Section section{"Screening", "", {}};
  section.questions.push_back(question(10, "notes", "Notes", AnswerType::text, true));
  Question suitable = question(11, "suitable", "Is it suitable?", AnswerType::yes_no, true);
  suitable.need_area = "accommodation";
  suitable.need_if = {"no"};
  suitable.choices = {{"yes", "Yes"}, {"no", "No"}};
  section.questions.push_back(suitable);
  Question harm = question(12, "harm", "Risk of serious harm", AnswerType::rating, true);
  harm.rating = "risk_of_serious_harm";
  harm.need_area = "risk_to_others";
  harm.need_if = {"high", "very_high"};
  harm.choices = {{"low", "Low"}, {"medium", "Medium"}, {"high", "High"}, {"very_high", "Very high"}};
  section.questions.push_back(harm);
  Question scaling = question(13, "scaling", "Scaling", AnswerType::scale, false);
  scaling.min = 0;
  scaling.max = 10;
  section.questions.push_back(scaling);
  section.questions.push_back(question(14, "reviewed", "Reviewed on", AnswerType::date, false));
  form.sections.push_back(section);
  return form;
}

TEST(AssessmentRules, EachAnswerMustFitItsQuestionsType) {
  auto checked = check_answers(screening(), {{10, "  Lives with mum\r\nand sister  "},
                                             {11, "maybe"},
                                             {12, "very_high"},
                                             {13, "11"},
                                             {14, "27 3 2025"},
                                             {99, "not a question"}});
  ASSERT_EQ(checked.problems.size(), 2u);
  EXPECT_EQ(checked.problems[0].question_id, 11);
  EXPECT_EQ(checked.problems[0].message, "Select yes or no");
  EXPECT_EQ(checked.problems[1].question_id, 13);
  EXPECT_EQ(checked.problems[1].message, "Enter a whole number from 0 to 10");
  EXPECT_EQ(checked.answers, (Answers{{10, "Lives with mum\nand sister"}, {12, "very_high"}, {14, "2025-03-27"}}));
}

TEST(AssessmentRules, TextAnswersAreCleanTextAndADateIsReal) {
  auto checked = check_answers(screening(), {{10, "a\tb"}, {14, "31 2 2025"}, {12, "extreme"}});
  ASSERT_EQ(checked.problems.size(), 3u);
  EXPECT_EQ(checked.problems[0].question_id, 10);
  EXPECT_EQ(checked.problems[1].message, "Select one of the options");
  EXPECT_EQ(checked.problems[2].message, "Enter a real date, for example 27 3 2025");
}

TEST(AssessmentRules, CompletingNeedsEveryRequiredAnswer) {
  auto missing = missing_answers(screening(), {{10, "Notes"}});
  ASSERT_EQ(missing.size(), 2u);
  EXPECT_EQ(missing[0].question_id, 11);
  EXPECT_EQ(missing[0].message, "Select an answer to \u201cIs it suitable?\u201d");
  EXPECT_EQ(missing[1].question_id, 12);
  EXPECT_TRUE(missing_answers(screening(), {{10, "Notes"}, {11, "yes"}, {12, "low"}}).empty());
}

TEST(AssessmentRules, TheAuthorMayNotCountersign) {
  Assessment assessment;
  assessment.author_id = 7;
  assessment.state = "completed";
  EXPECT_EQ(countersign_refusal(assessment, 7), "You wrote this assessment: another manager must countersign it");
  EXPECT_FALSE(countersign_refusal(assessment, 8));
  assessment.state = "countersigned";
  EXPECT_EQ(countersign_refusal(assessment, 8), "This assessment has already been countersigned");
}

TEST(AssessmentRules, AReassessmentCarriesForwardWhatTheNewVersionStillAsks) {
  AssessmentTemplate newer = screening();
  newer.id = 2;
  newer.version = 2;
  for (auto& question : newer.sections[0].questions) question.id += 100;
  newer.sections[0].questions.erase(newer.sections[0].questions.begin());  // "notes" no longer asked
  newer.sections[0].questions[1].choices.pop_back();                       // "very_high" no longer a rating
  auto carried = carried_forward(screening(), {{10, "Notes"}, {11, "no"}, {12, "very_high"}, {14, "2025-03-27"}}, newer);
  EXPECT_EQ(carried, (Answers{{111, "no"}, {114, "2025-03-27"}}));
}

TEST(AssessmentRules, NeedsComeFromTheAnswersThatIdentifyThem) {
  EXPECT_EQ(needs_in(screening(), {{11, "no"}, {12, "very_high"}}),
            (std::vector<std::string>{"accommodation", "risk_to_others"}));
  EXPECT_TRUE(needs_in(screening(), {{11, "yes"}, {12, "medium"}}).empty());
}

}  // namespace
}  // namespace pathway::practice
