// The wider services supporting a child (issue 11 point 9), on both backends: the history
// kept newest first with who recorded each row; ending a continuing one says who and
// when, once, and only for its own child; the form's checks (a service of the list, dates
// neither in the future nor before the child was born, an end on or after the start, no
// second continuing row of a service); and the record's looked after status left alone.
#include <gtest/gtest.h>

#include "children/child_repository.h"
#include "practice/wider_services/wider_service_form.h"
#include "practice/wider_services/wider_service_vocabulary.h"
#include "practice/wider_services/wider_services.h"
#include "reference/geography.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;

const children::ChangeAuthor amara{"amara", "Amara Nwosu"};
const Date born{year{2010} / 3 / 27};
const Date today{year{2026} / 6 / 1};

class WiderServices : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    sam = child("Ward");
    jo = child("Reed");
  }

  children::Child child(const std::string& family) {
    auto connection = test_.database().acquire();
    return children::create_child(
        *connection, {"Sam", family, born, children::Sex::male, "WBRI", "MAIDSTONE", children::LookedAfter::no},
        "tester");
  }

  std::int64_t add(const children::Child& who, std::string service, Date from, std::optional<Date> to = std::nullopt,
                   std::string note = "") {
    auto connection = test_.database().acquire();
    return practice::add_wider_service(*connection, who.id, {std::move(service), from, to, std::move(note)}, amara);
  }

  testing::TestDatabase test_;
  children::Child sam, jo;
};

TEST_F(WiderServices, HistoryNewestFirstWithWhoRecordedIt) {
  add(sam, "early_help", Date{year{2023} / 1 / 10}, Date{year{2023} / 9 / 1}, "Family support worker.");
  auto plan = add(sam, "child_in_need", Date{year{2024} / 2 / 5});
  add(jo, "child_protection", Date{year{2025} / 1 / 1});
  auto connection = test_.database().acquire();
  auto history = practice::wider_services_of(*connection, sam.id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].id, plan);
  EXPECT_EQ(history[0].details.service, "child_in_need");
  EXPECT_TRUE(history[0].continuing());
  EXPECT_EQ(history[1].details.service, "early_help");
  EXPECT_EQ(history[1].details.to, (Date{year{2023} / 9 / 1}));
  EXPECT_EQ(history[1].details.note, "Family support worker.");
  EXPECT_EQ(history[1].recorded_by, "amara");
  EXPECT_EQ(history[1].recorded_by_name, "Amara Nwosu");
  EXPECT_FALSE(history[1].ended_at) << "recorded as ended, not closed later";
  EXPECT_EQ(practice::continuing_wider_services(*connection, sam.id), std::vector<std::string>{"child_in_need"});
  EXPECT_EQ(practice::wider_service_words("child_in_need"), "Child in need plan");
}

TEST_F(WiderServices, EndingSaysWhoAndWhenOnceAndOnlyForItsOwnChild) {
  auto plan = add(sam, "child_protection", Date{year{2025} / 1 / 1});
  auto connection = test_.database().acquire();
  EXPECT_FALSE(practice::find_wider_service(*connection, jo.id, plan)) << "another child's row is not found";
  auto found = practice::find_wider_service(*connection, sam.id, plan);
  ASSERT_TRUE(found);
  EXPECT_TRUE(practice::end_wider_service(*connection, *found, Date{year{2025} / 11 / 30}, {"dan", "Dan K"}));
  EXPECT_FALSE(practice::end_wider_service(*connection, *found, Date{year{2025} / 12 / 1}, amara))
      << "an ended service is not ended again";
  auto ended = practice::find_wider_service(*connection, sam.id, plan);
  EXPECT_EQ(ended->details.to, (Date{year{2025} / 11 / 30}));
  EXPECT_EQ(ended->ended_by, "dan");
  EXPECT_TRUE(ended->ended_at);
  EXPECT_TRUE(practice::continuing_wider_services(*connection, sam.id).empty());
}

TEST_F(WiderServices, LookedAfterHistoryLeavesTheRecordsStatusAlone) {
  auto id = add(sam, "looked_after", Date{year{2024} / 5 / 1});
  auto connection = test_.database().acquire();
  EXPECT_EQ(connection->query_one("SELECT looked_after FROM children WHERE id = ?", {sam.id})->text(0), "no");
  practice::end_wider_service(*connection, *practice::find_wider_service(*connection, sam.id, id),
                              Date{year{2025} / 5 / 1}, amara);
  EXPECT_EQ(connection->query_one("SELECT looked_after FROM children WHERE id = ?", {sam.id})->text(0), "no");
}

