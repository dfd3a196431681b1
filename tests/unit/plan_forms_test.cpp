// The plan's forms: an objective needs a need area, the worker's words, an owner and a
// review date not in the past; every action needs a description; a review happened and its
// next review is later. Any error: nothing to save.
#include "practice/plans/plan_forms.h"

#include <gtest/gtest.h>

namespace pathway::practice {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }
const Date today = day("2026-12-01");

web::DateInput typed(const char* iso) {
  Date date = day(iso);
  return {std::to_string(static_cast<unsigned>(date.day())), std::to_string(static_cast<unsigned>(date.month())),
          std::to_string(static_cast<int>(date.year()))};
}

const std::vector<StaffChoice> staff = {{7, "Amara Nwosu"}};

ObjectiveForm good_objective() {
  ObjectiveForm form;
  form.need_area = "education_training_employment";
  form.worker_words = "Sam returns to full-time education.";
  form.child_words = "I want to do mechanics at college.";
  form.owner = "staff:7";
  form.review_on = typed("2027-02-01");
  form.actions = {{"Visit the college open day", "Sam and Amara", typed("2027-01-15")}, {}, {}};
  return form;
}

std::vector<std::string> fields(const std::vector<web::FieldError>& errors) {
  std::vector<std::string> names;
  for (const auto& error : errors) names.push_back(error.field);
  return names;
}

TEST(ObjectiveForm, AGoodObjectiveIsReadWithItsOwnerAndActions) {
  auto check = check_objective_form(good_objective(), staff, today);
  ASSERT_TRUE(check.objective) << (check.errors.empty() ? "" : check.errors[0].text);
  EXPECT_EQ(check.objective->owner.kind, OwnerKind::staff);
  EXPECT_EQ(check.objective->owner.staff_id, 7);
  EXPECT_EQ(check.objective->owner.name, "Amara Nwosu");
  EXPECT_EQ(check.objective->child_words, "I want to do mechanics at college.");
  ASSERT_EQ(check.objective->actions.size(), 1u);  // the blank rows are no actions
  EXPECT_EQ(check.objective->actions[0].by_when, day("2027-01-15"));
  EXPECT_EQ(check.objective->review_on, day("2027-02-01"));
}

TEST(ObjectiveForm, AnObjectiveWithNoOwnerIsRefused) {
  auto form = good_objective();
  form.owner = "";
  auto check = check_objective_form(form, staff, today);
  EXPECT_FALSE(check.objective);
  EXPECT_EQ(fields(check.errors), std::vector<std::string>{"owner"});
  EXPECT_EQ(check.errors[0].text, "Select who owns the objective");
}

TEST(ObjectiveForm, AnOwnerMustBeOneOfTheChoicesAndAnAgencyNeedsItsName) {
  auto form = good_objective();
  form.owner = "staff:8";  // not among those working with the child
  EXPECT_EQ(fields(check_objective_form(form, staff, today).errors), std::vector<std::string>{"owner"});
  form.owner = "someone";
  EXPECT_EQ(fields(check_objective_form(form, staff, today).errors), std::vector<std::string>{"owner"});
  form.owner = "agency";
  EXPECT_EQ(fields(check_objective_form(form, staff, today).errors), std::vector<std::string>{"owner-name"});
  form.owner_name = "  CAMHS ";
  auto check = check_objective_form(form, staff, today);
  ASSERT_TRUE(check.objective);
  EXPECT_EQ(check.objective->owner.name, "CAMHS");
  form.owner = "child";
  check = check_objective_form(form, staff, today);
  ASSERT_TRUE(check.objective);
  EXPECT_EQ(check.objective->owner.kind, OwnerKind::child);
  EXPECT_EQ(check.objective->owner.name, "");  // the child is the child
  form.owner = "parent";
  form.owner_name = "";
  EXPECT_TRUE(check_objective_form(form, staff, today).objective);  // a parent need not be named
}

