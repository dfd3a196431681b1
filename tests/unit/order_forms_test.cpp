// The forms of an order in progress: each refuses what the rules of the record refuse, with
// the message beside the field to fix, and gives what to save only when nothing is wrong.
#include <gtest/gtest.h>

#include "justice/order_forms.h"

namespace pathway::justice {
namespace {

using namespace std::chrono;

const Date today = year{2026} / 3 / 10;
const Date born = year{2010} / 6 / 20;

template <typename Check>
std::vector<std::string> messages(const Check& checked) {
  std::vector<std::string> texts;
  for (const auto& error : checked.errors) {
    texts.push_back((error.target.empty() ? error.field : error.target) + ": " + error.text);
  }
  return texts;
}

Outcome yro() {
  Outcome outcome;
  outcome.id = 7;
  outcome.details = {year{2025} / 6 / 1, "youth_rehabilitation_order", {1}, year{2025} / 6 / 2, std::nullopt, 12,
                     "ongoing", "", ""};
  return outcome;
}

const ReferralOrderFacts referral{year{2025} / 9 / 1, year{2025} / 9 / 15, 6, {}, std::nullopt};

TEST(OrderEndForm, AnEndBeforeTheStartIsRefusedBesideTheEndDate) {
  auto checked = check_order_end_form({{"1", "6", "2025"}, "completed", "suitable", "suitable"}, yro(),
                                      {year{2025} / 1 / 5}, born);
  EXPECT_FALSE(checked.saved);
  EXPECT_EQ(messages(checked), std::vector<std::string>{
                                   "end-date-day: The end date is before the start date (2 June 2025): give a date "
                                   "on or after it"});
}

TEST(OrderEndForm, ACompletedOrderNeedsItsEndAndTheChoicesAreTheFormats) {
  auto checked = check_order_end_form({{}, "completed", "maybe", ""}, yro(), {year{2025} / 1 / 5}, born);
  EXPECT_EQ(messages(checked),
            (std::vector<std::string>{
                "end-date-day: Enter the date the order ended: it is recorded as completed",
                "end-ete: Select whether education, training or employment was suitable at the end, or leave it blank"}));
  auto good = check_order_end_form({{"1", "3", "2026"}, "completed", "suitable", "unsuitable"}, yro(),
                                   {year{2025} / 1 / 5}, born);
  ASSERT_TRUE(good.saved) << testing::PrintToString(messages(good));
  EXPECT_EQ(good.saved->end_date, year{2026} / 3 / 1);
  EXPECT_EQ(good.saved->end_accommodation, "unsuitable");
  EXPECT_TRUE(check_order_end_form({{}, "ongoing", "", ""}, yro(), {year{2025} / 1 / 5}, born).saved);
  EXPECT_EQ(messages(check_order_end_form({}, yro(), {year{2025} / 1 / 5}, born)),
            std::vector<std::string>{"completion: Select how the order ended, or Ongoing while it runs"});
}

TEST(WarningForm, AWarningNeedsADateInTheOrderAReasonAndWhoGaveIt) {
  OrderPeriod order{year{2025} / 6 / 1, year{2025} / 6 / 2, std::nullopt};
  auto empty = check_warning_form({{}, " ", ""}, order, today);
  EXPECT_EQ(messages(empty), (std::vector<std::string>{"given-on-day: Enter the date of the warning", "reason: Enter the reason",
                                                       "given-by: Enter the name of who gave the warning"}));
  auto early = check_warning_form({{"1", "5", "2025"}, "Missed appointment", "Amara Nwosu"}, order, today);
  EXPECT_EQ(messages(early), std::vector<std::string>{
                                 "given-on-day: The date of the warning is before the order was made (1 June 2025): "
                                 "give a date on or after it"});
  auto future = check_warning_form({{"11", "3", "2026"}, "Missed appointment", "Amara Nwosu"}, order, today);
  EXPECT_EQ(messages(future), std::vector<std::string>{"given-on-day: Date of the warning must be today or in the past"});
  auto good = check_warning_form({{"1", "3", "2026"}, " Missed appointment ", "Amara Nwosu"}, order, today);
  ASSERT_TRUE(good.saved);
  EXPECT_EQ(good.saved->reason, "Missed appointment");
}

TEST(BreachForm, AResultNeedsACourtDateThatHasCome) {
  OrderPeriod order{year{2025} / 6 / 1, year{2025} / 6 / 2, std::nullopt};
  auto to_come = check_breach_form({{"1", "3", "2026"}, {"20", "3", "2026"}, "fine"}, order, today);
  EXPECT_EQ(messages(to_come), std::vector<std::string>{
                                   "result: The court date is still to come: leave the result blank until the court "
                                   "decides"});
  auto no_court = check_breach_form({{"1", "3", "2026"}, {}, "fine"}, order, today);
  EXPECT_EQ(messages(no_court), std::vector<std::string>{
                                    "court-date-day: Give the date of the court hearing that decided the result"});
  auto backwards = check_breach_form({{"1", "3", "2026"}, {"28", "2", "2026"}, ""}, order, today);
  EXPECT_EQ(messages(backwards), std::vector<std::string>{
                                     "court-date-day: The court date is before the date proceedings began (1 March "
                                     "2026): give a date on or after it"});
  auto listed = check_breach_form({{"1", "3", "2026"}, {"20", "3", "2026"}, ""}, order, today);
  ASSERT_TRUE(listed.saved);
  EXPECT_EQ(listed.saved->court_date, year{2026} / 3 / 20);
  EXPECT_EQ(listed.saved->result, "");
}

TEST(ExtensionForm, TheTotalStaysWithinTwelveMonths) {
  auto too_long = check_extension_form({{"1", "1", "2026"}, "7", "More time"}, referral, today);
  EXPECT_EQ(messages(too_long), std::vector<std::string>{
                                    "months: A referral order is at most 12 months with its extensions: this one can "
                                    "add at most 6 months"});
  ReferralOrderFacts ended{year{2025} / 6 / 1, year{2025} / 6 / 15, 3, {}, std::nullopt};
  auto after_end = check_extension_form({{"1", "3", "2026"}, "1", "More time"}, ended, today);
  EXPECT_EQ(messages(after_end), std::vector<std::string>{
                                     "made-on-day: An order is extended while it runs (15 June 2025 to 14 September "
                                     "2025)"});
  auto not_number = check_extension_form({{"1", "1", "2026"}, "two", ""}, referral, today);
  EXPECT_EQ(messages(not_number), (std::vector<std::string>{"months: Enter the months added as a whole number, for example 3",
                                                            "reason: Enter the reason"}));
  auto good = check_extension_form({{"1", "1", "2026"}, "6", "More time for reparation"}, referral, today);
  ASSERT_TRUE(good.saved) << testing::PrintToString(messages(good));
  EXPECT_EQ(good.saved->extension.months, 6);
}

TEST(RevocationForm, ARevocationFallsBetweenTheContractAndTheEnd) {
  auto before_contract = check_revocation_form({{"10", "9", "2025"}, "Resentenced"}, referral, today);
  EXPECT_EQ(messages(before_contract), std::vector<std::string>{
                                           "revoked-on-day: The date of the revocation is before the contract date "
                                           "(15 September 2025): give a date on or after it"});
  ReferralOrderFacts short_order{year{2025} / 6 / 1, year{2025} / 6 / 15, 3, {}, std::nullopt};
  auto after_end = check_revocation_form({{"1", "3", "2026"}, "Resentenced"}, short_order, today);
  EXPECT_EQ(messages(after_end), std::vector<std::string>{
                                     "revoked-on-day: An order is revoked between the day it is made (1 June 2025) "
                                     "and its end (14 September 2025)"});
  auto good = check_revocation_form({{"1", "3", "2026"}, "Resentenced for a new offence"}, referral, today);
  ASSERT_TRUE(good.saved);
  EXPECT_EQ(good.saved->revoked_on, year{2026} / 3 / 1);
}

}  // namespace
}  // namespace pathway::justice
