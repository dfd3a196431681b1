// Corrections of the justice record, on both backends: each kind of record that can be
// corrected keeps the version a correction replaces (who, when, why, each field before and
// after), newest first; recording a step still to come (an order's end, a hearing's first
// result) is not a correction; a correction the database refuses saves nothing, the kept
// version included; the chronology shows each correction on its day.
#include <gtest/gtest.h>

#include "children/child_repository.h"
#include "core/clock.h"
#include "justice/chronology.h"
#include "justice/corrections.h"
#include "justice/court_record.h"
#include "justice/offences.h"
#include "justice/order_progress.h"
#include "justice/outcomes.h"
#include "justice/requirement_form.h"
#include "justice/requirements.h"
#include "reference/geography.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {

namespace justice {
// Found by argument-dependent lookup, for EXPECT_EQ on changes.
bool operator==(const FieldChange& a, const FieldChange& b) {
  return a.field == b.field && a.old_value == b.old_value && a.new_value == b.new_value;
}
}  // namespace justice

namespace {

using namespace std::chrono;
using justice::CorrectedKind;
using justice::FieldChange;

const justice::CorrectionBy amara{{"amara", "Amara Nwosu"}, "Date confirmed from the charge sheet"};
const justice::CorrectionBy tom{{"tom", "Tom Okafor"}, ""};

class RecordCorrections : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    child = children::create_child(*connection,
                                   {"Sam", "Ward", year{2007} / 3 / 27, children::Sex::male, "WBRI", "MAIDSTONE",
                                    children::LookedAfter::unknown},
                                   "tester");
    offence_id = justice::create_offence(*connection, child.id, {year{2023} / 5 / 1, "robbery", 5, ""}, {});
    justice::OutcomeDetails details;
    details.outcome_date = year{2023} / 6 / 1;
    details.outcome_type = "youth_rehabilitation_order";
    details.offence_ids = {offence_id};
    details.start_date = year{2023} / 6 / 1;
    details.length_months = 12;
    details.completion = "ongoing";
    outcome_id = justice::create_outcome(*connection, child.id, details);
  }

  justice::Offence offence(store::Connection& connection) {
    auto staff = access::StaffMember{};
    return *justice::find_offence(connection, child.id, offence_id, {staff, now_unix_seconds()});
  }

  justice::Outcome outcome(store::Connection& connection) { return *justice::find_outcome(connection, child.id, outcome_id); }

  testing::TestDatabase test_;
  children::Child child;
  std::int64_t offence_id = 0;
  std::int64_t outcome_id = 0;
};

TEST_F(RecordCorrections, AnOffenceCorrectionKeepsTheVersionItReplacesNewestFirst) {
  auto connection = test_.database().acquire();
  EXPECT_TRUE(justice::corrections_of(*connection, {{CorrectedKind::offence, offence_id}}).empty())
      << "a record as first recorded has no corrections";
  auto first = justice::update_offence(*connection, child.id, offence(*connection),
                                       {year{2023} / 5 / 2, "robbery", 6, ""}, {}, amara);
  EXPECT_EQ(first, (std::vector<std::string>{"offence_date", "gravity"}));
  justice::update_offence(*connection, child.id, offence(*connection), {year{2023} / 5 / 2, "robbery", 6, "A phone"},
                          {}, tom);
  EXPECT_TRUE(justice::update_offence(*connection, child.id, offence(*connection),
                                      {year{2023} / 5 / 2, "robbery", 6, "A phone"}, {}, tom)
                  .empty())
      << "no change, no correction";

  auto corrections = justice::corrections_of(*connection, {{CorrectedKind::offence, offence_id}});
  ASSERT_EQ(corrections.size(), 2u);
  EXPECT_EQ(corrections[0].corrected_by_name, "Tom Okafor");
  EXPECT_FALSE(corrections[0].reason) << "no reason given";
  EXPECT_EQ(corrections[0].changes, (std::vector<FieldChange>{{"description", std::nullopt, "A phone"}}));
  EXPECT_EQ(corrections[1].corrected_by, "amara");
  EXPECT_EQ(corrections[1].corrected_by_name, "Amara Nwosu");
  EXPECT_EQ(corrections[1].reason, "Date confirmed from the charge sheet");
  EXPECT_EQ(corrections[1].changes, (std::vector<FieldChange>{{"offence_date", "2023-05-01", "2023-05-02"},
                                                              {"gravity", "5", "6"}}));
  EXPECT_EQ(corrections[1].record, (justice::CorrectedRecord{CorrectedKind::offence, offence_id}));
  EXPECT_TRUE(parse_iso_instant(corrections[1].corrected_at));
  EXPECT_EQ(offence(*connection).details.offence_date, year{2023} / 5 / 2) << "the record holds the current version";
}

