#pragma once
// A compact, read-only picture of every record the measures count (kpi.md), held in
// memory as columns of small numbers: days as integers, types as one-byte codes, children
// and districts as positions. Built once from the database (measures/snapshot_loading.h);
// every measure of every period and scope is then counted from it without SQL. Each event
// list is sorted by its day, so a period is a binary search and a walk along one run.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "measures/measure_terms.h"

namespace pathway::measures {

using ChildIndex = std::uint32_t;
using DistrictIndex = std::uint16_t;

// What the measures need of a child, one entry per child, by ChildIndex.
struct ChildColumns {
  std::vector<std::int64_t> id;            // the row id of the child's record (children.id)
  std::vector<DistrictIndex> district;     // home district
  std::vector<Day> tenth_birthday;         // first day aged 10
  std::vector<Day> sixteenth_birthday;     // first day aged 16
  std::vector<Day> eighteenth_birthday;    // first day aged 18
  std::vector<Day> last_day_of_school_age;
  // The child's proven offences, by offence date: those of child c are
  // [proven_offences_start[c], proven_offences_start[c + 1]).
  std::vector<std::uint32_t> proven_offences_start;
  std::vector<Day> proven_offence_date;
  std::vector<Day> proven_on;  // the earliest date of a substantive outcome naming it

  std::size_t size() const { return district.size(); }
  bool aged_10_to_17(ChildIndex child, Day on) const {
    return tenth_birthday[child] <= on && on < eighteenth_birthday[child];
  }
};

// An outcome on its date, for the measures counted by outcome date.
struct OutcomeEvent {
  Day day;
  ChildIndex child;
  OutcomeCode type;
  bool names_serious_violence_offence;  // one of its offences is a serious violence offence
  // The category of its most serious offence (highest gravity; on a tie, the category first
  // in the format's list); no_offence_category when it names none.
  OffenceCategoryCode offence_category;
};

// A programme or order (which includes an out-of-court disposal with a start date) that has ended:
// an end date and a completion other than ongoing (kpi.md "Orders ending", "Out-of-court
// disposals completed").
struct Ending {
  enum class Status : std::uint8_t { unknown, suitable, unsuitable };
  Day day;  // end_date
  Day start;  // start_date, or outcome_date when it has none: the order's first day
  ChildIndex child;
  OutcomeCode type;
  CompletionCode completion;
  Status ete;
  Status accommodation;
  std::uint32_t outcome_id;  // position in RecordSnapshot::ending_outcome_ids
};

// A remand episode of any type but unconditional bail, on its start date.
struct RemandStart {
  Day day;
  ChildIndex child;
  bool youth_detention;
};

// A day in one child's record: the first substantive outcome of a child then aged 10 to 17.
struct ChildEvent {
  Day day;
  ChildIndex child;
};

// A release from a custodial sentence: a custody episode with an outcome and a release date
// (kpi.md "Index event"), with the sentence's type and most serious offence.
struct Release {
  Day day;
  ChildIndex child;
  OutcomeCode sentence;
  OffenceCategoryCode offence_category;
};

// Orders records by child, for equal_range over a list in child order.
struct ChildOrder {
  template <class Record>
  bool operator()(const Record& record, ChildIndex child) const { return record.child < child; }
  template <class Record>
  bool operator()(ChildIndex child, const Record& record) const { return child < record.child; }
};

// The needs the practice indicators follow (docs/kpi.md, definition set
// pathway-practice-2026-1: YJB KPIs 4 and 5).
enum class PracticeNeed : std::uint8_t { mental_health, substance_misuse };

// A practice record about one of those needs on its day: an assessment that found it, a
// plan objective made for it, an intervention for it that the child attended.
struct PracticeEvent {
  ChildIndex child;
  Day day;
  PracticeNeed need;
};

// A completed special educational needs and disability screening (KPI 3), on the day it was
// completed.
struct SendScreening {
  ChildIndex child;
  Day day;
  bool need_identified;
  bool plan_in_place;
};

// The wider services of KPI 8, in the order docs/kpi.md lists them.
enum class WiderService : std::uint8_t { early_help, child_in_need, child_protection, looked_after };
inline constexpr std::size_t wider_service_count = 4;

// A span of a wider service's support of a child: `to` is no_day while it continues.
struct WiderServiceSpan {
  ChildIndex child;
  Day from, to;
  WiderService service;
};

// What the practice indicators read of the practice records. Each list is in child order
// and, for one child, by day, so a child's records are one equal_range.
struct PracticeRecords {
  std::vector<PracticeEvent> needs_found, objectives, interventions_attended;
  std::vector<SendScreening> send_screenings;
  std::vector<WiderServiceSpan> wider_services;  // by child, then `from`
};

// The run of `records` (in child order) that are `child`'s.
template <class Record>
std::pair<const Record*, const Record*> records_of(const std::vector<Record>& records, ChildIndex child) {
  auto [first, last] = std::equal_range(records.begin(), records.end(), child, ChildOrder{});
  return {records.data() + (first - records.begin()), records.data() + (last - records.begin())};
}

struct RecordSnapshot {
  // Districts in code order (byte order), with the area each belongs to.
  std::vector<std::string> district_codes;
  std::vector<std::string> district_areas;
  std::vector<std::string> area_codes;  // byte order
  // Population aged 10 to 17 by district, by calendar year.
  std::vector<std::map<int, std::int64_t>> populations;

  ChildColumns children;
  std::vector<OutcomeEvent> outcomes;  // by day
  std::vector<Ending> endings;         // by day
  std::vector<std::string> ending_outcome_ids;  // the exchange outcome_id of each ending
  std::vector<RemandStart> remands;    // by day
  std::vector<Release> releases;       // by day
  std::vector<ChildEvent> first_time_entrants;  // by day: one per child at most
  PracticeRecords practice;
};

// The run of `events` (sorted by `day`) whose day falls in the period.
template <class Event>
std::pair<const Event*, const Event*> in_period(const std::vector<Event>& events, Period period) {
  auto first = std::lower_bound(events.begin(), events.end(), period.from,
                                [](const Event& event, Day day) { return event.day < day; });
  auto last = std::upper_bound(first, events.end(), period.to,
                               [](Day day, const Event& event) { return day < event.day; });
  return {events.data() + (first - events.begin()), events.data() + (last - events.begin())};
}

}  // namespace pathway::measures
