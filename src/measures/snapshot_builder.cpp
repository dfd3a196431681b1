#include "measures/snapshot_builder.h"

#include <algorithm>
#include <stdexcept>


namespace pathway::measures {

namespace {

// Row ids beyond this are kept in a hash map rather than an array of their size.
constexpr std::int64_t largest_dense_id = 64'000'000;

template <class Event>
void sort_by_day(std::vector<Event>& events) {
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.day < b.day; });
}

template <class Record>
void sort_by_child_and_day(std::vector<Record>& records) {
  std::stable_sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
    return a.child != b.child ? a.child < b.child : a.day < b.day;
  });
}

}  // namespace

void IdPositions::add(std::int64_t id, std::uint32_t position) {
  if (id >= 0 && id < largest_dense_id) {
    auto slot = static_cast<std::size_t>(id);
    if (slot >= dense_.size()) dense_.resize(std::max(slot + 1, dense_.size() * 2), none);
    dense_[slot] = position;
  } else {
    sparse_[id] = position;
  }
}

std::uint32_t IdPositions::at(std::int64_t id) const {
  std::uint32_t position = none;
  if (id >= 0 && static_cast<std::size_t>(id) < dense_.size()) {
    position = dense_[static_cast<std::size_t>(id)];
  } else if (auto found = sparse_.find(id); found != sparse_.end()) {
    position = found->second;
  }
  if (position == none) throw std::logic_error("a record names a record that is not there: id " + std::to_string(id));
  return position;
}

