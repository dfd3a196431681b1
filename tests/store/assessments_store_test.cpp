// Assessments in the store, on both backends: the built-in templates loaded by migration
// 29 from their data file; a version 2 of a template leaves an assessment made on version 1
// showing version 1's questions; drafts, completion, countersigning, reassessment from the
// previous answers; the needs an assessment identified and a child's latest ratings.
#include <gtest/gtest.h>

#include "access/staff.h"
#include "children/child_repository.h"
#include "practice/assessments/assessment_findings.h"
#include "practice/assessments/assessment_rules.h"
#include "practice/assessments/assessment_templates.h"
#include "practice/assessments/assessments.h"
#include "practice/assessments/template_loading.h"
#include "reference/geography.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;
using practice::Answers;

// A second version of the substance misuse screening: one question reworded under the same
// code, one new, one dropped ("linked_to_offending").
constexpr std::string_view substance_misuse_v2 = R"JSON({
  "ratings": {},
  "templates": [{"kind": "substance_misuse", "version": 2, "title": "Substance misuse screening",
    "description": "Version 2.", "sections": [{"title": "Screening", "questions": [
      {"code": "substances", "text": "Which substances, how much and how often?", "type": "text", "required": true},
      {"code": "injecting", "text": "Has the child ever injected?", "type": "yes_no", "required": true},
      {"code": "sm_need", "text": "Outcome", "type": "choice", "choices": [{"value": "no_concern", "label": "No concern"},
        {"value": "refer", "label": "Refer"}], "required": true, "need_area": "substance_misuse", "need_if": ["refer"]}
    ]}]}]})JSON";

class Assessments : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    child_id = children::create_child(*connection,
                                      {"Sam", "Assessed", year{2009} / 3 / 27, children::Sex::male, "WBRI", "MAIDSTONE",
                                       children::LookedAfter::unknown},
                                      "tester")
                   .id;
    worker = staff(*connection, "worker", access::Role::case_manager);
    manager = staff(*connection, "manager", access::Role::manager);
  }

  static std::int64_t staff(store::Connection& connection, const std::string& username, access::Role role) {
    auto added = access::add_staff_member(
        connection, {.username = username, .display_name = username, .role = role, .password = "correct horse battery staple"});
    EXPECT_TRUE(added.ok());
    return added.value().id;
  }

  std::int64_t template_id(store::Connection& connection, const std::string& kind) {
    for (const auto& version : practice::latest_templates(connection)) {
      if (version.kind == kind) return version.id;
    }
    ADD_FAILURE() << "no template " << kind;
    return 0;
  }

  // The answers by question code.
  static Answers by_code(const practice::AssessmentTemplate& form, const std::map<std::string, std::string>& answers) {
    Answers typed;
    for (const auto& [code, answer] : answers) typed[practice::question_with_code(form, code)->id] = answer;
    return typed;
  }

  testing::TestDatabase test_;
  std::int64_t child_id = 0;
  std::int64_t worker = 0;
  std::int64_t manager = 0;
};

TEST_F(Assessments, TheMigrationLoadsTheBuiltInSetOnceFromItsDataFile) {
  auto connection = test_.database().acquire();
  std::vector<std::string> kinds;
  for (const auto& version : practice::latest_templates(*connection)) kinds.push_back(version.kind);
  std::sort(kinds.begin(), kinds.end());
  EXPECT_EQ(kinds, (std::vector<std::string>{"accommodation", "emotional_mental_health", "ete", "send", "signs_of_safety",
                                             "speech_language_communication", "substance_misuse", "youth_justice"}));
  auto youth_justice = practice::load_template(*connection, template_id(*connection, "youth_justice"));
  ASSERT_TRUE(youth_justice);
  const auto* harm = practice::question_with_code(*youth_justice, "risk_of_serious_harm");
  ASSERT_TRUE(harm);
  EXPECT_EQ(harm->type, practice::AnswerType::rating);
  ASSERT_EQ(harm->choices.size(), 4u);
  EXPECT_EQ(harm->choices[3].label, "Very high");
  auto signs = practice::load_template(*connection, template_id(*connection, "signs_of_safety"));
  const auto* scaling = practice::question_with_code(*signs, "scaling");
  EXPECT_EQ(scaling->type, practice::AnswerType::scale);
  EXPECT_EQ(scaling->min, 0);
  EXPECT_EQ(scaling->max, 10);
  // Loading the file again stores nothing: every version in it is already held.
  store::Transaction transaction(*connection);
  practice::load_builtin_assessment_templates(*connection);
  EXPECT_EQ(practice::template_versions(*connection).size(), 8u);
}

