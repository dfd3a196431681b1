// The practice indicators: YJB key performance indicators 3 (SEND), 4 (mental health and
// emotional wellbeing), 5 (substance misuse) and 8 (links to wider services), by docs/kpi.md's
// definition set pathway-practice-2026-1. Each follows the children of kpi.md "Orders
// ending" (each child once, with the order that ends last) and reads their practice records
// during that order: from its first day (start date, or outcome date when it has none) to
// its end date, both included.
#include "measures/counted_records.h"

namespace pathway::measures {

namespace {

// The child's latest SEND screening completed on or before `day`; nullptr when none was.
const SendScreening* latest_screening(const RecordSnapshot& snapshot, ChildIndex child, Day day) {
  auto [first, last] = records_of(snapshot.practice.send_screenings, child);
  const SendScreening* latest = nullptr;
  for (const SendScreening* screening = first; screening != last && screening->day <= day; ++screening) {
    latest = screening;
  }
  return latest;
}

// Whether the child has a record about `need` among `records` on a day of `during`.
bool any_during(const std::vector<PracticeEvent>& records, ChildIndex child, PracticeNeed need, Period during) {
  auto [first, last] = records_of(records, child);
  for (const PracticeEvent* record = first; record != last; ++record) {
    if (record->need == need && during.contains(record->day)) return true;
  }
  return false;
}

struct NeedTallies {
  PracticeNeed need;
  Tally identified, planned, attended;
};

constexpr NeedTallies need_tallies[] = {
    {PracticeNeed::mental_health, Tally::mental_health_identified, Tally::mental_health_planned,
     Tally::mental_health_attended},
    {PracticeNeed::substance_misuse, Tally::substance_misuse_identified, Tally::substance_misuse_planned,
     Tally::substance_misuse_attended},
};

// By WiderService.
constexpr Tally service_tallies[wider_service_count] = {Tally::early_help, Tally::child_in_need,
                                                        Tally::child_protection, Tally::looked_after};

}  // namespace

void walk_practice_indicators(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor) {
  const auto& practice = snapshot.practice;
  for (const Ending* ending : last_ending_of_each_child(snapshot, period)) {
    ChildIndex child = ending->child;
    auto count = [&](Tally tally) { visitor.counted({tally, child, ending->day}); };
    Period order{ending->start, ending->day};

    if (const SendScreening* screening = latest_screening(snapshot, child, ending->day);
        screening && screening->need_identified) {
      count(Tally::send_identified);
      if (screening->plan_in_place) count(Tally::send_with_plan);
      if (ending->ete == Ending::Status::suitable) count(Tally::send_suitable_ete);
    }

    for (const NeedTallies& tallies : need_tallies) {
      if (!any_during(practice.needs_found, child, tallies.need, order)) continue;
      count(tallies.identified);
      if (any_during(practice.objectives, child, tallies.need, order)) count(tallies.planned);
      if (any_during(practice.interventions_attended, child, tallies.need, order)) count(tallies.attended);
    }

    bool supported[wider_service_count] = {};
    auto [first, last] = records_of(practice.wider_services, child);
    for (const WiderServiceSpan* span = first; span != last; ++span) {
      if (span->from <= order.to && order.from <= span->to) supported[static_cast<std::size_t>(span->service)] = true;
    }
    bool any = false;
    for (std::size_t service = 0; service < wider_service_count; ++service) {
      if (supported[service]) count(service_tallies[service]);
      any = any || supported[service];
    }
    if (any) count(Tally::wider_services_supported);
  }
}

}  // namespace pathway::measures
