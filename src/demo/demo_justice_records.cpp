// The demo county's justice records: a history for every child, matched to their case. A
// youth justice service holds a record only of children who offended, so every demo child
// has at least one offence. A child with an open case (allocated, or waiting for a case
// manager) is subject to something today; a closed case's orders have all ended. The named
// case managers' caseloads show every kind of order, and the rare outcomes appear at least
// once, so every justice page has something real to show.
#include <algorithm>
#include <string>
#include <vector>

#include "core/dates.h"
#include "demo/demo_parts.h"
#include "demo/justice_history_writer.h"
#include "justice/record_rules.h"

namespace pathway::demo {

namespace {

struct Featured {
  InForce in_force;
  int min_age;  // today
  int max_age = 17;  // so that the order was made while a child, unless asked otherwise
};

// For each named case manager: one child on each kind of order their age allows.
constexpr Featured on_each_caseload[] = {
    {InForce::referral_order, 10},
    {InForce::youth_rehabilitation_order, 12},
    {InForce::out_of_court_programme, 10},
    {InForce::youth_rehabilitation_order_iss, 15},
    {InForce::detention_in_custody, 15},
    {InForce::detention_in_community, 15},
    {InForce::remanded_to_youth_detention, 14},
    {InForce::remanded_to_local_authority, 12},
    {InForce::bail_with_support, 12},
    {InForce::section_250, 16},
};
constexpr std::string_view named_case_managers[] = {"caseworker", "caseworker2"};

// Sentences too rare for the draw to be sure of: somewhere in the county, preferably on
// the second named caseload.
constexpr Featured somewhere[] = {
    {InForce::section_252a, 16},
    {InForce::extended_sentence, 16},
    {InForce::detention_at_his_majestys_pleasure, 16},
    // Turned 18 inside: moved to the adult estate (domain.md).
    {InForce::section_250, 18, 18},
};

// Closed cases that ended with each outcome, whatever the draw gives the rest.
constexpr std::string_view closing_each[] = {
    "no_further_action", "not_guilty", "community_resolution", "deferred_prosecution", "youth_caution",
    "youth_conditional_caution", "absolute_discharge", "conditional_discharge", "fine", "compensation_order",
    "referral_order", "youth_rehabilitation_order"};

// Detention and training orders made before 28 June 2022, on the oldest closed cases, so
// both sides of the change in the law show (possible while the oldest demo children were
// 12 before it: demos built before mid-2028).
constexpr int dtos_before_the_change = 3;

struct DemoChild {
  HistoryChild history;
  std::string district_code;
  std::string case_manager;  // "" when none has the case
  bool closed = false;
  int age = 0;
};

std::vector<DemoChild> demo_children_with_cases(store::Connection& connection, Date today) {
  std::vector<DemoChild> children;
  for (const auto& row : connection.query(
           "SELECT c.id, c.date_of_birth, c.district_code,"
           " COALESCE((SELECT MIN(st.username) FROM case_workers w JOIN staff st ON st.id = w.staff_id"
           "   WHERE w.child_id = c.id AND w.ended_at IS NULL AND w.case_role = 'case_manager'), ''),"
           " (SELECT COUNT(*) FROM case_workers w WHERE w.child_id = c.id AND w.closed_case = 1)"
           " FROM children c ORDER BY c.id")) {
    DemoChild child;
    child.history.child_id = row.integer(0);
    child.history.date_of_birth = parse_iso_date(row.text(1)).value_or(today);
    child.district_code = row.text(2);
    child.case_manager = row.text(3);
    child.closed = child.case_manager.empty() && row.integer(4) > 0;
    child.history.in_force = child.closed ? InForce::nothing : InForce::something;
    child.age = age_on(child.history.date_of_birth, today);
    children.push_back(std::move(child));
  }
  for (auto& child : children) child.history.district_code = child.district_code;
  return children;
}

bool may_feature(const DemoChild& child, const Featured& wanted) {
  return child.history.in_force == InForce::something && child.age >= wanted.min_age && child.age <= wanted.max_age;
}

// The first open case not yet featured of a child of the ages wanted: on `case_manager`'s
// caseload, or anywhere when `anywhere`.
DemoChild* first_open(std::vector<DemoChild>& children, std::string_view case_manager, const Featured& wanted,
                      bool anywhere) {
  for (auto& child : children) {
    if (may_feature(child, wanted) && (anywhere || child.case_manager == case_manager)) return &child;
  }
  return nullptr;
}

void feature(std::vector<DemoChild>& children) {
  for (auto case_manager : named_case_managers) {
    for (const auto& wanted : on_each_caseload) {
      if (auto* child = first_open(children, case_manager, wanted, false)) {
        child->history.in_force = wanted.in_force;
      }
    }
  }
  for (const auto& wanted : somewhere) {
    DemoChild* child = first_open(children, named_case_managers[1], wanted, false);
    if (!child) child = first_open(children, "", wanted, true);
    if (child) child->history.in_force = wanted.in_force;
  }
  std::size_t next = 0;
  for (auto& child : children) {
    if (child.closed && child.age >= 14 && next < std::size(closing_each)) child.history.last_outcome = closing_each[next++];
  }
  std::vector<DemoChild*> oldest;
  for (auto& child : children) {
    if (child.closed && child.history.last_outcome.empty()) oldest.push_back(&child);
  }
  std::stable_sort(oldest.begin(), oldest.end(), [](const DemoChild* a, const DemoChild* b) {
    return a->history.date_of_birth < b->history.date_of_birth;
  });
  for (int i = 0; i < dtos_before_the_change && i < static_cast<int>(oldest.size()); ++i) {
    oldest[i]->history.last_outcome = "detention_and_training_order";
    oldest[i]->history.last_outcome_before = justice::pcsc_act_2022;
  }
}

}  // namespace

JusticeRecordCounts add_demo_justice_records(store::Connection& connection, std::uint64_t seed, Date today,
                                             std::int64_t now) {
  auto children = demo_children_with_cases(connection, today);
  feature(children);
  std::vector<HistoryChild> histories;
  histories.reserve(children.size());
  for (const auto& child : children) histories.push_back(child.history);
  return write_justice_histories(connection, histories, seed, today, now);
}

}  // namespace pathway::demo
