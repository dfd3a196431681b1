// The court record's rules (justice/court_rules.h), the reuse of a court's pre-sentence
// report (justice/court_report_reuse.h) and the court and panel forms' checks.
#include "justice/court_rules.h"

#include <gtest/gtest.h>

#include "justice/court_forms.h"
#include "justice/court_report_reuse.h"
#include "justice/panel_form.h"

namespace pathway::justice {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

using Fields = std::vector<std::string>;

Fields fields(const std::vector<RuleBreach>& breaches) {
  Fields names;
  for (const auto& breach : breaches) names.push_back(breach.field);
  return names;
}

Fields fields(const std::vector<web::FieldError>& errors) {
  Fields names;
  for (const auto& error : errors) names.push_back(error.field);
  return names;
}

web::DateInput typed(const char* iso) { return web::date_input_showing(day(iso)); }

TEST(CourtOutcome, ACourtOutcomeNamesItsCourtAndTheHearingThatConvicted) {
  CourtOutcomeFacts referral{"referral_order", day("2025-03-10"), true, day("2025-02-20"), {day("2025-01-05")}};
  EXPECT_EQ(fields(court_outcome_breaches(referral)), Fields{});
  auto same_day = referral;
  same_day.hearing_date = day("2025-03-10");
  EXPECT_EQ(fields(court_outcome_breaches(same_day)), Fields{});
  auto missing = referral;
  missing.court_named = false;
  missing.hearing_date.reset();
  EXPECT_EQ(fields(court_outcome_breaches(missing)), (Fields{"court", "hearing_date"}));
  auto after_sentence = referral;
  after_sentence.hearing_date = day("2025-03-11");
  EXPECT_EQ(fields(court_outcome_breaches(after_sentence)), Fields{"hearing_date"});
  auto before_offence = referral;
  before_offence.hearing_date = day("2025-01-04");
  EXPECT_EQ(fields(court_outcome_breaches(before_offence)), Fields{"hearing_date"});
}

TEST(CourtOutcome, ADecisionOutOfCourtNamesNoCourt) {
  CourtOutcomeFacts caution{"youth_caution", day("2025-03-10"), false, std::nullopt, {}};
  EXPECT_EQ(fields(court_outcome_breaches(caution)), Fields{});
  caution.court_named = true;
  caution.hearing_date = day("2025-03-01");
  EXPECT_EQ(fields(court_outcome_breaches(caution)), (Fields{"court", "hearing_date"}));
  EXPECT_EQ(fields(court_outcome_breaches({"not_guilty", day("2025-03-10"), true, std::nullopt, {}})), Fields{"court"});
}

TEST(CourtName, AFreeTextNameOfAtMostAHundredCharacters) {
  EXPECT_FALSE(court_name_problem("Maidstone Youth Court"));
  EXPECT_TRUE(court_name_problem(""));
  EXPECT_TRUE(court_name_problem("Maidstone\tYouth Court"));
  EXPECT_TRUE(court_name_problem(std::string(101, 'a')));
  EXPECT_FALSE(court_name_problem(std::string(100, 'a')));
}

TEST(HearingResult, OnlyOnOrAfterTheHearingAndAdjournedToALaterDay) {
  Date hearing = day("2026-03-02");
  EXPECT_EQ(fields(hearing_result_breaches({hearing, "adjourned", day("2026-03-30")}, hearing)), Fields{});
  EXPECT_EQ(fields(hearing_result_breaches({hearing, "sentenced", std::nullopt}, day("2026-03-01"))), Fields{"result"});
  EXPECT_EQ(fields(hearing_result_breaches({hearing, "adjourned", hearing}, hearing)), Fields{"adjourned_to"});
  EXPECT_EQ(fields(hearing_result_breaches({hearing, "sentenced", day("2026-03-30")}, hearing)), Fields{"adjourned_to"});
  EXPECT_EQ(fields(hearing_result_breaches({hearing, "convicted", day("2026-03-30")}, hearing)), Fields{});
}

TEST(ReportRequest, DueBetweenTheDayAskedAndTheHearing) {
  Date today = day("2026-03-10");
  EXPECT_EQ(fields(report_request_breaches({day("2026-03-01"), day("2026-03-20"), day("2026-03-20")}, today)), Fields{});
  EXPECT_EQ(fields(report_request_breaches({day("2026-03-01"), day("2026-03-21"), day("2026-03-20")}, today)),
            Fields{"due_on"});
  EXPECT_EQ(fields(report_request_breaches({day("2026-03-05"), day("2026-03-04"), day("2026-03-20")}, today)),
            Fields{"due_on"});
  EXPECT_EQ(fields(report_request_breaches({day("2026-03-11"), day("2026-03-12"), day("2026-03-20")}, today)),
            Fields{"asked_on"});
}

TEST(ReportProgress, SubmittedAfterAskedAssessedBeforeAndAssuredAfter) {
  Date today = day("2026-03-10");
  Date asked = day("2026-03-01");
  EXPECT_EQ(fields(report_progress_breaches({asked, day("2026-03-05"), day("2026-03-03"), day("2026-03-06")}, today)),
            Fields{});
  EXPECT_EQ(fields(report_progress_breaches({asked, day("2026-02-28"), day("2026-02-20"), std::nullopt}, today)),
            Fields{"submitted_on"});
  EXPECT_EQ(fields(report_progress_breaches({asked, day("2026-03-05"), day("2026-03-06"), std::nullopt}, today)),
            Fields{"assessment_on"});
  EXPECT_EQ(fields(report_progress_breaches({asked, day("2026-03-05"), day("2026-03-03"), day("2026-03-04")}, today)),
            Fields{"quality_assured_on"});
  EXPECT_EQ(fields(report_progress_breaches({asked, std::nullopt, std::nullopt, day("2026-03-04")}, today)),
            Fields{"quality_assured_on"});
  EXPECT_EQ(fields(report_progress_breaches({asked, day("2026-03-11"), day("2026-03-03"), std::nullopt}, today)),
            Fields{"submitted_on"});
}

TEST(ReportProgress, OverdueOnlyWhileStillAskedForAfterItsDueDay) {
  Date due = day("2026-03-10");
  EXPECT_FALSE(report_overdue("asked", due, due));
  EXPECT_TRUE(report_overdue("asked", due, day("2026-03-11")));
  EXPECT_FALSE(report_overdue("submitted", due, day("2026-03-11")));
}

CourtReport written_report(std::int64_t id, const char* written, const char* status = "quality_assured") {
  return {id, {1, "pre_sentence", day(written), day(written)}, status, day(written), day(written), day(written), std::nullopt};
}

TEST(ReportReuseOffer, OnlyARecentQualityAssuredPreSentenceReportIsOffered) {
  std::vector<CourtReport> reports = {written_report(1, "2026-01-10"), written_report(2, "2025-11-01"),
                                      written_report(3, "2026-02-01", "submitted")};
  reports.push_back(written_report(4, "2026-02-15"));
  reports.back().request.report_type = "referral_order_panel";
  auto offered = reports_to_offer(reports, day("2026-03-20"));
  ASSERT_EQ(offered.size(), 1u);
  EXPECT_EQ(offered.front().id, 1);
  EXPECT_EQ(fields(court_report_reuse_breaches(reports[0], day("2026-03-20"), false)),
            Fields{"significant_change_since_assessment"});
  EXPECT_EQ(fields(court_report_reuse_breaches(reports[1], day("2026-03-20"), true)), Fields{"written_on"});
  EXPECT_EQ(fields(court_report_reuse_breaches(reports[3], day("2026-03-20"), true)), Fields{"report_type"});
}

TEST(ReportForm, ARefusedReuseListsEveryReasonAndSavesNothing) {
  std::vector<Hearing> hearings = {{7, {"Maidstone Youth Court", day("2026-03-20"), "sentence"}, std::nullopt}};
  std::vector<CourtReport> reports = {written_report(1, "2025-11-01", "submitted")};
  ReportForm form{"7", "pre_sentence", typed("2026-03-01"), typed("2026-03-18"), "1", false};
  auto checked = check_report_form(form, hearings, reports, day("2026-03-10"));
  EXPECT_FALSE(checked.request);
  EXPECT_FALSE(checked.reused);
  EXPECT_EQ(fields(checked.errors), (Fields{"reuse", "reuse", "reuse"}));
  form.reuse = "";
  checked = check_report_form(form, hearings, reports, day("2026-03-10"));
  ASSERT_TRUE(checked.request);
  EXPECT_EQ(checked.request->hearing_id, 7);
  form.hearing = "8";
  EXPECT_EQ(fields(check_report_form(form, hearings, reports, day("2026-03-10")).errors), Fields{"hearing"});
}

TEST(HearingForm, ACourtADateAndAPurposeFromTheList) {
  EXPECT_TRUE(check_hearing_form({"Maidstone Youth Court", typed("2026-04-01"), "plea"}).details);
  EXPECT_EQ(fields(check_hearing_form({"  ", {}, "party"}).errors), (Fields{"court", "hearing-date", "purpose"}));
}

TEST(Panel, ThePoliceAndTheServiceSitBeforeTheDecisionAndADifferentDecisionSaysWhy) {
  PanelFacts panel{day("2025-05-01"), day("2025-05-08"), "youth_caution", "youth_caution",
                   {"police", "youth_justice_service"}, false, {day("2025-04-01")}};
  EXPECT_EQ(fields(panel_breaches(panel)), Fields{});
  EXPECT_TRUE(panel_followed(panel.recommendation, panel.outcome_type));
  auto late = panel;
  late.panel_date = day("2025-05-09");
  EXPECT_EQ(fields(panel_breaches(late)), Fields{"panel_date"});
  auto early = panel;
  early.panel_date = day("2025-03-31");
  EXPECT_EQ(fields(panel_breaches(early)), Fields{"panel_date"});
  auto police_only = panel;
  police_only.agencies = {"police", "education"};
  EXPECT_EQ(fields(panel_breaches(police_only)), Fields{"attendees"});
  auto otherwise = panel;
  otherwise.recommendation = "community_resolution";
  EXPECT_FALSE(panel_followed(otherwise.recommendation, otherwise.outcome_type));
  EXPECT_EQ(fields(panel_breaches(otherwise)), Fields{"police_reason"});
  otherwise.police_reason_given = true;
  EXPECT_EQ(fields(panel_breaches(otherwise)), Fields{});
}

TEST(Panel, SitsOnDecisionsOutOfCourtAndNoFurtherActionOnly) {
  for (const char* type : {"no_further_action", "community_resolution", "deferred_prosecution", "youth_caution",
                           "youth_conditional_caution"}) {
    EXPECT_TRUE(takes_decision_panel(type)) << type;
  }
  for (const char* type : {"not_guilty", "referral_order", "fine", "detention_and_training_order", "nonsense"}) {
    EXPECT_FALSE(takes_decision_panel(type)) << type;
  }
}

TEST(PanelForm, BlankRowsAreIgnoredAndAHalfFilledRowIsRefused) {
  PanelForm form{typed("2025-05-01"),
                 {{"police", "PC Dev Okafor"}, {"", ""}, {"youth_justice_service", "Priya Shah"}, {"", ""}, {"", ""},
                  {"", ""}},
                 "youth_caution",
                 ""};
  auto checked = check_panel_form(form, "youth_caution", day("2025-05-08"), {day("2025-04-01")});
  ASSERT_TRUE(checked.panel) << (checked.errors.empty() ? "" : checked.errors.front().text);
  EXPECT_EQ(checked.panel->attendees.size(), 2u);
  form.attendees[1] = {"education", ""};
  form.recommendation = "charge";
  checked = check_panel_form(form, "youth_caution", day("2025-05-08"), {});
  EXPECT_FALSE(checked.panel);
  EXPECT_EQ(fields(checked.errors), (Fields{"attendee-2-name", "police-reason"}));
}

}  // namespace
}  // namespace pathway::justice