TEST_F(RecordCorrections, ARequirementCorrectionKeepsItsVersionAndARefusedOneSavesNothing) {
  auto connection = test_.database().acquire();
  justice::Requirement unpaid{justice::RequirementKind::unpaid_work, 120, justice::AmountUnit::hours,
                              year{2023} / 6 / 5, std::nullopt, {}};
  std::int64_t id = justice::add_requirement(*connection, outcome_id, unpaid);
  auto before = justice::requirements_of_order(*connection, outcome_id)[0];
  justice::Requirement corrected = unpaid;
  corrected.amount = 100;
  corrected.starts_on = year{2023} / 6 / 6;
  EXPECT_EQ(justice::correct_requirement(*connection, child.id, before, corrected, amara),
            (std::vector<std::string>{"amount", "starts_on"}));
  auto corrections = justice::corrections_of(*connection, {{CorrectedKind::requirement, id}});
  ASSERT_EQ(corrections.size(), 1u);
  EXPECT_EQ(corrections[0].changes, (std::vector<FieldChange>{{"amount", "120", "100"},
                                                              {"starts_on", "2023-06-05", "2023-06-06"}}));
  EXPECT_EQ(justice::requirements_of_order(*connection, outcome_id)[0].requirement.amount, 100);

  // A correction the database refuses (an end before the start) rolls back with its kept version.
  auto now = justice::requirements_of_order(*connection, outcome_id)[0];
  justice::Requirement broken = now.requirement;
  broken.ends_on = year{2023} / 6 / 1;
  {
    store::Transaction transaction(*connection);
    EXPECT_THROW(justice::correct_requirement(*connection, child.id, now, broken, amara), store::StoreError);
  }
  EXPECT_EQ(justice::corrections_of(*connection, {{CorrectedKind::requirement, id}}).size(), 1u);
  EXPECT_FALSE(justice::requirements_of_order(*connection, outcome_id)[0].requirement.ends_on);
}

TEST_F(RecordCorrections, ACorrectionMustLeaveTheProgressRecordedWithinTheRules) {
  justice::Requirement unpaid{justice::RequirementKind::unpaid_work, 120, justice::AmountUnit::hours,
                              year{2023} / 6 / 5, std::nullopt, {}};
  justice::ProposedYro others{justice::YroKind::standard, year{2023} / 6 / 1, year{2007} / 3 / 27, year{2023} / 6 / 1,
                              year{2024} / 5 / 31, "MAIDSTONE", {}};
  justice::RequirementForm form = justice::requirement_form_from(unpaid);
  form.amount = "50";
  std::vector<justice::ProgressEntry> done{{year{2023} / 7 / 1, 60}};
  auto checked = justice::check_requirement_correction(form, others, justice::iss_pilot(), done, year{2024} / 1 / 1);
  EXPECT_FALSE(checked.requirement) << "60 hours done cannot stand against 50 ordered";
  ASSERT_FALSE(checked.errors.empty());
  EXPECT_EQ(checked.errors[0].field, "amount");
  form.amount = "60";
  EXPECT_TRUE(justice::check_requirement_correction(form, others, justice::iss_pilot(), done, year{2024} / 1 / 1)
                  .requirement);
}

