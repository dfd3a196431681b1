#include "demo/demo_practice_records.h"

namespace pathway::demo {

PracticeRecordCounts add_demo_practice_records(store::Connection& connection, Date today) {
  PracticeRecordCounts counts;
  counts.case_notes = add_demo_case_notes(connection, today, counts.corrected_notes);
  counts.flags = add_demo_flags(connection, today);
  counts.network_members = add_demo_networks(connection);
  return counts;
}

}  // namespace pathway::demo
