// Case notes, safeguarding and risk flags and the child's network, on both backends: a
// note's correction keeps the version it replaces (who, when, why) and stays out of the
// justice record's chronology; the search across a child's notes by words, type and dates,
// a page at a time; every change to a flag in its log, and the changes since a time for
// early warning; a network member's details as saved and changed.
#include <gtest/gtest.h>

#include "children/child_repository.h"
#include "core/clock.h"
#include "justice/corrections.h"
#include "practice/flags/flags.h"
#include "practice/network/network.h"
#include "practice/notes/case_notes.h"
#include "reference/geography.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;

const children::ChangeAuthor amara{"amara", "Amara Nwosu"};

class PracticeRecords : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    child = children::create_child(*connection,
                                   {"Sam", "Ward", year{2010} / 3 / 27, children::Sex::male, "WBRI", "MAIDSTONE",
                                    children::LookedAfter::unknown},
                                   "tester");
    other = children::create_child(*connection,
                                   {"Ann", "Lee", year{2011} / 5 / 2, children::Sex::female, "WBRI", "MAIDSTONE",
                                    children::LookedAfter::unknown},
                                   "tester");
  }

  std::int64_t note(store::Connection& connection, std::string type, Date day, std::string summary,
                    std::string body, std::int64_t child_id = 0) {
    return practice::create_case_note(connection, child_id ? child_id : child.id,
                                      {std::move(type), day, std::nullopt, std::move(summary), std::move(body)}, amara);
  }

  std::vector<std::string> summaries(const practice::NotePage& page) {
    std::vector<std::string> found;
    for (const auto& note : page.notes) found.push_back(note.content.summary);
    return found;
  }

  testing::TestDatabase test_;
  children::Child child;
  children::Child other;
};

TEST_F(PracticeRecords, ACorrectionOfANoteKeepsTheOriginalTextWithWhoWhenAndWhy) {
  auto connection = test_.database().acquire();
  std::int64_t id = note(*connection, "contact", year{2026} / 11 / 20, "Home visit", "Sam was at home with mum.");
  auto original = *practice::find_case_note(*connection, child.id, id);
  EXPECT_FALSE(original.corrected);
  EXPECT_EQ(original.recorded_by_name, "Amara Nwosu");
  EXPECT_FALSE(original.recorded_at.empty()) << "the server's time is recorded";

  practice::NoteContent corrected = original.content;
  corrected.body = "Sam was at home with his grandmother.";
  corrected.happened_time = "16:15";
  {
    store::Transaction transaction(*connection);
    auto changes = practice::correct_case_note(*connection, original, corrected,
                                               {{"tom", "Tom Whitfield"}, "Grandmother, not mother: checked with Sam"});
    ASSERT_EQ(changes.size(), 2u);
    transaction.commit();
  }
  auto now = *practice::find_case_note(*connection, child.id, id);
  EXPECT_TRUE(now.corrected);
  EXPECT_EQ(now.content.body, "Sam was at home with his grandmother.");
  EXPECT_EQ(now.recorded_by_name, "Amara Nwosu") << "the author stays the author";

  auto kept = justice::corrections_of(*connection, {{justice::CorrectedKind::case_note, id}});
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].corrected_by_name, "Tom Whitfield");
  EXPECT_EQ(kept[0].reason, std::optional<std::string>("Grandmother, not mother: checked with Sam"));
  ASSERT_EQ(kept[0].changes.size(), 2u);
  EXPECT_EQ(kept[0].changes[0].field, "happened_time");
  EXPECT_EQ(kept[0].changes[0].old_value, std::nullopt);
  EXPECT_EQ(kept[0].changes[1].field, "body");
  EXPECT_EQ(kept[0].changes[1].old_value, std::optional<std::string>("Sam was at home with mum."));
  EXPECT_EQ(kept[0].changes[1].new_value, std::optional<std::string>("Sam was at home with his grandmother."));

  EXPECT_TRUE(justice::corrections_of_child(*connection, child.id).empty())
      << "a case note is not part of the justice record's chronology";
  EXPECT_TRUE(practice::correct_case_note(*connection, now, now.content, {amara, "no change"}).empty());
  EXPECT_EQ(justice::corrections_of(*connection, {{justice::CorrectedKind::case_note, id}}).size(), 1u)
      << "a correction that changes nothing keeps nothing";
  EXPECT_FALSE(practice::find_case_note(*connection, other.id, id)) << "a note is found only under its own child";
}

