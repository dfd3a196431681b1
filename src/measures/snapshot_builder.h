#pragma once
// Builds a RecordSnapshot from records given one at a time, in the order: districts (with
// their areas), populations, children, offences and outcomes, the offences each outcome
// disposes of, remands and custody releases, and (any time after the children) the practice
// records the practice indicators read. The loader feeds it from the database
// (measures/snapshot_loading.h); tests may feed it directly. Records are the exchange
// format's rows, already valid (justice/record_rules.h): a reference to a child, offence
// or outcome not given before is a broken database and throws std::logic_error.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "measures/record_snapshot.h"

namespace pathway::measures {

struct DistrictInScope {
  std::string code;
  std::string area_code;
};

struct OutcomeRecord {
  std::int64_t id = 0;
  std::string_view exchange_id;  // the outcome_id of the format: breaks ties between endings
  std::int64_t child_id = 0;
  Date outcome_date;
  OutcomeCode type = 0;
  std::optional<Date> start_date;
  std::optional<Date> end_date;
  CompletionCode completion = completion_unknown;
  Ending::Status end_ete = Ending::Status::unknown;
  Ending::Status end_accommodation = Ending::Status::unknown;
};

// Record ids (database row ids) to positions: a plain array while the ids are dense, as row
// ids are.
class IdPositions {
 public:
  void add(std::int64_t id, std::uint32_t position);
  // Throws std::logic_error for an id never added.
  std::uint32_t at(std::int64_t id) const;

 private:
  static constexpr std::uint32_t none = 0xffffffffu;
  std::vector<std::uint32_t> dense_;
  std::unordered_map<std::int64_t, std::uint32_t> sparse_;
};

class SnapshotBuilder {
 public:
  SnapshotBuilder(std::vector<DistrictInScope> districts, std::vector<std::string> area_codes);

  // Ignored for a district not given to the constructor.
  void add_population(std::string_view district_code, int year, std::int64_t population_10_17);
  void add_child(std::int64_t id, Date date_of_birth, std::string_view district_code);
  // Throws std::logic_error for a category that is not one of the format's.
  void add_offence(std::int64_t id, std::int64_t child_id, Date offence_date, std::string_view category,
                   std::int64_t gravity);
  void add_outcome(const OutcomeRecord& outcome);
  void add_disposed_offence(std::int64_t outcome_id, std::int64_t offence_id);
  void add_remand(std::int64_t child_id, Date start_date, std::string_view remand_type);
  // A release from the custodial sentence `outcome_id` (kpi.md "Index event").
  void add_release(std::int64_t child_id, Date release_date, std::int64_t outcome_id);
  // Practice records (docs/kpi.md, pathway-practice-2026-1), each on its day.
  void add_need_found(std::int64_t child_id, Date completed_on, PracticeNeed need);
  void add_objective(std::int64_t child_id, Date created_on, PracticeNeed need);
  void add_intervention_attended(std::int64_t child_id, Date held_on, PracticeNeed need);
  void add_send_screening(std::int64_t child_id, Date completed_on, bool need_identified, bool plan_in_place);
  // `to` is nullopt while the service continues.
  void add_wider_service(std::int64_t child_id, WiderService service, Date from, std::optional<Date> to);

  // The finished snapshot; the builder is spent.
  RecordSnapshot finish();

 private:
  struct Offence {
    ChildIndex child;
    Day day;
    bool serious;
    Day proven_on;
    OffenceCategoryCode category;
    std::uint8_t gravity;
  };
  void index_proven_offences();
  void mark_first_time_entrants();

  RecordSnapshot snapshot_;
  std::unordered_map<std::string, DistrictIndex> district_positions_;
  IdPositions children_, offences_, outcomes_;
  std::vector<Offence> offence_rows_;
  std::vector<std::uint8_t> outcome_gravity_;  // of each outcome's most serious offence, by position
};

}  // namespace pathway::measures