TEST(ObjectiveForm, AReviewDateInThePastIsRefusedTodayIsAllowed) {
  auto form = good_objective();
  form.review_on = typed("2026-11-30");
  auto check = check_objective_form(form, staff, today);
  EXPECT_FALSE(check.objective);
  EXPECT_EQ(fields(check.errors), std::vector<std::string>{"review-on"});
  EXPECT_EQ(check.errors[0].text, "The review date must be today or in the future");
  form.review_on = typed("2026-12-01");
  EXPECT_TRUE(check_objective_form(form, staff, today).objective);
  form.review_on = {};
  EXPECT_EQ(check_objective_form(form, staff, today).errors[0].text, "Enter the date the objective is reviewed");
}

TEST(ObjectiveForm, AnActionWithNoDescriptionIsRefusedInItsRow) {
  auto form = good_objective();
  form.actions[1] = {"  ", "Amara", typed("2027-01-20")};
  auto check = check_objective_form(form, staff, today);
  EXPECT_FALSE(check.objective);
  EXPECT_EQ(fields(check.errors), std::vector<std::string>{"action-2-description"});
  EXPECT_EQ(check.errors[0].text, "Enter what is to be done in row 2");
}

TEST(ObjectiveForm, ErrorsComeInTheOrderOfTheForm) {
  ObjectiveForm form;
  form.actions = {{"", "", typed("2027-01-20")}};
  form.assessment_id = "first";
  auto check = check_objective_form(form, staff, today);
  EXPECT_EQ(fields(check.errors), (std::vector<std::string>{"need-area", "assessment", "worker-words", "owner",
                                                            "review-on", "action-1-description"}));
}

TEST(ObjectiveForm, WordsKeepTheirLineBreaksButNotControlCharactersOrExcess) {
  auto form = good_objective();
  form.child_words = "Line one\nLine two";
  EXPECT_TRUE(check_objective_form(form, staff, today).objective);
  form.child_words = std::string("bell\a");
  EXPECT_EQ(fields(check_objective_form(form, staff, today).errors), std::vector<std::string>{"child-words"});
  form.child_words = std::string(max_plan_words + 1, 'a');
  EXPECT_EQ(check_objective_form(form, staff, today).errors[0].text,
            "The child's words must be 2000 characters or fewer");
}

TEST(ActionForm, AnActionNeedsADescription) {
  auto check = check_action_form({"", "Amara", {}});
  EXPECT_FALSE(check.action);
  EXPECT_EQ(fields(check.errors), std::vector<std::string>{"action-description"});
  EXPECT_EQ(check.errors[0].text, "Enter what is to be done");
  check = check_action_form({"Book the dentist", "", {"31", "2", "2027"}});
  EXPECT_EQ(fields(check.errors), std::vector<std::string>{"action-by"});
  check = check_action_form({"Book the dentist", "", {}});
  ASSERT_TRUE(check.action);
  EXPECT_FALSE(check.action->by_when);
}

TEST(ReviewForm, AReviewHappenedAndItsNextReviewIsLater) {
  ReviewForm form{typed("2026-11-28"), "Sam, his mum, Amara", "College place confirmed.", typed("2027-02-28")};
  auto check = check_review_form(form, today);
  ASSERT_TRUE(check.review);
  EXPECT_EQ(check.review->next_review_on, day("2027-02-28"));
  form.reviewed_on = typed("2026-12-02");
  EXPECT_EQ(fields(check_review_form(form, today).errors), std::vector<std::string>{"reviewed-on"});
  form.reviewed_on = typed("2026-11-28");
  form.next_review_on = typed("2026-11-28");
  EXPECT_EQ(fields(check_review_form(form, today).errors), std::vector<std::string>{"next-review-on"});
  form = {{}, "", "", {}};
  EXPECT_EQ(fields(check_review_form(form, today).errors),
            (std::vector<std::string>{"reviewed-on", "took-part", "what-changed", "next-review-on"}));
}

}  // namespace
}  // namespace pathway::practice