SnapshotBuilder::SnapshotBuilder(std::vector<DistrictInScope> districts, std::vector<std::string> area_codes) {
  std::sort(districts.begin(), districts.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
  for (auto& district : districts) {
    district_positions_.emplace(district.code, static_cast<DistrictIndex>(snapshot_.district_codes.size()));
    snapshot_.district_codes.push_back(std::move(district.code));
    snapshot_.district_areas.push_back(std::move(district.area_code));
  }
  std::sort(area_codes.begin(), area_codes.end());
  snapshot_.area_codes = std::move(area_codes);
  snapshot_.populations.resize(snapshot_.district_codes.size());
}

void SnapshotBuilder::add_population(std::string_view district_code, int year, std::int64_t population_10_17) {
  auto found = district_positions_.find(std::string(district_code));
  if (found != district_positions_.end()) snapshot_.populations[found->second][year] = population_10_17;
}

void SnapshotBuilder::add_child(std::int64_t id, Date date_of_birth, std::string_view district_code) {
  auto found = district_positions_.find(std::string(district_code));
  if (found == district_positions_.end()) throw std::logic_error("a child's district is not a district");
  auto& children = snapshot_.children;
  children_.add(id, static_cast<std::uint32_t>(children.size()));
  children.id.push_back(id);
  children.district.push_back(found->second);
  children.tenth_birthday.push_back(birthday(date_of_birth, 10));
  children.sixteenth_birthday.push_back(birthday(date_of_birth, 16));
  children.eighteenth_birthday.push_back(birthday(date_of_birth, 18));
  children.last_day_of_school_age.push_back(measures::last_day_of_school_age(date_of_birth));
}

void SnapshotBuilder::add_offence(std::int64_t id, std::int64_t child_id, Date offence_date, std::string_view category,
                                  std::int64_t gravity) {
  auto code = offence_category_code(category);
  if (!code) throw std::logic_error("an offence's category is not a category");
  offences_.add(id, static_cast<std::uint32_t>(offence_rows_.size()));
  offence_rows_.push_back({children_.at(child_id), day_of(offence_date), is_serious_violence_offence(category, gravity),
                           no_day, *code, static_cast<std::uint8_t>(gravity)});
}

void SnapshotBuilder::add_outcome(const OutcomeRecord& outcome) {
  ChildIndex child = children_.at(outcome.child_id);
  outcomes_.add(outcome.id, static_cast<std::uint32_t>(snapshot_.outcomes.size()));
  snapshot_.outcomes.push_back({day_of(outcome.outcome_date), child, outcome.type, false, no_offence_category});
  outcome_gravity_.push_back(0);
  static const CompletionCode ongoing = *completion_code("ongoing");
  bool out_of_court = is_out_of_court_disposal(outcome.type) && outcome.start_date;
  bool programme_or_order = is_court_programme_or_order(outcome.type) || out_of_court;
  if (!programme_or_order || !outcome.end_date || outcome.completion == ongoing) return;
  snapshot_.endings.push_back({day_of(*outcome.end_date), day_of(outcome.start_date.value_or(outcome.outcome_date)),
                               child, outcome.type, outcome.completion, outcome.end_ete,
                               outcome.end_accommodation,
                               static_cast<std::uint32_t>(snapshot_.ending_outcome_ids.size())});
  snapshot_.ending_outcome_ids.emplace_back(outcome.exchange_id);
}

void SnapshotBuilder::add_disposed_offence(std::int64_t outcome_id, std::int64_t offence_id) {
  std::uint32_t position = outcomes_.at(outcome_id);
  OutcomeEvent& outcome = snapshot_.outcomes[position];
  Offence& offence = offence_rows_[offences_.at(offence_id)];
  if (offence.serious) outcome.names_serious_violence_offence = true;
  std::uint8_t& gravity = outcome_gravity_[position];
  if (offence.gravity > gravity || (offence.gravity == gravity && offence.category < outcome.offence_category)) {
    gravity = offence.gravity;
    outcome.offence_category = offence.category;
  }
  if (is_substantive(outcome.type)) offence.proven_on = std::min(offence.proven_on, outcome.day);
}

void SnapshotBuilder::add_remand(std::int64_t child_id, Date start_date, std::string_view remand_type) {
  if (remand_type == "unconditional_bail") return;
  snapshot_.remands.push_back({day_of(start_date), children_.at(child_id), remand_type == "remand_youth_detention"});
}

void SnapshotBuilder::add_release(std::int64_t child_id, Date release_date, std::int64_t outcome_id) {
  const OutcomeEvent& sentence = snapshot_.outcomes[outcomes_.at(outcome_id)];
  snapshot_.releases.push_back({day_of(release_date), children_.at(child_id), sentence.type, sentence.offence_category});
}

void SnapshotBuilder::add_need_found(std::int64_t child_id, Date completed_on, PracticeNeed need) {
  snapshot_.practice.needs_found.push_back({children_.at(child_id), day_of(completed_on), need});
}

void SnapshotBuilder::add_objective(std::int64_t child_id, Date created_on, PracticeNeed need) {
  snapshot_.practice.objectives.push_back({children_.at(child_id), day_of(created_on), need});
}

void SnapshotBuilder::add_intervention_attended(std::int64_t child_id, Date held_on, PracticeNeed need) {
  snapshot_.practice.interventions_attended.push_back({children_.at(child_id), day_of(held_on), need});
}

void SnapshotBuilder::add_send_screening(std::int64_t child_id, Date completed_on, bool need_identified,
                                         bool plan_in_place) {
  snapshot_.practice.send_screenings.push_back(
      {children_.at(child_id), day_of(completed_on), need_identified, plan_in_place});
}

void SnapshotBuilder::add_wider_service(std::int64_t child_id, WiderService service, Date from,
                                        std::optional<Date> to) {
  snapshot_.practice.wider_services.push_back(
      {children_.at(child_id), day_of(from), to ? day_of(*to) : no_day, service});
}

// Each child's proven offences side by side, by offence date (a counting sort by child).
void SnapshotBuilder::index_proven_offences() {
  auto& children = snapshot_.children;
  std::sort(offence_rows_.begin(), offence_rows_.end(), [](const Offence& a, const Offence& b) {
    return a.child != b.child ? a.child < b.child : a.day < b.day;
  });
  children.proven_offences_start.assign(children.size() + 1, 0);
  for (const Offence& offence : offence_rows_) {
    if (offence.proven_on == no_day) continue;
    ++children.proven_offences_start[offence.child + 1];
    children.proven_offence_date.push_back(offence.day);
    children.proven_on.push_back(offence.proven_on);
  }
  for (std::size_t c = 0; c < children.size(); ++c) {
    children.proven_offences_start[c + 1] += children.proven_offences_start[c];
  }
  offence_rows_ = {};
}

// A child's first substantive outcome ever, if they were 10 to 17 on its date.
void SnapshotBuilder::mark_first_time_entrants() {
  const auto& children = snapshot_.children;
  std::vector<Day> first(children.size(), no_day);
  for (const OutcomeEvent& outcome : snapshot_.outcomes) {
    if (is_substantive(outcome.type)) first[outcome.child] = std::min(first[outcome.child], outcome.day);
  }
  for (ChildIndex c = 0; c < children.size(); ++c) {
    if (first[c] != no_day && children.aged_10_to_17(c, first[c])) snapshot_.first_time_entrants.push_back({first[c], c});
  }
}

RecordSnapshot SnapshotBuilder::finish() {
  index_proven_offences();
  mark_first_time_entrants();
  outcome_gravity_ = {};
  sort_by_day(snapshot_.outcomes);
  sort_by_day(snapshot_.endings);
  sort_by_day(snapshot_.remands);
  sort_by_day(snapshot_.releases);
  sort_by_day(snapshot_.first_time_entrants);
  auto& practice = snapshot_.practice;
  sort_by_child_and_day(practice.needs_found);
  sort_by_child_and_day(practice.objectives);
  sort_by_child_and_day(practice.interventions_attended);
  sort_by_child_and_day(practice.send_screenings);
  std::stable_sort(practice.wider_services.begin(), practice.wider_services.end(), [](const auto& a, const auto& b) {
    return a.child != b.child ? a.child < b.child : a.from < b.from;
  });
  return std::move(snapshot_);
}

}  // namespace pathway::measures
