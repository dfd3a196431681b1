// The audit chain's walk on trails built in memory: every way of breaking it is named at
// the right event, and an intact chain passes.
#include "store/audit_chain_check.h"

#include <gtest/gtest.h>

#include <vector>

#include "core/random.h"

namespace pathway {
namespace {

using store::AuditChainFault;
using Kind = AuditChainFault::Kind;

store::ChainedAuditEvent event(std::int64_t id) {
  store::ChainedAuditEvent made;
  made.id = id;
  made.occurred_at = "2026-11-30T10:00:0" + std::to_string(id % 10) + "Z";
  made.actor = "caseworker";
  made.action = "child.view";
  made.record_type = "child";
  made.record_id = "K7M2P9QX" + std::to_string(id);
  made.address = "10.0.0.1";
  return made;
}

// Links the event to `previous` as the program does.
void link(store::ChainedAuditEvent& linked, const std::string& previous) {
  linked.previous_hash = previous;
  linked.event_hash = store::audit_event_hash(previous, linked);
}

// A chain of events with these ids, linked in order, and its head.
struct Trail {
  std::vector<store::ChainedAuditEvent> events;
  store::AuditChainHead head;

  explicit Trail(std::vector<std::int64_t> ids = {}) {
    initialise_crypto();
    for (auto id : ids) append(event(id));
  }
  void append(store::ChainedAuditEvent next) {
    link(next, head.last_hash);
    head = {next.id, *next.event_hash};
    events.push_back(std::move(next));
  }
  store::ChainedAuditEvent& at(std::int64_t id) {
    for (auto& e : events) {
      if (e.id == id) return e;
    }
    throw std::out_of_range("no event " + std::to_string(id));
  }
  void remove(std::int64_t id) { std::erase_if(events, [id](const auto& e) { return e.id == id; }); }
  void insert(store::ChainedAuditEvent forged) {
    auto at = std::find_if(events.begin(), events.end(), [&](const auto& e) { return e.id > forged.id; });
    events.insert(at, std::move(forged));
  }
};

std::optional<AuditChainFault> check(const Trail& trail, std::optional<std::string> anchor = std::nullopt) {
  store::AuditChainCheck walk(trail.head, std::move(anchor));
  for (const auto& e : trail.events) {
    if (!walk.add(e)) break;
  }
  return walk.finish();
}

void expect_fault(const Trail& trail, Kind kind, std::int64_t event_id, const std::string& said) {
  auto fault = check(trail);
  ASSERT_TRUE(fault.has_value());
  EXPECT_EQ(fault->kind, kind);
  EXPECT_EQ(fault->event_id, event_id);
  EXPECT_EQ(fault->describe(), said);
}

TEST(AuditEventHash, CoversEveryFieldAndThePreviousHash) {
  initialise_crypto();
  auto original = event(7);
  std::string hash = store::audit_event_hash(store::audit_chain_start, original);
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_EQ(hash, store::audit_event_hash(store::audit_chain_start, original));
  EXPECT_NE(hash, store::audit_event_hash(std::string(64, '1'), original));
  std::vector<void (*)(store::ChainedAuditEvent&)> changes = {
      [](auto& e) { e.id = 8; },
      [](auto& e) { e.occurred_at += "x"; },
      [](auto& e) { e.actor = "mallory"; },
      [](auto& e) { e.action = "child.list"; },
      [](auto& e) { e.record_type = std::nullopt; },
      [](auto& e) { e.record_id = "X"; },
      [](auto& e) { e.address = "10.0.0.2"; },
      [](auto& e) { e.detail = "page 1"; },
  };
  for (std::size_t i = 0; i < changes.size(); ++i) {
    auto changed = original;
    changes[i](changed);
    EXPECT_NE(store::audit_event_hash(store::audit_chain_start, changed), hash) << "change " << i;
  }
}

TEST(AuditEventHash, TellsFieldBoundariesAndNullFromEmpty) {
  initialise_crypto();
  auto a = event(1);
  auto b = event(1);
  a.actor = "ab";
  a.action = "c";
  b.actor = "a";
  b.action = "bc";
  EXPECT_NE(store::audit_event_hash(store::audit_chain_start, a), store::audit_event_hash(store::audit_chain_start, b));
  auto absent = event(1);
  auto empty = event(1);
  absent.detail = std::nullopt;
  empty.detail = "";
  EXPECT_NE(store::audit_event_hash(store::audit_chain_start, absent),
            store::audit_event_hash(store::audit_chain_start, empty));
}

TEST(AuditChainCheck, PassesAnIntactChainAndCountsIt) {
  Trail trail({1, 2, 3, 5, 8});  // ids may have gaps (a rolled-back PostgreSQL transaction)
  store::AuditChainCheck walk(trail.head);
  for (const auto& e : trail.events) EXPECT_TRUE(walk.add(e));
  EXPECT_FALSE(walk.finish().has_value());
  EXPECT_EQ(walk.events(), 5);
}

TEST(AuditChainCheck, PassesAnEmptyTrail) { EXPECT_FALSE(check(Trail()).has_value()); }

TEST(AuditChainCheck, FindsAChangedField) {
  Trail trail({1, 2, 3, 4});
  trail.at(2).detail = "nothing to see";
  expect_fault(trail, Kind::altered, 2, "event 2 was altered");
}

TEST(AuditChainCheck, FindsAChangedHash) {
  Trail trail({1, 2, 3, 4});
  trail.at(3).event_hash = std::string(64, 'a');
  expect_fault(trail, Kind::altered, 3, "event 3 was altered");
}

TEST(AuditChainCheck, FindsAnEventRewrittenWithItsHashRecomputed) {
  Trail trail({1, 2, 3, 4});
  trail.at(2).actor = "mallory";
  link(trail.at(2), *trail.at(1).event_hash);
  expect_fault(trail, Kind::removed_before, 3,
               "an event before 3 was removed (or the event before it was altered and its hash recomputed)");
}

TEST(AuditChainCheck, FindsTheLastEventRewrittenWithItsHashRecomputed) {
  Trail trail({1, 2, 3});
  trail.at(3).actor = "mallory";
  link(trail.at(3), *trail.at(2).event_hash);
  expect_fault(trail, Kind::altered, 3, "event 3 was altered");
}

TEST(AuditChainCheck, FindsAnEventRemovedFromTheMiddle) {
  Trail trail({1, 2, 3, 4});
  trail.remove(2);
  expect_fault(trail, Kind::removed_before, 3,
               "an event before 3 was removed (or the event before it was altered and its hash recomputed)");
}

TEST(AuditChainCheck, FindsTheFirstEventRemoved) {
  Trail trail({1, 2, 3});
  trail.remove(1);
  expect_fault(trail, Kind::removed_before, 2,
               "an event before 2 was removed (or the event before it was altered and its hash recomputed)");
}

TEST(AuditChainCheck, FindsTheLastEventRemoved) {
  Trail trail({1, 2, 3});
  trail.remove(3);
  expect_fault(trail, Kind::removed_after, 2, "an event after 2 was removed: the chain's recorded head is event 3");
}

TEST(AuditChainCheck, FindsEveryEventRemoved) {
  Trail trail({1, 2});
  trail.events.clear();
  expect_fault(trail, Kind::removed_after, 0, "every event was removed: the chain's recorded head is event 2");
}

TEST(AuditChainCheck, FindsAnEventInsertedWithNoLinks) {
  Trail trail({1, 2, 4});
  auto forged = event(3);
  trail.insert(forged);
  expect_fault(trail, Kind::inserted, 3, "event 3 was inserted out of order");
}

TEST(AuditChainCheck, FindsAnEventInsertedWithAMadeUpLink) {
  Trail trail({1, 2, 4});
  auto forged = event(3);
  link(forged, std::string(64, 'f'));
  trail.insert(forged);
  expect_fault(trail, Kind::inserted, 3, "event 3 was inserted out of order");
}

TEST(AuditChainCheck, FindsAnEventInsertedAndLinkedToTheOneBefore) {
  Trail trail({1, 2, 4});
  auto forged = event(3);
  link(forged, *trail.at(2).event_hash);
  trail.insert(forged);
  expect_fault(trail, Kind::inserted, 3, "event 3 was inserted out of order");
}

TEST(AuditChainCheck, FindsAnEventInsertedBeforeTheFirst) {
  Trail trail({5, 6});
  auto forged = event(1);
  link(forged, std::string(store::audit_chain_start));
  trail.insert(forged);
  expect_fault(trail, Kind::inserted, 1, "event 1 was inserted out of order");
}

TEST(AuditChainCheck, FindsAnEventAddedAfterTheHeadWithNoLinks) {
  Trail trail({1, 2});
  trail.events.push_back(event(3));
  expect_fault(trail, Kind::inserted, 3, "event 3 was inserted out of order");
}

TEST(AuditChainCheck, FindsAnEventAddedAfterTheHeadAndLinked) {
  Trail trail({1, 2});
  auto head = trail.head;
  trail.append(event(3));
  trail.append(event(4));
  trail.head = head;  // the head was not moved: the program did not write them
  expect_fault(trail, Kind::inserted, 3, "event 3 was inserted out of order");
}

TEST(AuditChainCheck, FindsARemovedHead) {
  Trail trail({1, 2});
  trail.head = {store::missing_head, ""};
  expect_fault(trail, Kind::head_rewritten, 0, "the chain's recorded head was removed");
}

TEST(AuditChainCheck, FindsAHeadThatNamesNoEventOfTheChain) {
  Trail trail({1, 2, 3});
  trail.head = {2, std::string(64, 'e')};
  auto fault = check(trail);
  ASSERT_TRUE(fault.has_value());
  EXPECT_EQ(fault->kind, Kind::head_rewritten);
  EXPECT_EQ(fault->head_id, 2);
}

TEST(AuditChainCheck, FindsAChainRewrittenFromTheStartAgainstAnAnchor) {
  Trail trail({1, 2, 3});
  std::string anchor = *trail.at(2).event_hash;
  EXPECT_FALSE(check(trail, anchor).has_value());
  // Everything rewritten and relinked, head included: consistent, but not the chain anchored.
  Trail forged({1, 2, 3});
  forged.at(2).actor = "mallory";
  Trail relinked;
  for (auto e : forged.events) relinked.append(e);
  EXPECT_FALSE(check(relinked).has_value());
  auto fault = check(relinked, anchor);
  ASSERT_TRUE(fault.has_value());
  EXPECT_EQ(fault->kind, Kind::anchor_missing);
  EXPECT_EQ(fault->describe(),
            "no event has the recorded hash " + anchor + ": the events up to it were rewritten or removed");
}

TEST(AuditChainCheck, StopsAtTheFirstFault) {
  Trail trail({1, 2, 3, 4, 5});
  trail.at(2).detail = "changed";
  trail.remove(4);
  store::AuditChainCheck walk(trail.head);
  int taken = 0;
  for (const auto& e : trail.events) {
    ++taken;
    if (!walk.add(e)) break;
  }
  EXPECT_EQ(taken, 3);  // event 2 is decided by event 3
  EXPECT_EQ(walk.finish()->event_id, 2);
}

}  // namespace
}  // namespace pathway
