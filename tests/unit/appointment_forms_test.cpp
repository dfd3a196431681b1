// The appointment forms' checks: an appointment is scheduled only for a time still to
// come; what happened is recorded only once its time has come; an absence says why, a
// contact says how the child engaged; a warning only for an unacceptable absence, on one
// of the child's orders.
#include <gtest/gtest.h>

#include "practice/contacts/appointment_forms.h"

namespace pathway {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date on(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

const std::int64_t now = practice::uk_local_instant(on(2026, 12, 1), 10 * 60);  // 10:00 on 1 December 2026

practice::AppointmentForm good_form() {
  return {"supervision", {"2", "12", "2026"}, "09:30", "60", "Maidstone office", "", "7"};
}

std::vector<std::string> fields_of(const std::vector<web::FieldError>& errors) {
  std::vector<std::string> fields;
  for (const auto& error : errors) fields.push_back(error.field);
  return fields;
}

TEST(AppointmentForms, ReadsClockTimes) {
  EXPECT_EQ(practice::parse_clock_time("09:30"), 570);
  EXPECT_EQ(practice::parse_clock_time("9:05"), 545);
  EXPECT_EQ(practice::parse_clock_time("23:59"), 23 * 60 + 59);
  EXPECT_FALSE(practice::parse_clock_time("24:00"));
  EXPECT_FALSE(practice::parse_clock_time("9.30"));
  EXPECT_FALSE(practice::parse_clock_time("930"));
  EXPECT_FALSE(practice::parse_clock_time("09:3"));
}

TEST(AppointmentForms, SchedulesAnAppointmentToCome) {
  auto checked = practice::check_appointment_form(good_form(), {7}, now);
  ASSERT_TRUE(checked.plan) << (checked.errors.empty() ? "" : checked.errors[0].text);
  EXPECT_EQ(checked.plan->starts_on, on(2026, 12, 2));
  EXPECT_EQ(checked.plan->start_minute, 570);
  EXPECT_EQ(checked.plan->practitioner_id, 7);
}

TEST(AppointmentForms, AnAppointmentInThePastCannotBeScheduled) {
  auto form = good_form();
  form.date = {"1", "12", "2026"};  // today, 09:30, half an hour ago
  auto checked = practice::check_appointment_form(form, {7}, now);
  EXPECT_FALSE(checked.plan);
  EXPECT_EQ(fields_of(checked.errors), std::vector<std::string>{"date"});
  form.date = {"30", "11", "2026"};
  EXPECT_FALSE(practice::check_appointment_form(form, {7}, now).plan);
  form.date = {"1", "12", "2026"};
  form.time = "10:30";
  EXPECT_TRUE(practice::check_appointment_form(form, {7}, now).plan);
}

TEST(AppointmentForms, EachFieldIsChecked) {
  practice::AppointmentForm form{"tea", {"", "", ""}, "half nine", "0", "", "a\tb", "8"};
  auto checked = practice::check_appointment_form(form, {7}, now);
  EXPECT_FALSE(checked.plan);
  EXPECT_EQ(fields_of(checked.errors),
            (std::vector<std::string>{"kind", "date", "time", "length", "place", "with_whom", "practitioner"}));
}

practice::Appointment past_appointment() {
  practice::Appointment appointment;
  appointment.id = 3;
  appointment.plan = {7, "supervision", on(2026, 11, 30), 14 * 60, 60, "Office", ""};
  appointment.status = "scheduled";
  return appointment;
}

TEST(AppointmentForms, RecordsAContactWithHowTheChildEngaged) {
  practice::OutcomeForm form;
  form.status = "attended";
  form.engagement = "good";
  form.minutes = "50";
  form.intervention = "programme_session";
  form.programme = "Choices and consequences";
  form.need_area = "substance_misuse";
  form.note = "Talked about college.\nAgreed next steps.";
  auto checked = practice::check_outcome_form(form, past_appointment(), {}, now);
  ASSERT_TRUE(checked.outcome) << (checked.errors.empty() ? "" : checked.errors[0].text);
  EXPECT_EQ(checked.outcome->minutes, 50);
  EXPECT_FALSE(checked.warning_order);

  form.engagement = "";
  form.programme = "";
  EXPECT_EQ(fields_of(practice::check_outcome_form(form, past_appointment(), {}, now).errors),
            (std::vector<std::string>{"engagement", "programme"}));
}

TEST(AppointmentForms, NothingIsRecordedOfAnAppointmentStillToCome) {
  auto appointment = past_appointment();
  appointment.plan.starts_on = on(2026, 12, 3);
  practice::OutcomeForm form;
  form.status = "attended";
  form.engagement = "good";
  EXPECT_EQ(fields_of(practice::check_outcome_form(form, appointment, {}, now).errors),
            std::vector<std::string>{"status"});
}

TEST(AppointmentForms, AnAbsenceSaysWhyAndOnlyAnUnacceptableOneLeadsToAWarning) {
  std::vector<practice::WarnableOrder> orders = {{11, "Referral order made 1 September 2026"}};
  practice::OutcomeForm form;
  form.status = "unacceptable_absence";
  form.warning_order = "11";
  EXPECT_EQ(fields_of(practice::check_outcome_form(form, past_appointment(), orders, now).errors),
            std::vector<std::string>{"reason"});
  form.reason = "No reason given";
  auto checked = practice::check_outcome_form(form, past_appointment(), orders, now);
  ASSERT_TRUE(checked.outcome);
  EXPECT_EQ(checked.warning_order, 11);

  form.warning_order = "12";  // not one of the child's orders
  EXPECT_FALSE(practice::check_outcome_form(form, past_appointment(), orders, now).outcome);
  form.warning_order = "11";
  form.status = "acceptable_absence";
  EXPECT_EQ(fields_of(practice::check_outcome_form(form, past_appointment(), orders, now).errors),
            std::vector<std::string>{"warning_order"});
}

}  // namespace
}  // namespace pathway
