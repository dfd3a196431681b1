#include "justice/requirements.h"

#include <algorithm>
#include <stdexcept>

#include "core/clock.h"
#include "core/text.h"
#include "justice/row_dates.h"

namespace pathway::justice {

namespace {

std::string unit_code(AmountUnit unit) {
  return unit == AmountUnit::days ? "days" : unit == AmountUnit::hours ? "hours" : "none";
}

AmountUnit unit_of(const std::string& code) {
  return code == "days" ? AmountUnit::days : code == "hours" ? AmountUnit::hours : AmountUnit::none;
}

// A curfew's hours as stored: the 7 days' numbers separated by commas; "" for none.
std::string hours_text(const std::vector<int>& hours) {
  std::vector<std::string> days;
  for (int day : hours) days.push_back(std::to_string(day));
  return join_with_commas(days);
}

std::vector<int> hours_of(const std::string& text) {
  std::vector<int> hours;
  for (const auto& day : split_on_commas(text)) hours.push_back(std::stoi(day));
  return hours;
}

std::size_t schedule_position(RequirementKind kind) {
  const auto& kinds = requirement_kinds();
  return static_cast<std::size_t>(
      std::find_if(kinds.begin(), kinds.end(), [kind](const RequirementKindInfo& info) { return info.kind == kind; }) -
      kinds.begin());
}

}  // namespace

std::vector<ProgressEntry> RecordedRequirement::entries() const {
  std::vector<ProgressEntry> list;
  for (const auto& recorded : progress) list.push_back(recorded.entry);
  return list;
}

std::optional<Outcome> find_child_outcome(store::Connection& connection, std::int64_t child_id,
                                          std::int64_t outcome_id) {
  for (auto& outcome : outcomes_of_child(connection, child_id)) {
    if (outcome.id == outcome_id) return std::move(outcome);
  }
  return std::nullopt;
}

std::vector<RecordedRequirement> requirements_of_order(store::Connection& connection, std::int64_t outcome_id) {
  std::vector<RecordedRequirement> requirements;
  for (const auto& row : connection.query("SELECT id, kind, amount, unit, starts_on, ends_on, COALESCE(curfew_hours, '')"
                                          " FROM yro_requirements WHERE outcome_id = ? ORDER BY id",
                                          {outcome_id})) {
    auto kind = requirement_kind_from_code(row.text(1));
    if (!kind) throw store::StoreError("a requirement of a kind Pathway does not know: " + row.text(1));
    RecordedRequirement recorded;
    recorded.id = row.integer(0);
    auto& requirement = recorded.requirement;
    requirement.kind = *kind;
    if (auto amount = row.optional_integer(2)) requirement.amount = static_cast<int>(*amount);
    requirement.unit = unit_of(row.text(3));
    requirement.starts_on = date_in(row, 4);
    requirement.ends_on = optional_date_in(row, 5);
    requirement.curfew_hours = hours_of(row.text(6));
    requirements.push_back(std::move(recorded));
  }
  for (const auto& row : connection.query(
           "SELECT p.requirement_id, p.id, p.done_on, p.amount, COALESCE(p.note, ''), s.display_name"
           " FROM yro_requirement_progress p JOIN yro_requirements r ON r.id = p.requirement_id"
           " JOIN staff s ON s.id = p.recorded_by WHERE r.outcome_id = ? ORDER BY p.done_on, p.id",
           {outcome_id})) {
    auto owner = std::find_if(requirements.begin(), requirements.end(),
                              [&](const RecordedRequirement& candidate) { return candidate.id == row.integer(0); });
    if (owner == requirements.end()) continue;
    RecordedProgress progress;
    progress.id = row.integer(1);
    progress.entry.done_on = date_in(row, 2);
    if (auto amount = row.optional_integer(3)) progress.entry.amount = static_cast<int>(*amount);
    progress.note = row.text(4);
    progress.recorded_by = row.text(5);
    owner->progress.push_back(std::move(progress));
  }
  std::stable_sort(requirements.begin(), requirements.end(), [](const auto& a, const auto& b) {
    return schedule_position(a.requirement.kind) < schedule_position(b.requirement.kind);
  });
  return requirements;
}

std::int64_t add_requirement(store::Connection& connection, std::int64_t outcome_id, const Requirement& requirement) {
  auto row = connection.query_one(
      "INSERT INTO yro_requirements (outcome_id, kind, amount, unit, starts_on, ends_on, curfew_hours, created_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {outcome_id, std::string(requirement_kind_info(requirement.kind).code),
       requirement.amount ? store::Value{std::int64_t{*requirement.amount}} : store::Value{nullptr},
       unit_code(requirement.unit), to_iso(requirement.starts_on),
       requirement.ends_on ? store::Value{to_iso(*requirement.ends_on)} : store::Value{nullptr},
       requirement.curfew_hours.empty() ? store::Value{nullptr} : store::Value{hours_text(requirement.curfew_hours)},
       to_iso_instant(now_unix_seconds())});
  return row->integer(0);
}

StoredFields requirement_fields(const Requirement& requirement) {
  return {{"amount", requirement.amount ? std::optional<std::string>(std::to_string(*requirement.amount)) : std::nullopt},
          {"starts_on", to_iso(requirement.starts_on)},
          {"ends_on", stored_value(requirement.ends_on)},
          {"curfew_hours", stored_value(hours_text(requirement.curfew_hours))}};
}

std::vector<std::string> correct_requirement(store::Connection& connection, std::int64_t child_id,
                                             const RecordedRequirement& before, const Requirement& after,
                                             const CorrectionBy& by) {
  if (after.kind != before.requirement.kind) throw std::logic_error("a correction does not change a requirement's kind");
  auto changes = keep_correction(connection, child_id, {CorrectedKind::requirement, before.id},
                                 requirement_fields(before.requirement), requirement_fields(after), by);
  std::vector<std::string> changed;
  for (const auto& change : changes) changed.push_back(change.field);
  if (changed.empty()) return changed;
  connection.execute(
      "UPDATE yro_requirements SET amount = ?, unit = ?, starts_on = ?, ends_on = ?, curfew_hours = ? WHERE id = ?",
      {after.amount ? store::Value{std::int64_t{*after.amount}} : store::Value{nullptr}, unit_code(after.unit),
       to_iso(after.starts_on), after.ends_on ? store::Value{to_iso(*after.ends_on)} : store::Value{nullptr},
       after.curfew_hours.empty() ? store::Value{nullptr} : store::Value{hours_text(after.curfew_hours)}, before.id});
  return changed;
}

std::int64_t record_progress(store::Connection& connection, std::int64_t requirement_id, const ProgressEntry& entry,
                             const std::string& note, std::int64_t staff_id) {
  auto row = connection.query_one(
      "INSERT INTO yro_requirement_progress (requirement_id, done_on, amount, note, recorded_by, created_at)"
      " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {requirement_id, to_iso(entry.done_on),
       entry.amount ? store::Value{std::int64_t{*entry.amount}} : store::Value{nullptr},
       note.empty() ? store::Value{nullptr} : store::Value{note}, staff_id, to_iso_instant(now_unix_seconds())});
  return row->integer(0);
}

}  // namespace pathway::justice
