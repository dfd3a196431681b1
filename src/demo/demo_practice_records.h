#pragma once
// The demo county's practice records (issue 11 points 4, 7, 8): a year of case notes for
// every child with an allocated case manager (some corrected), safeguarding and risk flags
// (current, due for review, ended) and each such child's family and network. Drawn from the
// children's ids, not the demo's random stream, so adding them changes nothing else the
// demo draws; the same for a seed.
#include <span>
#include <string>
#include <string_view>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

struct PracticeRecordCounts {
  int case_notes = 0;
  int corrected_notes = 0;
  int flags = 0;
  int network_members = 0;
};

// Adds all three, in the caller's transaction. Throws StoreError.
PracticeRecordCounts add_demo_practice_records(store::Connection& connection, Date today);

// The parts, each for the children `add_demo_practice_records` covers.
int add_demo_case_notes(store::Connection& connection, Date today, int& corrected);
int add_demo_flags(store::Connection& connection, Date today);
int add_demo_networks(store::Connection& connection);

// A case note's type and words; "{name}" in the body stands for the child's given name.
struct NoteText {
  std::string_view type;
  std::string_view summary;
  std::string_view body;
};
// The contacts a case manager writes up: office appointments, home visits, sessions.
std::span<const NoteText> demo_contact_notes();
// The text with each "{name}" replaced by the name.
std::string with_name(std::string_view text, const std::string& name);

// A flag's type and why it was raised.
struct FlagStory {
  std::string_view type;
  std::string_view reason;
};
// One of each type; "mappa" needs a level.
std::span<const FlagStory> demo_flag_stories();

}  // namespace pathway::demo
