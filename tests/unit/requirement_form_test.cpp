// The add-a-requirement and record-progress forms: what staff type, checked by the form and
// then by the sentencing library for the order's conviction date. Worked examples of each
// limit on both sides of 28 June 2022 (docs/sentencing-rules.md).
#include "justice/requirement_form.h"

#include <gtest/gtest.h>

#include "justice/yro_record.h"

namespace pathway::justice {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

web::DateInput typed(const char* iso) {
  Date date = day(iso);
  return {std::to_string(static_cast<unsigned>(date.day())), std::to_string(static_cast<unsigned>(date.month())),
          std::to_string(static_cast<int>(date.year()))};
}

// A 12-month order for a child born on 15 May 2006 (16 in June 2022), convicted on `convicted`.
ProposedYro order_on(const char* convicted, const char* outcome_type = "youth_rehabilitation_order",
                     std::vector<Requirement> requirements = {}, const char* born = "2006-05-15") {
  OutcomeDetails outcome;
  outcome.outcome_date = day(convicted);
  outcome.outcome_type = outcome_type;
  outcome.length_months = 12;
  return *recorded_yro(outcome, day(born), "THANET", std::move(requirements));
}

RequirementForm curfew_form(const char* starts, std::array<std::string, 7> hours) {
  RequirementForm form{"curfew", "", typed(starts), {}, hours};
  Date start = day(starts);
  form.ends_on = typed(to_iso(add_months(start, 3)).c_str());
  return form;
}

std::vector<std::string> fields(const RequirementFormCheck& check) {
  std::vector<std::string> names;
  for (const auto& error : check.errors) names.push_back(error.field);
  return names;
}

using Fields = std::vector<std::string>;

TEST(RequirementForm, ACurfewOf21HoursIsRefusedOnEitherSideOf28June2022) {
  for (const char* convicted : {"2022-06-27", "2022-06-28"}) {
    auto check = check_requirement_form(curfew_form(convicted, {"21", "0", "0", "0", "0", "0", "0"}),
                                        order_on(convicted), iss_pilot());
    EXPECT_EQ(fields(check), Fields{"curfew-hours"}) << convicted;
    EXPECT_FALSE(check.requirement);
  }
}

TEST(RequirementForm, SeventeenHoursADayIsRefusedBefore28June2022AndAllowedFromIt) {
  auto before = check_requirement_form(curfew_form("2022-06-27", {"17", "0", "0", "0", "0", "0", "0"}),
                                       order_on("2022-06-27"), iss_pilot());
  ASSERT_EQ(fields(before), Fields{"curfew-hours"});
  EXPECT_NE(before.errors[0].text.find("2 to 16 hours"), std::string::npos) << before.errors[0].text;
  EXPECT_EQ(before.errors[0].target, "curfew-hours-1");
  auto after = check_requirement_form(curfew_form("2022-06-28", {"17", "0", "0", "0", "0", "0", "0"}),
                                      order_on("2022-06-28"), iss_pilot());
  EXPECT_EQ(fields(after), Fields{});
  ASSERT_TRUE(after.requirement);
  EXPECT_EQ(after.requirement->curfew_hours, (std::vector<int>{17, 0, 0, 0, 0, 0, 0}));
}

TEST(RequirementForm, MoreThan112HoursIn7DaysIsRefusedOnlyFrom28June2022) {
  std::array<std::string, 7> week = {"20", "20", "20", "20", "20", "13", ""};  // 113
  auto after = check_requirement_form(curfew_form("2022-06-28", week), order_on("2022-06-28"), iss_pilot());
  ASSERT_EQ(fields(after), Fields{"curfew-hours"});
  EXPECT_NE(after.errors[0].text.find("112 hours"), std::string::npos) << after.errors[0].text;
  week[5] = "12";  // 112
  EXPECT_EQ(fields(check_requirement_form(curfew_form("2022-06-28", week), order_on("2022-06-28"), iss_pilot())),
            Fields{});
  // Before: 16 hours every day is 112 as well, and no weekly limit applied.
  std::array<std::string, 7> sixteen = {"16", "16", "16", "16", "16", "16", "16"};
  EXPECT_EQ(fields(check_requirement_form(curfew_form("2022-06-27", sixteen), order_on("2022-06-27"), iss_pilot())),
            Fields{});
}

RequirementForm unpaid_work(const char* hours, const char* starts) { return {"unpaid_work", hours, typed(starts), {}, {}}; }

TEST(RequirementForm, UnpaidWorkIs40To240HoursForA16Or17YearOldAtConviction) {
  for (const char* convicted : {"2022-06-27", "2022-06-28"}) {
    auto order = order_on(convicted);
    EXPECT_EQ(fields(check_requirement_form(unpaid_work("39", convicted), order, iss_pilot())), Fields{"amount"});
    EXPECT_EQ(fields(check_requirement_form(unpaid_work("40", convicted), order, iss_pilot())), Fields{});
    EXPECT_EQ(fields(check_requirement_form(unpaid_work("240", convicted), order, iss_pilot())), Fields{});
    EXPECT_EQ(fields(check_requirement_form(unpaid_work("241", convicted), order, iss_pilot())), Fields{"amount"});
  }
  // Born on 15 May 2006: 16 from 15 May 2022, 15 the day before.
  auto fifteen = check_requirement_form(unpaid_work("60", "2022-05-14"), order_on("2022-05-14"), iss_pilot());
  ASSERT_EQ(fields(fifteen), Fields{"kind"});
  EXPECT_NE(fifteen.errors[0].text.find("16 or 17"), std::string::npos) << fifteen.errors[0].text;
  EXPECT_EQ(fields(check_requirement_form(unpaid_work("60", "2022-05-15"), order_on("2022-05-15"), iss_pilot())),
            Fields{});
}

TEST(RequirementForm, IssExtendedActivityIs91To180DaysOrUpTo365InAPilotDistrict) {
  auto iss = order_on("2023-09-01", "youth_rehabilitation_order_iss");
  auto activity = [](const char* days) { return RequirementForm{"activity", days, typed("2023-09-01"), {}, {}}; };
  EXPECT_EQ(fields(check_requirement_form(activity("90"), iss, iss_pilot())), Fields{"amount"});
  EXPECT_EQ(fields(check_requirement_form(activity("91"), iss, iss_pilot())), Fields{});
  EXPECT_EQ(fields(check_requirement_form(activity("180"), iss, iss_pilot())), Fields{});
  EXPECT_EQ(fields(check_requirement_form(activity("181"), iss, iss_pilot())), Fields{"amount"});
  // The child lives in Thanet: in the pilot once the administrator names it.
  EXPECT_EQ(fields(check_requirement_form(activity("365"), iss, iss_pilot({"THANET"}))), Fields{});
  EXPECT_EQ(fields(check_requirement_form(activity("366"), iss, iss_pilot({"THANET"}))), Fields{"amount"});
  EXPECT_EQ(fields(check_requirement_form(activity("181"), iss, iss_pilot({"DOVER"}))), Fields{"amount"});
  // Before the pilot began (3 July 2023), 180 days everywhere.
  auto early = order_on("2023-07-02", "youth_rehabilitation_order_iss");
  EXPECT_EQ(fields(check_requirement_form(RequirementForm{"activity", "181", typed("2023-07-02"), {}, {}}, early,
                                          iss_pilot({"THANET"}))),
            Fields{"amount"});
}

TEST(RequirementForm, ElectronicMonitoringIsNeverAlone) {
  RequirementForm monitoring{"electronic_monitoring", "", typed("2023-06-01"), {}, {}};
  auto alone = check_requirement_form(monitoring, order_on("2023-06-01"), iss_pilot());
  ASSERT_EQ(fields(alone), Fields{"kind"});
  EXPECT_NE(alone.errors[0].text.find("never ordered alone"), std::string::npos) << alone.errors[0].text;
  Requirement curfew{RequirementKind::curfew, std::nullopt, AmountUnit::none, day("2023-06-01"), day("2023-08-31"),
                     {8, 8, 8, 8, 8, 0, 0}};
  EXPECT_EQ(fields(check_requirement_form(monitoring, order_on("2023-06-01", "youth_rehabilitation_order", {curfew}),
                                          iss_pilot())),
            Fields{});
}

TEST(RequirementForm, EachKindOnceAndTheFormsOwnChecks) {
  Requirement supervision{RequirementKind::supervision, std::nullopt, AmountUnit::none, day("2023-06-01"),
                          std::nullopt, {}};
  auto order = order_on("2023-06-01", "youth_rehabilitation_order", {supervision});
  EXPECT_EQ(fields(check_requirement_form({"supervision", "", typed("2023-06-01"), {}, {}}, order, iss_pilot())),
            Fields{"kind"});
  EXPECT_EQ(fields(check_requirement_form({"juggling", "", typed("2023-06-01"), {}, {}}, order, iss_pilot())),
            Fields{"kind"});
  EXPECT_EQ(fields(check_requirement_form({"activity", "ten", {}, {}, {}}, order, iss_pilot())),
            (Fields{"amount", "starts-on"}));
  EXPECT_EQ(fields(check_requirement_form({"activity", "", typed("2023-06-01"), {}, {}}, order, iss_pilot())),
            Fields{"amount"});
  EXPECT_EQ(fields(check_requirement_form(curfew_form("2023-06-01", {"8", "x", "", "", "", "", ""}), order,
                                          iss_pilot())),
            Fields{"curfew-hours"});
}

Requirement hours_of_unpaid_work(int hours) {
  return {RequirementKind::unpaid_work, hours, AmountUnit::hours, day("2024-01-08"), std::nullopt, {}};
}

TEST(ProgressForm, ProgressBeyondWhatWasOrderedIsRefused) {
  Date today = day("2024-06-01");
  std::vector<ProgressEntry> done = {{day("2024-01-13"), 100}};
  ProgressForm form{typed("2024-02-03"), "21", "Charity shop"};
  auto too_much = check_progress_form(form, hours_of_unpaid_work(120), done, today, std::nullopt);
  ASSERT_EQ(too_much.errors.size(), 1u);
  EXPECT_EQ(too_much.errors[0].field, "amount");
  EXPECT_NE(too_much.errors[0].text.find("Only 20 hours of the 120 hours ordered remain"), std::string::npos)
      << too_much.errors[0].text;
  form.amount = "20";
  auto last = check_progress_form(form, hours_of_unpaid_work(120), done, today, std::nullopt);
  ASSERT_TRUE(last.entry);
  EXPECT_EQ(last.entry->amount.value_or(0), 20);
  EXPECT_EQ(last.note, "Charity shop");
}

TEST(ProgressForm, DatesAndNotes) {
  Date today = day("2024-06-01");
  ProgressForm before{typed("2024-01-07"), "4", ""};
  EXPECT_EQ(check_progress_form(before, hours_of_unpaid_work(60), {}, today, std::nullopt).errors[0].field, "done-on");
  ProgressForm future{typed("2024-06-02"), "4", ""};
  EXPECT_EQ(check_progress_form(future, hours_of_unpaid_work(60), {}, today, std::nullopt).errors[0].field, "done-on");
  ProgressForm after_end{typed("2024-05-02"), "4", ""};
  EXPECT_EQ(check_progress_form(after_end, hours_of_unpaid_work(60), {}, today, day("2024-05-01")).errors[0].field,
            "done-on");
  Requirement supervision{RequirementKind::supervision, std::nullopt, AmountUnit::none, day("2024-01-08"),
                          std::nullopt, {}};
  ProgressForm no_note{typed("2024-02-01"), "", ""};
  EXPECT_EQ(check_progress_form(no_note, supervision, {}, today, std::nullopt).errors[0].field, "note");
  ProgressForm with_note{typed("2024-02-01"), "", "Weekly appointment kept"};
  EXPECT_TRUE(check_progress_form(with_note, supervision, {}, today, std::nullopt).entry);
}

}  // namespace
}  // namespace pathway::justice
