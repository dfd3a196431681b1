#pragma once
// The pieces the demo county is built from (private to src/demo and its tests): a tiny
// seeded random generator, the county's geography, the name lists, the children and the
// accounts. demo_county.cpp puts them together in one transaction.
#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "access/roles.h"
#include "access/staff.h"
#include "children/child.h"
#include "children/child_repository.h"
#include "core/dates.h"
#include "demo/demo_county.h"
#include "demo/row_values.h"
#include "store/database.h"
#include "store/write_queue.h"

namespace pathway::demo {

// ---- Randomness (demo_random.cpp) ----------------------------------------------------

// splitmix64: one step of the generator Vigna recommends for seeding xoshiro.
std::uint64_t splitmix64(std::uint64_t& state);

// xoshiro256** seeded through splitmix64. Our own few lines rather than <random>'s
// distributions, whose output differs between standard libraries: the same seed must give
// the same county on every platform.
class DemoRandom {
 public:
  explicit DemoRandom(std::uint64_t seed);
  std::uint64_t next();
  // A number in [0, bound), bound >= 1. Always consumes exactly one draw, whatever the
  // bound, so a bound that depends on today's date never shifts the draws after it. (The
  // multiply-shift mapping is biased by at most bound / 2^32: nothing a demo can notice.)
  std::uint32_t below(std::uint32_t bound);
  // True with probability per_thousand / 1000.
  bool chance(std::uint32_t per_thousand) { return below(1000) < per_thousand; }