TEST_F(RecordCorrections, BreachProceedingsAndAnOrdersRecordedEndAreCorrectedWithTheirVersionsKept) {
  auto connection = test_.database().acquire();
  std::int64_t breach_id = justice::add_breach_proceedings(*connection, outcome_id, {year{2023} / 9 / 1, std::nullopt, ""});
  auto breach = justice::order_progress(*connection, outcome_id).breaches.at(0);
  EXPECT_EQ(breach.id, breach_id);
  auto changed = justice::correct_breach_proceedings(*connection, child.id, breach,
                                                     {year{2023} / 9 / 2, year{2023} / 9 / 20, "fine"}, amara);
  EXPECT_EQ(changed, (std::vector<std::string>{"begun_on", "court_date", "result"}));
  auto kept = justice::corrections_of(*connection, {{CorrectedKind::breach_proceedings, breach_id}});
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].changes[0], (FieldChange{"begun_on", "2023-09-01", "2023-09-02"}));
  EXPECT_EQ(kept[0].changes[2], (FieldChange{"result", std::nullopt, "fine"}));

  // Recording the end of a running order is a step, not a correction; changing it is.
  justice::record_order_end(*connection, child.id, outcome(*connection), {year{2024} / 5 / 31, "completed", "", ""}, tom);
  EXPECT_TRUE(justice::corrections_of(*connection, {{CorrectedKind::outcome, outcome_id}}).empty());
  justice::record_order_end(*connection, child.id, outcome(*connection), {year{2024} / 5 / 30, "completed", "", ""}, amara);
  auto ends = justice::corrections_of(*connection, {{CorrectedKind::outcome, outcome_id}});
  ASSERT_EQ(ends.size(), 1u);
  EXPECT_EQ(ends[0].changes, (std::vector<FieldChange>{{"end_date", "2024-05-31", "2024-05-30"}}));
  EXPECT_EQ(ends[0].reason, amara.reason);
}

TEST_F(RecordCorrections, AHearingsFirstResultIsRecordedAndAChangedOneCorrected) {
  auto connection = test_.database().acquire();
  std::int64_t hearing_id =
      justice::create_hearing(*connection, child.id, {"Maidstone Youth Court", year{2023} / 5 / 20, "plea"});
  auto hearing = [&] { return justice::hearings_of_child(*connection, child.id).at(0); };
  justice::record_hearing_result(*connection, child.id, hearing(), {"adjourned", year{2023} / 6 / 1, ""}, tom);
  EXPECT_TRUE(justice::corrections_of(*connection, {{CorrectedKind::hearing, hearing_id}}).empty());
  justice::record_hearing_result(*connection, child.id, hearing(), {"convicted", std::nullopt, ""}, amara);
  auto kept = justice::corrections_of(*connection, {{CorrectedKind::hearing, hearing_id}});
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].changes, (std::vector<FieldChange>{{"result", "adjourned", "convicted"},
                                                       {"adjourned_to", "2023-06-01", std::nullopt}}));
}

TEST_F(RecordCorrections, TheChronologyShowsEachCorrectionOnItsDay) {
  auto connection = test_.database().acquire();
  justice::update_offence(*connection, child.id, offence(*connection), {year{2023} / 5 / 2, "robbery", 5, ""}, {}, amara);
  auto events = justice::chronology(*connection, child.id, {{justice::EventKind::correction}, std::nullopt, std::nullopt});
  ASSERT_EQ(events.size(), 1u);
  const auto& event = std::get<justice::CorrectionEvent>(events[0]);
  EXPECT_EQ(event.corrected_on, today_utc());
  EXPECT_EQ(event.correction.record.kind, CorrectedKind::offence);
  EXPECT_EQ(justice::chronology(*connection, child.id, {{justice::EventKind::correction}, std::nullopt, today_utc()}).size(),
            1u)
      << "the day's bound takes the whole day";
  EXPECT_TRUE(justice::chronology(*connection, child.id,
                                  {{justice::EventKind::correction}, std::nullopt, Date{sys_days{today_utc()} - days{1}}})
                  .empty());
  EXPECT_EQ(justice::corrections_of_child(*connection, child.id).size(), 1u);
}

TEST(CorrectionFields, OnlyTheFieldsThatDifferAreKeptAndBothSidesNameTheSameFields) {
  justice::StoredFields before{{"a", "1"}, {"b", std::nullopt}, {"c", "3"}};
  justice::StoredFields after{{"a", "1"}, {"b", "2"}, {"c", std::nullopt}};
  auto changes = justice::changed_fields(before, after);
  EXPECT_EQ(changes, (std::vector<FieldChange>{{"b", std::nullopt, "2"}, {"c", "3", std::nullopt}}));
  EXPECT_TRUE(justice::replaces_a_value(changes));
  EXPECT_FALSE(justice::replaces_a_value({{"b", std::nullopt, "2"}})) << "filling in a blank replaces nothing";
  EXPECT_THROW(justice::changed_fields(before, {{"a", "1"}}), std::logic_error);
  EXPECT_THROW(justice::changed_fields(before, {{"a", "1"}, {"c", "3"}, {"b", "2"}}), std::logic_error);
}

}  // namespace
}  // namespace pathway