TEST_F(PracticeRecords, TheSearchFindsEveryWordAnyCaseOrAccentOfOneTypeBetweenDates) {
  auto connection = test_.database().acquire();
  note(*connection, "contact", year{2026} / 1 / 10, "Office visit", "Talked about school and Zoë, his friend");
  note(*connection, "safeguarding", year{2026} / 2 / 10, "Referral to MASH", "Concern about exploitation at SCHOOL");
  note(*connection, "contact", year{2026} / 3 / 10, "Phone call", "Missed school, 100% sure: at the park");
  note(*connection, "contact", year{2026} / 3 / 11, "Not this child", "school", other.id);

  auto search = [&](practice::NoteSearch search) {
    return summaries(practice::search_case_notes(*connection, child.id, search, 1, 20));
  };
  EXPECT_EQ(search({}), (std::vector<std::string>{"Phone call", "Referral to MASH", "Office visit"}))
      << "latest first, only this child's";
  EXPECT_EQ(search({{"school"}, "", {}, {}}), (std::vector<std::string>{"Phone call", "Referral to MASH", "Office visit"}));
  EXPECT_EQ(search({{"school", "zoe"}, "", {}, {}}), (std::vector<std::string>{"Office visit"}))
      << "every word, accents folded";
  EXPECT_EQ(search({{"mash"}, "", {}, {}}), (std::vector<std::string>{"Referral to MASH"})) << "the summary is searched";
  EXPECT_EQ(search({{}, "contact", {}, {}}), (std::vector<std::string>{"Phone call", "Office visit"}));
  EXPECT_EQ(search({{}, "", Date{year{2026} / 2 / 10}, Date{year{2026} / 3 / 9}}),
            (std::vector<std::string>{"Referral to MASH"}))
      << "both days included";
  EXPECT_EQ(search({{"10_"}, "", {}, {}}), (std::vector<std::string>{})) << "LIKE's wildcards are taken literally";

  for (int day = 1; day <= 25; ++day) note(*connection, "general", year{2025} / 12 / day, "Day " + std::to_string(day), "x");
  auto second = practice::search_case_notes(*connection, child.id, {{}, "general", {}, {}}, 2, 20);
  EXPECT_EQ(second.total, 25);
  EXPECT_EQ(summaries(second), (std::vector<std::string>{"Day 5", "Day 4", "Day 3", "Day 2", "Day 1"}));
}