TEST_F(Assessments, AnAssessmentOnVersionOneStillShowsVersionOneAfterVersionTwoExists) {
  auto connection = test_.database().acquire();
  std::int64_t v1 = template_id(*connection, "substance_misuse");
  auto form = *practice::load_template(*connection, v1);
  auto assessment = practice::create_assessment(*connection, child_id, v1, worker, year{2025} / 6 / 2, std::nullopt,
                                                by_code(form, {{"substances", "Cannabis, weekly"},
                                                               {"linked_to_offending", "yes"},
                                                               {"sm_need", "refer"}}));
  {
    store::Transaction transaction(*connection);
    auto loaded = practice::load_assessment_templates(*connection, substance_misuse_v2);
    ASSERT_TRUE(loaded) << loaded.error().message;
    EXPECT_EQ(loaded.value(), 1);
    transaction.commit();
  }
  std::int64_t v2 = template_id(*connection, "substance_misuse");
  EXPECT_NE(v1, v2);
  auto made = practice::find_assessment(*connection, child_id, assessment);
  EXPECT_EQ(made->version, 1);
  auto shown = practice::load_template(*connection, made->template_id);
  EXPECT_EQ(shown->version, 1);
  EXPECT_EQ(practice::question_with_code(*shown, "substances")->text, "What does the child use, and how often?");
  EXPECT_TRUE(practice::question_with_code(*shown, "linked_to_offending"));
  EXPECT_FALSE(practice::question_with_code(*shown, "injecting"));
  EXPECT_EQ(practice::answers_of(*connection, assessment).size(), 3u);
  // A new assessment uses version 2; version 1 is still listed, no longer the latest.
  int substance_versions = 0;
  for (const auto& version : practice::template_versions(*connection)) {
    if (version.kind == "substance_misuse") {
      ++substance_versions;
      EXPECT_EQ(version.latest, version.version == 2);
    }
  }
  EXPECT_EQ(substance_versions, 2);
}

TEST_F(Assessments, ADraftIsCompletedThenCountersignedByAnotherManager) {
  auto connection = test_.database().acquire();
  std::int64_t id =
      practice::create_assessment(*connection, child_id, template_id(*connection, "ete"), worker, year{2025} / 6 / 2,
                                  std::nullopt, {});
  auto draft = practice::find_assessment(*connection, child_id, id);
  EXPECT_EQ(draft->state, "draft");
  EXPECT_EQ(draft->author_name, "worker");
  EXPECT_EQ(practice::countersign_refusal(*draft, manager),
            "A draft cannot be countersigned: it must be completed first");
  practice::mark_completed(*connection, id, year{2025} / 6 / 3);
  auto completed = practice::find_assessment(*connection, child_id, id);
  EXPECT_EQ(completed->completed_on, year{2025} / 6 / 3);
  EXPECT_EQ(practice::countersign_refusal(*completed, worker),
            "You wrote this assessment: another manager must countersign it");
  EXPECT_FALSE(practice::countersign_refusal(*completed, manager));
  practice::mark_countersigned(*connection, id, manager, year{2025} / 6 / 4);
  auto signed_off = practice::find_assessment(*connection, child_id, id);
  EXPECT_EQ(signed_off->state, "countersigned");
  EXPECT_EQ(signed_off->countersigner_name, "manager");
  EXPECT_FALSE(practice::find_assessment(*connection, child_id + 1, id)) << "another child's assessment is not found";
}