web::DateInput typed(const char* day, const char* month, const char* year) { return {day, month, year}; }

std::vector<std::string> messages(const std::vector<web::FieldError>& errors) {
  std::vector<std::string> texts;
  for (const auto& error : errors) texts.push_back(error.text);
  return texts;
}

TEST(WiderServiceForm, AcceptsAServiceWithOrWithoutAnEnd) {
  auto continuing =
      practice::check_wider_service({"early_help", typed("3", "9", "2024"), {}, " Lead: school. "}, born, today, {});
  ASSERT_TRUE(continuing.details) << messages(continuing.errors).front();
  EXPECT_EQ(continuing.details->from, (Date{year{2024} / 9 / 3}));
  EXPECT_FALSE(continuing.details->to);
  auto ended = practice::check_wider_service({"child_in_need", typed("3", "9", "2024"), typed("1", "6", "2026"), ""},
                                             born, today, {"child_in_need"});
  ASSERT_TRUE(ended.details) << "an ended row beside a continuing one of the same service is history";
  EXPECT_EQ(ended.details->to, today);
}

TEST(WiderServiceForm, RefusesEachBadInput) {
  EXPECT_EQ(messages(practice::check_wider_service({"", {}, {}, ""}, born, today, {}).errors),
            (std::vector<std::string>{"Choose the wider service", "Enter the date it began"}));
  EXPECT_EQ(
      messages(practice::check_wider_service({"youth_club", typed("1", "1", "2025"), {}, ""}, born, today, {}).errors),
      (std::vector<std::string>{"Choose the wider service"}));
  EXPECT_EQ(
      messages(practice::check_wider_service({"early_help", typed("31", "2", "2025"), {}, ""}, born, today, {}).errors)
          .size(),
      1u);
  EXPECT_EQ(
      messages(practice::check_wider_service({"early_help", typed("2", "6", "2026"), {}, ""}, born, today, {}).errors),
      (std::vector<std::string>{"The date it began must be today or in the past"}));
  EXPECT_EQ(
      messages(practice::check_wider_service({"early_help", typed("1", "1", "2009"), {}, ""}, born, today, {}).errors),
      (std::vector<std::string>{"The date it began must be after the child was born"}));
  EXPECT_EQ(messages(practice::check_wider_service(
                         {"early_help", typed("1", "1", "2025"), typed("1", "12", "2024"), ""}, born, today, {})
                         .errors),
            (std::vector<std::string>{"The date it ended must be on or after the date it began"}));
  EXPECT_EQ(messages(practice::check_wider_service({"early_help", typed("1", "1", "2025"), typed("1", "7", "2026"), ""},
                                                   born, today, {})
                         .errors),
            (std::vector<std::string>{"The date it ended must be today or in the past"}));
  EXPECT_EQ(messages(practice::check_wider_service({"child_protection", typed("1", "1", "2025"), {}, ""}, born, today,
                                                   {"child_protection"})
                         .errors),
            (std::vector<std::string>{"Child protection plan is already continuing for this child: "
                                      "end it before adding another"}));
}

TEST(WiderServiceForm, AnEndOnOrAfterTheStartAndNotInTheFuture) {
  practice::WiderService service;
  service.details = {"early_help", Date{year{2025} / 1 / 1}, std::nullopt, ""};
  EXPECT_EQ(practice::check_end_wider_service({typed("1", "1", "2025")}, service, today).to, service.details.from);
  EXPECT_EQ(messages(practice::check_end_wider_service({{}}, service, today).errors),
            (std::vector<std::string>{"Enter the date it ended"}));
  EXPECT_EQ(messages(practice::check_end_wider_service({typed("31", "12", "2024")}, service, today).errors),
            (std::vector<std::string>{"The date it ended must be on or after the date it began"}));
  EXPECT_EQ(messages(practice::check_end_wider_service({typed("2", "6", "2026")}, service, today).errors),
            (std::vector<std::string>{"The date it ended must be today or in the past"}));
}

}  // namespace
}  // namespace pathway
