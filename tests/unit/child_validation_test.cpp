#include "children/child_validation.h"

#include <gtest/gtest.h>

namespace pathway {
namespace {

using namespace std::chrono;

const Date today = year{2026} / 11 / 22;
const std::vector<std::string> districts = {"MAIDSTONE", "THANET"};

children::ChildForm valid() {
  return {"Amir", "Khan", "27", "3", "2011", "male", "APKN", "MAIDSTONE", "no"};
}

std::vector<std::string> messages(const children::ChildValidation& result) {
  std::vector<std::string> texts;
  for (const auto& error : result.errors) texts.push_back(error.field + ": " + error.text);
  return texts;
}

// Where each error summary link goes: GOV.UK links a date to its first wrong part and a
// group of radios to its first radio.
std::vector<std::string> links(const children::ChildValidation& result) {
  std::vector<std::string> targets;
  for (const auto& error : result.errors) targets.push_back(error.target.empty() ? error.field : error.target);
  return targets;
}

TEST(ChildValidation, ErrorSummaryLinksGoToTheFirstInputToFix) {
  EXPECT_EQ(links(children::validate_child_form({}, today, districts)),
            (std::vector<std::string>{"given-name", "family-name", "date-of-birth-day", "sex-male", "district"}));
  auto form = valid();
  form.dob_day = "";
  form.dob_month = "";
  EXPECT_EQ(links(children::validate_child_form(form, today, districts)), std::vector<std::string>{"date-of-birth-day"});
  form = valid();
  form.dob_month = "";
  EXPECT_EQ(links(children::validate_child_form(form, today, districts)), std::vector<std::string>{"date-of-birth-month"});
  form = valid();
  form.dob_year = "11";
  EXPECT_EQ(links(children::validate_child_form(form, today, districts)), std::vector<std::string>{"date-of-birth-year"});
  form = valid();
  form.looked_after = "perhaps";
  EXPECT_EQ(links(children::validate_child_form(form, today, districts)), std::vector<std::string>{"looked-after-yes"});
}

TEST(ChildValidation, AcceptsAValidForm) {
  auto result = children::validate_child_form(valid(), today, districts);
  ASSERT_TRUE(result.details) << ::testing::PrintToString(messages(result));
  EXPECT_EQ(result.details->date_of_birth, year{2011} / 3 / 27);
  EXPECT_EQ(result.details->looked_after, children::LookedAfter::no);
  EXPECT_TRUE(result.warnings.empty());
}

TEST(ChildValidation, ReportsEveryMissingFieldInFormOrder) {
  auto result = children::validate_child_form({}, today, districts);
  EXPECT_FALSE(result.details);
  EXPECT_EQ(messages(result), (std::vector<std::string>{
                                  "given-name: Enter the child's given name",
                                  "family-name: Enter the child's family name",
                                  "date-of-birth: Enter the child's date of birth",
                                  "sex: Select the child's sex",
                                  "district: Select the child's home district",
                              }));
}

TEST(ChildValidation, NamesThePartsOfADateThatAreMissing) {
  auto form = valid();
  form.dob_day = "";
  form.dob_year = "";
  auto result = children::validate_child_form(form, today, districts);
  EXPECT_EQ(messages(result), std::vector<std::string>{"date-of-birth: Date of birth must include a day and a year"});
}

TEST(ChildValidation, RefusesDatesThatDoNotExistOrAreInTheFuture) {
  children::ChildForm form{"Amir", "Khan", "29", "2", "2011", "male", "APKN", "MAIDSTONE", "no"};
  EXPECT_EQ(messages(children::validate_child_form(form, today, districts)),
            std::vector<std::string>{"date-of-birth: Date of birth must be a real date"});
  form.dob_year = "11";
  EXPECT_EQ(messages(children::validate_child_form(form, today, districts)),
            std::vector<std::string>{"date-of-birth: Year must include 4 numbers"});
  form = valid();
  form.dob_day = "23";
  form.dob_month = "11";
  form.dob_year = "2026";
  EXPECT_EQ(messages(children::validate_child_form(form, today, districts)),
            std::vector<std::string>{"date-of-birth: Date of birth must be today or in the past"});
}

TEST(ChildValidation, WarnsButDoesNotBlockOutsideTenToSeventeen) {
  auto form = valid();
  form.dob_year = "2017";  // 9 today
  auto young = children::validate_child_form(form, today, districts);
  ASSERT_TRUE(young.details);
  ASSERT_EQ(young.warnings.size(), 1u);
  EXPECT_NE(young.warnings[0].find("would be 9 today"), std::string::npos);
  form.dob_year = "2008";  // 18 today
  EXPECT_EQ(children::validate_child_form(form, today, districts).warnings.size(), 1u);
  form.dob_day = "23";
  form.dob_month = "11";
  form.dob_year = "2008";  // 17 until tomorrow
  EXPECT_TRUE(children::validate_child_form(form, today, districts).warnings.empty());
}

TEST(ChildValidation, RefusesUnknownCodes) {
  auto form = valid();
  form.ethnicity = "XXXX";
  form.district_code = "ATLANTIS";
  form.sex = "other";
  form.looked_after = "maybe";
  auto result = children::validate_child_form(form, today, districts);
  EXPECT_EQ(result.errors.size(), 4u);
}

TEST(ChildValidation, TrimsNamesAndLimitsTheirLength) {
  auto form = valid();
  form.given_name = "  Amir  ";
  EXPECT_EQ(children::validate_child_form(form, today, districts).details->given_name, "Amir");
  form.given_name = std::string(101, 'a');
  EXPECT_EQ(messages(children::validate_child_form(form, today, districts)),
            std::vector<std::string>{"given-name: The child's given name must be 100 characters or fewer"});
}

TEST(ChildValidation, RefusesYearsOfBirthBefore1900) {
  for (const char* year : {"0000", "0001", "1000", "1899"}) {
    children::ChildForm form{"Amir", "Khan", "1", "1", year, "male", "APKN", "MAIDSTONE", "no"};
    auto result = children::validate_child_form(form, today, districts);
    EXPECT_EQ(messages(result),
              std::vector<std::string>{"date-of-birth: Date of birth must be on or after 1 January 1900"})
        << year;
    EXPECT_EQ(links(result), std::vector<std::string>{"date-of-birth-year"});
  }
  children::ChildForm form{"Amir", "Khan", "1", "1", "1900", "male", "APKN", "MAIDSTONE", "no"};
  auto oldest = children::validate_child_form(form, today, districts);
  ASSERT_TRUE(oldest.details);
  EXPECT_EQ(oldest.warnings.size(), 1u);  // 126 today: saved only after the age warning
}

TEST(ChildValidation, RefusesBlankAndDeceptiveNamesSayingWhy) {
  const std::pair<const char*, const char*> cases[] = {
      {"\xC2\xA0\xC2\xA0", "must contain letters or other visible characters, not only spaces or invisible characters"},
      {"\xE2\x80\x8B", "must contain letters or other visible characters, not only spaces or invisible characters"},
      {"\xE3\x80\x80", "must contain letters or other visible characters, not only spaces or invisible characters"},
      {"\xCC\x81", "must not start a word with an accent or other combining mark on its own"},
      {"Amir\xE2\x80\xAE" "nahK", "must not contain characters that change the direction of text"},
      {"Amir\tKhan", "must not contain tabs, line breaks or other control characters"},
      {"Amir\r\nKhan", "must not contain tabs, line breaks or other control characters"},
      {"Am\xFFir", "must be valid UTF-8 text"},
  };
  for (const auto& [name, problem] : cases) {
    auto form = valid();
    form.given_name = name;
    EXPECT_EQ(messages(children::validate_child_form(form, today, districts)),
              std::vector<std::string>{std::string("given-name: The child's given name ") + problem})
        << name;
  }
}

TEST(ChildValidation, TrimsOrdinaryWhiteSpaceButNotOtherSpaces) {
  auto form = valid();
  form.family_name = "\t Khan \r\n";
  EXPECT_EQ(children::validate_child_form(form, today, districts).details->family_name, "Khan");
  form.family_name = "Khan\xC2\xA0";
  EXPECT_EQ(messages(children::validate_child_form(form, today, districts)),
            std::vector<std::string>{"family-name: The child's family name must not start or end with a space"});
}

}  // namespace
}  // namespace pathway