TEST_F(Assessments, AReassessmentStartsFromThePreviousAnswersOnTheNewestVersion) {
  auto connection = test_.database().acquire();
  std::int64_t v1 = template_id(*connection, "substance_misuse");
  auto old_form = *practice::load_template(*connection, v1);
  auto answers = by_code(old_form, {{"substances", "Cannabis, weekly"}, {"linked_to_offending", "yes"},
                                    {"sm_need", "brief_intervention"}, {"age_first_use", "13"}});
  std::int64_t first = practice::create_assessment(*connection, child_id, v1, worker, year{2025} / 1 / 6, std::nullopt, answers);
  store::Transaction transaction(*connection);
  ASSERT_TRUE(practice::load_assessment_templates(*connection, substance_misuse_v2));
  auto new_form = *practice::load_template(*connection, template_id(*connection, "substance_misuse"));
  auto carried = practice::carried_forward(old_form, practice::answers_of(*connection, first), new_form);
  // "substances" is carried under version 2's question; "sm_need" was brief_intervention,
  // no longer an option; "linked_to_offending" and "age_first_use" are not asked.
  EXPECT_EQ(carried, by_code(new_form, {{"substances", "Cannabis, weekly"}}));
  std::int64_t second =
      practice::create_assessment(*connection, child_id, new_form.id, worker, year{2025} / 7 / 1, first, carried);
  EXPECT_EQ(practice::find_assessment(*connection, child_id, second)->reassessment_of, first);
  EXPECT_EQ(practice::answers_of(*connection, second), carried);
  auto listed = practice::assessments_of_child(*connection, child_id);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, second) << "newest first";
}

TEST_F(Assessments, NeedsAndLatestRatingsComeOnlyFromCompletedAssessments) {
  auto connection = test_.database().acquire();
  std::int64_t yja = template_id(*connection, "youth_justice");
  auto form = *practice::load_template(*connection, yja);
  auto first = practice::create_assessment(
      *connection, child_id, yja, worker, year{2025} / 1 / 6, std::nullopt,
      by_code(form, {{"likelihood_of_reoffending", "high"}, {"risk_of_serious_harm", "medium"},
                     {"accommodation_need", "yes"}, {"ete_need", "no"}, {"substance_misuse_need", "yes"}}));
  EXPECT_TRUE(practice::needs_identified(*connection, first).empty()) << "a draft identifies nothing";
  EXPECT_FALSE(practice::latest_ratings(*connection, child_id).likelihood_of_reoffending);
  practice::mark_completed(*connection, first, year{2025} / 1 / 20);
  EXPECT_EQ(practice::needs_identified(*connection, first),
            (std::vector<std::string>{"accommodation", "substance_misuse", "offending_behaviour"}));
  auto later = practice::create_assessment(
      *connection, child_id, yja, worker, year{2025} / 6 / 2, first,
      by_code(form, {{"likelihood_of_reoffending", "medium"}, {"risk_of_serious_harm", "very_high"}}));
  auto ratings = practice::latest_ratings(*connection, child_id);
  EXPECT_EQ(ratings.likelihood_of_reoffending->value, "high") << "the later one is still a draft";
  practice::mark_completed(*connection, later, year{2025} / 6 / 10);
  ratings = practice::latest_ratings(*connection, child_id);
  EXPECT_EQ(ratings.likelihood_of_reoffending->value, "medium");
  EXPECT_EQ(ratings.risk_of_serious_harm->label, "Very high");
  EXPECT_EQ(ratings.risk_of_serious_harm->assessment_id, later);
  EXPECT_EQ(ratings.risk_of_serious_harm->assessed_on, year{2025} / 6 / 10);
}

TEST_F(Assessments, ATemplateFileWithAMistakeIsRefused) {
  auto connection = test_.database().acquire();
  store::Transaction transaction(*connection);
  auto unknown_need = practice::load_assessment_templates(*connection, R"JSON({"ratings": {}, "templates": [
    {"kind": "x", "version": 1, "title": "X", "description": "", "sections": [{"title": "S", "questions": [
      {"code": "q", "text": "Q", "type": "yes_no", "need_area": "astrology", "need_if": ["yes"]}]}]}]})JSON");
  ASSERT_FALSE(unknown_need);
  EXPECT_EQ(unknown_need.error().message, "question q names an unknown need area");
  EXPECT_FALSE(practice::load_assessment_templates(*connection, "not json"));
}

}  // namespace
}  // namespace pathway