TEST_F(PracticeRecords, EveryChangeToAFlagIsLoggedWithWhoWhenAndWhy) {
  auto connection = test_.database().acquire();
  Date today = today_utc();
  auto days = [&](int count) { return Date{sys_days{today} + std::chrono::days{count}}; };
  std::string before = to_iso_instant(now_unix_seconds() - 1);
  std::int64_t mappa, cce;
  {
    store::Transaction transaction(*connection);
    mappa = practice::raise_flag(*connection, child.id, {"mappa", 1, days(-30), days(-1), "Level 1 agreed at MAPPA"},
                                 amara);
    cce = practice::raise_flag(*connection, child.id,
                               {"child_criminal_exploitation", std::nullopt, days(-10), days(80), "County lines"}, amara);
    transaction.commit();
  }
  auto current = practice::current_flags(*connection, child.id, today);
  ASSERT_EQ(current.size(), 2u);
  EXPECT_TRUE(current[0].review_due(today)) << "its review date has passed";
  EXPECT_FALSE(current[1].review_due(today));

  auto flag = *practice::find_flag(*connection, child.id, mappa);
  practice::review_flag(*connection, flag, {days(90), 2, "Raised to level 2 at the MAPPA meeting"},
                        {"tom", "Tom Whitfield"});
  practice::end_flag(*connection, *practice::find_flag(*connection, child.id, cce), today, "Moved out of the area",
                     amara);

  auto log = practice::flag_log(*connection, child.id);
  ASSERT_EQ(log.size(), 5u);
  std::vector<std::string> kinds;
  for (const auto& change : log) kinds.push_back(change.change_kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"ended", "changed", "reviewed", "raised", "raised"})) << "newest first";
  EXPECT_EQ(log[1].what, "MAPPA level 1 changed to MAPPA level 2");
  EXPECT_EQ(log[1].changed_by_name, "Tom Whitfield");
  EXPECT_EQ(log[2].why, "Raised to level 2 at the MAPPA meeting");
  EXPECT_EQ(log[0].flag_label, "Child criminal exploitation");

  auto reviewed = *practice::find_flag(*connection, child.id, mappa);
  EXPECT_EQ(reviewed.details.mappa_level, std::optional<int>(2));
  EXPECT_FALSE(reviewed.review_due(today));
  EXPECT_EQ(practice::current_flags(*connection, child.id, today).size(), 2u) << "a flag ending today shows today";
  EXPECT_EQ(practice::current_flags(*connection, child.id, days(1)).size(), 1u);

  EXPECT_EQ(practice::flag_changes_since(*connection, child.id, before).size(), 5u);
  EXPECT_TRUE(practice::flag_changes_since(*connection, child.id, to_iso_instant(now_unix_seconds() + 60)).empty());
  EXPECT_TRUE(practice::flag_log(*connection, other.id).empty());
}

TEST_F(PracticeRecords, TheDatabaseRefusesAMappaFlagWithoutItsLevelAndOthersWithOne) {
  auto connection = test_.database().acquire();
  Date today = today_utc();
  EXPECT_THROW(practice::raise_flag(*connection, child.id, {"mappa", std::nullopt, today, today, "x"}, amara),
               store::StoreError);
  EXPECT_THROW(practice::raise_flag(*connection, child.id, {"radicalisation", 2, today, today, "x"}, amara),
               store::StoreError);
}

TEST_F(PracticeRecords, ANetworkMemberIsSavedAndChangedFamilyBeforeProfessionals) {
  auto connection = test_.database().acquire();
  practice::MemberDetails worker{"professional", "Jo Patel", "social_worker", "Kent children's services",
                                 "01632 960001", "jo.patel@example.org", "", std::nullopt, true, ""};
  practice::MemberDetails father{"family", "Mark Ward", "father", "", "", "", "", false, false,
                                 "Non-molestation order protecting the mother"};
  std::int64_t worker_id = practice::add_network_member(*connection, child.id, worker, "amara");
  std::int64_t father_id = practice::add_network_member(*connection, child.id, father, "amara");
  auto network = practice::network_of(*connection, child.id);
  ASSERT_EQ(network.size(), 2u);
  EXPECT_EQ(network[0].id, father_id) << "family first";
  EXPECT_EQ(network[0].details.parental_responsibility, std::optional<bool>(false));
  EXPECT_FALSE(network[0].details.may_contact);
  EXPECT_EQ(network[0].details.no_contact_reason, "Non-molestation order protecting the mother");
  EXPECT_EQ(network[1].details.email, "jo.patel@example.org");

  worker.phone = "";
  worker.agency = "Medway children's services";
  practice::update_network_member(*connection, worker_id, worker);
  auto changed = *practice::find_network_member(*connection, child.id, worker_id);
  EXPECT_EQ(changed.details.agency, "Medway children's services");
  EXPECT_EQ(changed.details.phone, "");
  EXPECT_FALSE(practice::find_network_member(*connection, other.id, worker_id));

  father.no_contact_reason = "";
  EXPECT_THROW(practice::add_network_member(*connection, child.id, father, "amara"), store::StoreError)
      << "may not be contacted needs a reason, in the schema too";
}

}  // namespace
}  // namespace pathway
