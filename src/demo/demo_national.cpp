// Builds the national demo in one transaction: the geography, the demo county's accounts,
// a million children written many to a statement, their justice histories, the staff,
// allocations and practice records of their open and recently ended cases, and one audit
// event, with the indexes of those tables built once the rows are in (store/bulk_load.h).
// Either all of it is saved or none of it: the transaction rolls back, or for a disposable
// file the caller deletes it.
#include "demo/demo_national.h"

#include <set>
#include <stdexcept>

#include "access/audit.h"
#include "children/child_repository.h"
#include "core/clock.h"
#include "core/dates.h"
#include "core/random.h"
#include "deadlines/refresh.h"
#include "demo/demo_national_cases.h"
#include "demo/demo_national_practice.h"
#include "demo/demo_national_staff.h"
#include "demo/demo_parts.h"
#include "demo/justice_history_writer.h"
#include "store/bulk_load.h"
#include "store/write_queue.h"
#include "store/transaction.h"

namespace pathway::demo {

namespace {

// Children generated and written at a time: the details of a million at once would hold
// a few hundred megabytes.
constexpr std::size_t chunk = 20'000;

// The public id of the `index`th child: a fixed permutation of the numbers below 2^49
// (multiplications by odd numbers and xor-shifts, each reversible), so every child's id is
// different with no lookup, and the ids look as random as create_child's. 2^49 is below
// 31^10, so ten characters of the public id alphabet hold every value.
std::string national_public_id(std::uint64_t index, std::uint64_t seed) {
  constexpr std::uint64_t mask = (std::uint64_t{1} << 49) - 1;
  std::uint64_t x = (index ^ seed) & mask;
  x = (x * 0x9E3779B97F4A7C15ull) & mask;
  x ^= x >> 23;
  x = (x * 0xBF58476D1CE4E5B9ull) & mask;
  x ^= x >> 29;
  std::string_view alphabet = public_id_alphabet();
  std::string id(10, alphabet[0]);
  for (std::size_t i = id.size(); i-- > 0; x /= alphabet.size()) id[i] = alphabet[x % alphabet.size()];
  return id;
}

// The tables that take the million rows, and the practice records of their open and
// recently ended cases: their indexes are built once the rows are in.
constexpr std::string_view loaded_tables[] = {
    "children",        "offences",           "outcomes",          "outcome_offences", "remands",
    "custody_episodes", "case_workers",      "assessments",       "assessment_answers", "plans",
    "plan_objectives", "plan_actions",       "appointments",      "case_notes",       "child_flags",
    "child_flag_changes", "child_circumstances", "wider_services"};
// Filled in child (and offence, plan, objective or flag) order, as the children, their
// histories and their practice records are written: cheaper kept in step than built after.
constexpr std::string_view indexes_in_load_order[] = {
    "offences_by_child",          "outcomes_by_child",            "outcome_offences_by_offence",
    "remands_by_child",           "custody_episodes_by_child",    "case_workers_by_child",
    "assessments_by_child",       "plan_objectives_by_plan",      "plan_actions_by_objective",
    "appointments_by_child",      "case_notes_by_child",          "child_flags_by_child",
    "child_flag_changes_by_flag", "child_circumstances_by_child", "wider_services_by_child"};

}  // namespace

DemoSummary build_national_demo(store::Database& database, const NationalOptions& options) {
  if (options.children < 0) throw std::runtime_error("the number of demo children cannot be negative");

  auto connection = database.acquire();
  store::BulkLoadSettings settings(*connection, options.disposable_file);
  store::Transaction transaction(*connection);
  require_empty_database(*connection);

  DemoSummary summary;
  add_national_geography(*connection);
  summary.districts = static_cast<int>(national_districts().size());
  std::set<std::string_view> areas;
  for (const auto& district : national_districts()) areas.insert(district.area_code);
  summary.areas = static_cast<int>(areas.size());
  summary.accounts = add_demo_accounts(*connection, options.password);
  require_no_two_factor(*connection);

  store::DeferredIndexes deferred(*connection, loaded_tables, indexes_in_load_order);
  DemoRandom random(options.seed);
  const auto& districts = national_districts();
  auto slots = district_slot_indices(random, options.children, districts);
  std::string created_at = to_iso_instant(now_unix_seconds());
  Date today = today_utc();
  // The children's ids follow the largest (the table is empty: from 1), so the generator
  // knows each child's id before the child is written.
  std::int64_t first_id = connection->query_one("SELECT COALESCE(MAX(id), 0) + 1 FROM children")->integer(0);
  HistoryIds history_ids = next_history_ids(*connection);
  std::int64_t offences = 0;
  // Generated on a second thread while this one writes (SQLite's work is the larger part).
  store::load_on_two_threads(*connection, 16, [&](store::WriteQueue& queue) {
    std::vector<NationalChild> written;
    written.reserve(slots.size());
    std::vector<std::string> codes;
    for (std::size_t start = 0; start < slots.size(); start += chunk) {
      std::size_t end = std::min(slots.size(), start + chunk);
      codes.clear();
      for (std::size_t i = start; i < end; ++i) codes.emplace_back(districts[slots[i]].code);
      std::vector<children::GeneratedChild> batch;
      for (auto& details : demo_children(random, codes, today)) {
        std::size_t index = start + batch.size();
        written.push_back({first_id + static_cast<std::int64_t>(index), details.date_of_birth, slots[index]});
        batch.push_back({std::move(details), national_public_id(index, options.seed)});
      }
      std::int64_t expected = first_id + static_cast<std::int64_t>(start);
      push_or_stop(queue, [batch = std::move(batch), expected, &created_at](store::Connection& writer) {
        auto ids = children::insert_generated_children(writer, batch, created_at);
        if (!ids.empty() && ids.front() != expected) throw std::logic_error("the children were not numbered in order");
      });
    }
    push_or_stop(queue, [](store::Connection& writer) { hold_demo_cases(writer); });
    offences = add_national_justice_histories(queue, random, written, history_ids);
  });
  summary.children = static_cast<int>(slots.size());
  advance_history_identities(*connection);
  // The work of the cases open today or ended lately, read back from the histories.
  auto cases = read_national_cases(*connection, today);
  std::int64_t staff = add_national_staff(*connection, cases, options.password);
  auto practice =
      add_national_practice(*connection, cases, national_team_staff(*connection, cases), options.seed, today);
  deferred.restore();
  deadlines::refresh_all(*connection);  // one query per source for every child (docs/performance.md)

  access::record_audit_event(
      *connection, {"system", "demo.create", "", "", "",
                    "national scale, seed " + std::to_string(options.seed) + ": " +
                        std::to_string(national_services().size()) + " services, " +
                        std::to_string(summary.districts) + " districts, " + std::to_string(summary.children) +
                        " children, " + std::to_string(offences) + " offences, " +
                        std::to_string(summary.accounts.size()) + " accounts and " + std::to_string(staff) +
                        " more staff, " + std::to_string(cases.open) + " open cases, " +
                        std::to_string(practice["assessments"]) + " assessments, " +
                        std::to_string(practice["appointments"]) + " appointments"});
  transaction.commit();
  return summary;
}

}  // namespace pathway::demo