 private:
  std::array<std::uint64_t, 4> state_{};
};

template <class T>
struct Weighted {
  T value;
  std::uint32_t weight;
};

// One value, with probability proportional to its weight. The weights must not all be 0.
template <class T>
const T& pick_weighted(DemoRandom& random, std::span<const Weighted<T>> choices) {
  std::uint32_t total = 0;
  for (const auto& choice : choices) total += choice.weight;
  std::uint32_t point = random.below(total);
  for (const auto& choice : choices) {
    if (point < choice.weight) return choice.value;
    point -= choice.weight;
  }
  return choices.back().value;  // unreachable
}

template <class T>
const T& pick_one(DemoRandom& random, std::span<const T> choices) {
  return choices[random.below(static_cast<std::uint32_t>(choices.size()))];
}

// ---- Dates ---------------------------------------------------------------------------

// The day `days` after `day` (before it when negative).
inline Date days_after(Date day, int days) { return std::chrono::sys_days{day} + std::chrono::days{days}; }

// `hour` o'clock UTC on `day`, as an ISO instant: when the demo says a thing was recorded.
inline std::string instant_on(Date day, int hour) {
  auto days = std::chrono::sys_days{day}.time_since_epoch().count();
  return to_iso_instant(static_cast<std::int64_t>(days) * 86400 + hour * 3600);
}

// ---- Geography (demo_geography.cpp) --------------------------------------------------

inline constexpr int first_population_year = 2023;
inline constexpr int population_years = 4;  // 2023 to 2026

struct DemoDistrict {
  std::string_view code;
  std::string_view name;
  std::string_view area_code;
  std::string_view area_name;
  std::array<std::int64_t, population_years> population_10_17;  // mid-year, 2023 first
};

// The 12 districts of Kent in its 4 areas, by code.
const std::vector<DemoDistrict>& demo_districts();

// Adds every area, district and population figure. Returns the number of areas.
int add_demo_geography(store::Connection& connection);

// Which district each of `count` children lives in, as an index into `districts`: the
// count shared out in proportion to each district's latest population (largest
// remainders), then shuffled.
std::vector<std::uint32_t> district_slot_indices(DemoRandom& random, std::int64_t count,
                                                std::span<const DemoDistrict> districts);

// The same for the demo county's districts, by code.
std::vector<std::string> demo_district_slots(DemoRandom& random, int count);

// ---- National geography (demo_national_geography.cpp) ---------------------------------

// A youth justice service of the national demo: the demo county, then 149 invented ones.
struct NationalService {
  std::string_view code;  // its area code, and its team's (the county's teams are its own)
  std::string_view name;
  std::vector<std::string_view> districts;  // the county's; empty for the others (see national_districts)
};

const std::vector<NationalService>& national_services();

// The demo county's districts first, then two or three for each other service.
const std::vector<DemoDistrict>& national_districts();

// Adds every national district with its population figures, the county's teams and one
// team for each other service covering its districts.
void add_national_geography(store::Connection& connection);

// ---- National justice histories (demo_national_histories.cpp) ---------------------------

// A child the national demo wrote, as its justice history needs it.
struct NationalChild {
  std::int64_t id = 0;
  Date date_of_birth;
  std::uint32_t district = 0;  // index into national_districts()
};

struct HistoryIds;  // justice_history_writer.h

// The writing thread of a load on two threads (store/write_queue.h) has stopped on a
// failure: the generating thread stops too (the writer's failure is what the caller sees).
struct WriterStopped {};
// Pushes the task, or throws WriterStopped.
void push_or_stop(store::WriteQueue& queue, store::WriteQueue::Task task);
// Generated rows handed to the writing thread, as insert tasks: a copy of each write's rows.
RowWriter rows_to_queue(store::WriteQueue& queue);

// The justice histories of the national demo's children (issue 9 point 9: about 3,000,000
// offences and 3,000,000 outcomes, with remands and custody episodes, in the proportions of
// the demo county's), generated on the calling thread and handed to the writing thread,
// after the children, numbered from `ids` (left past the last). Returns the number of
// offences.
std::int64_t add_national_justice_histories(store::WriteQueue& queue, DemoRandom& random,
                                            std::span<const NationalChild> children, HistoryIds& ids);

// ---- An empty database (demo_county.cpp) ----------------------------------------------

// A demo never mixes with real data: throws std::runtime_error naming what the database
// holds unless it has no children, staff or districts.
void require_empty_database(store::Connection& connection);

// ---- Names (demo_names.cpp) ----------------------------------------------------------

// Where a name comes from: the communities a Kent youth justice caseload draws on.
enum class Heritage {
  english,       // English, with some Scottish and Welsh names, and Kentish family names
  irish,
  traveller,     // Irish Traveller
  romany,        // English Romany Gypsy
  roma,          // Central and East European Roma
  polish,
  lithuanian,
  romanian,
  albanian,
  portuguese,
  turkish,
  kurdish,
  arab,
  afghan,
  nepali,
  indian,
  pakistani,
  bangladeshi,
  nigerian,
  ghanaian,
  somali,
  east_african,  // Eritrean, Ethiopian, Sudanese
  caribbean,
  chinese,
  vietnamese,
};

// A family name with its feminine form where the language has one (Kowalski / Kowalska,
// Kazlauskas / Kazlauskaitė); female is empty when the name does not change.
struct FamilyName {
  std::string_view male;
  std::string_view female;
};

struct NameList {
  std::vector<std::string_view> boys;
  std::vector<std::string_view> girls;
  std::vector<FamilyName> families;
  // How often (per thousand) a child of this heritage has an English given name, as many
  // children born in England to families who settled here do.
  std::uint32_t english_given_per_thousand = 0;
};

const NameList& names_of(Heritage heritage);
const std::vector<Heritage>& all_heritages();

// ---- Children (demo_children.cpp) ----------------------------------------------------

// The details of `district_codes.size()` children, one per district code in that order.
// Names, sexes, ethnicities and looked-after status depend only on the random draws; dates
// of birth are the drawn age counted back from `today` (see demo_children.cpp).
std::vector<children::ChildDetails> demo_children(DemoRandom& random,
                                                  const std::vector<std::string>& district_codes,
                                                  Date today);

// ---- Corrections (demo_corrections.cpp) ---------------------------------------------

// A child first recorded with a detail wrong or not yet known, and the case manager who
// corrected it to the details drawn, with the reason they gave (empty: none).
struct DemoCorrection {
  children::ChildDetails first_recorded;
  children::ChangeAuthor by;
  std::string reason;
};

// For about one child in twelve, how their details were first recorded and who corrected
// them; nullopt for the rest. The first record always differs from `details`.
std::optional<DemoCorrection> demo_correction(DemoRandom& random, const children::ChildDetails& details);

// ---- Accounts (demo_accounts.cpp) ----------------------------------------------------

// ---- Teams and staff (demo_staff.cpp) --------------------------------------------------

struct DemoStaffMember {
  std::string_view username;
  std::string_view display_name;
  access::Role role;
  std::string_view team;  // "" for none
  access::ScopeKind scope_kind;
  std::string_view scope_code;
  std::string_view line_manager;  // a username above it in the list, or ""
};

// The named demo accounts, one per role (two case managers, for trying two people editing
// one record; a head of service and a unit lead), all in or over the North Kent unit.
const std::vector<DemoStaffMember>& demo_staff();

// The five youth justice units and the districts each covers.
void add_demo_teams(store::Connection& connection);

// Creates the named demo accounts and the rest of the service's staff, all with the
// password. Returns the named accounts. Throws std::runtime_error with the policy's message
// if the password is refused.
std::vector<DemoAccount> add_demo_accounts(store::Connection& connection, const std::string& password);

// Shares the cases of the districts two units cover between them.
void hold_demo_cases(store::Connection& connection);

// ---- Access history (demo_access_history.cpp) ------------------------------------------

struct DemoAccessHistory {
  int restricted_records = 0;
  int break_glass_grants = 0;  // one of them still in force at `now`
  int partner_shares = 0;
};

// Among the children, staff, holding teams and allocations already added: two restricted
// records naming the staff allocated to the child and the managers overseeing it (each
// with its audit event), emergency access grants from the past weeks and one in force (on
// held or allocated children, by staff outside the case), and the 'partner' account's
// shares. Adds only what those allow: nothing on children no team holds and no one is
// allocated to, no shares without a 'partner' account.
DemoAccessHistory add_demo_access_history(store::Connection& connection, std::int64_t now);
// After the allocations: one emergency access three days before `now`, ended, on a child
// on the 'caseworker' account's caseload, by the first member of staff (not a manager) who
// could not otherwise open the record, so that account's home page shows "Records opened
// with emergency access" as a case manager's would. Returns the grants added: 0 without
// such an account, caseload or member of staff.
int add_break_glass_on_demo_caseload(store::Connection& connection, std::int64_t now);
// ---- Justice records (demo_justice_records.cpp) ------------------------------------------

struct JusticeRecordCounts;

// After the allocations: a justice history for every child (justice_histories.h) as of
// `today`, in force for the open cases and ended for the closed ones, with every kind of
// order on the caseloads of 'caseworker' and 'caseworker2' (where their children's ages
// allow) and every outcome type somewhere in the county.
JusticeRecordCounts add_demo_justice_records(store::Connection& connection, std::uint64_t seed, Date today,
                                             std::int64_t now);

// After the justice records: requirements for every youth rehabilitation order, within the
// law for its conviction date, with progress consistent with its dates as of `today`
// (demo_yro_requirements.cpp). Returns the requirements added.
int add_demo_yro_requirements(store::Connection& connection, std::uint64_t seed, Date today);

// After the justice records, requirements and orders' progress: a few corrections of
// offences' dates, orders' ends and unpaid work hours, each kept as if the version first
// recorded had been corrected to the one the demo drew (demo_record_corrections.cpp).
// Returns how many.
int add_demo_record_corrections(store::Connection& connection);

// Sets the service to require two-factor sign-in of no role (demo_two_factor.cpp).
void require_no_two_factor(store::Connection& connection);

}  // namespace pathway::demo
