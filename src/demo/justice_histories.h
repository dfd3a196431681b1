#pragma once
// Justice histories for demo children: each child's offences, the outcomes that disposed of
// them, the remands while their cases were in court and their time in custody, drawn from
// a seeded random source in the proportions of a county youth justice service (the sources
// are beside the figures in justice_histories.cpp). Every record meets the rules of
// justice/record_rules.h. Generation is pure (no I/O, no clock) and cheap: one child's
// history reuses the vectors of the last one, so a national data set generates in seconds.
// Writing them is justice_history_writer.h.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "demo/demo_parts.h"

namespace pathway::demo {

// What a child is subject to on the demo's today. The demo county asks for particular ones
// so that each case manager's caseload shows every kind of order; a national data set
// leaves it to the draw.
enum class InForce : std::uint8_t {
  drawn,                         // whatever the draw gives, including nothing
  something,                     // one of the kinds below, drawn: an open case
  nothing,                       // every order ended, no case in court: a closed case
  out_of_court_programme,        // a youth conditional caution or deferred prosecution in progress
  referral_order,
  youth_rehabilitation_order,
  youth_rehabilitation_order_iss,
  detention_in_custody,          // a detention and training order, before its halfway release
  detention_in_community,        // a detention and training order, its supervised second half
  section_250,                   // long-term detention, still inside
  section_252a,
  extended_sentence,
  detention_at_his_majestys_pleasure,
  remanded_to_youth_detention,   // awaiting trial or sentence
  remanded_to_local_authority,
  bail_with_support,             // bail supervision and support, or bail ISS
};

// A child to give a history to: who, born when, living where, and what is in force today.
struct HistoryChild {
  std::int64_t child_id = 0;
  Date date_of_birth;
  std::string_view district_code;  // places custody near home for the demo county's districts
  InForce in_force = InForce::drawn;
  // For a closed case (InForce::nothing), its last outcome instead of the draw's ("" for
  // the draw), made before this date if given (the demo asks for detention and training
  // orders made before 28 June 2022). The child's age may not allow it: then the draw's.
  std::string_view last_outcome;
  std::optional<Date> last_outcome_before;
};

struct GeneratedOffence {
  Date offence_date;
  std::string_view category;  // justice::offence_categories()
  int gravity = 1;
  std::string_view description;
};

struct GeneratedOutcome {
  Date outcome_date;
  std::string_view outcome_type;  // justice::outcome_types()
  std::optional<Date> start_date;
  std::optional<Date> end_date;
  std::optional<int> length_months;
  std::string_view completion;         // "" for unknown
  std::string_view end_ete;            // "" unless the programme or order has ended
  std::string_view end_accommodation;  // likewise
  // The offences it disposes of: indexes into ChildHistory::offences, all earlier.
  std::uint16_t first_offence = 0;
  std::uint16_t offence_count = 0;
};

struct GeneratedRemand {
  Date start_date;
  std::optional<Date> end_date;
  std::string_view remand_type;  // justice::remand_types()
};

struct GeneratedCustody {
  std::string_view establishment;
  std::string_view establishment_type;  // justice::establishment_types()
  Date start_date;
  std::optional<Date> release_date;   // none while still inside
  int outcome = -1;                    // index into ChildHistory::outcomes; -1 for a remand
};

// One child's history. Offences disposed of by one outcome are consecutive, so an outcome
// names them as a range.
struct ChildHistory {
  std::vector<GeneratedOffence> offences;
  std::vector<GeneratedOutcome> outcomes;
  std::vector<GeneratedRemand> remands;
  std::vector<GeneratedCustody> custody;
  void clear();
};

// Fills `history` (cleared first, its capacity kept) with the child's history as of
// `today`: offences committed from the 10th birthday to the 18th, none after today, the
// outcome of each (or none yet, for a case still in court), remands and custody. What is in
// force today is what child.in_force asks for, where the child's age allows it (a child
// too young for detention gets the nearest order the law allows); a child under 10 today
// gets no history.
void generate_justice_history(const HistoryChild& child, Date today, DemoRandom& random, ChildHistory& history);

// The random source for one child: the seed and the child's id, so a child's history does
// not depend on which other children were generated before it.
DemoRandom random_for_child(std::uint64_t seed, std::int64_t child_id);

}  // namespace pathway::demo
