#include "practice/early_warnings/early_warnings.h"

#include <algorithm>

#include "core/clock.h"
#include "justice/record_labels.h"
#include "justice/row_dates.h"
#include "practice/circumstances/circumstance_vocabulary.h"
#include "practice/circumstances/circumstances.h"
#include "practice/contacts/appointments.h"
#include "practice/contacts/contact_monitoring.h"
#include "practice/early_warnings/worse_circumstances.h"
#include "practice/flags/flag_types.h"
#include "practice/flags/flags.h"

namespace pathway::practice {

namespace {

constexpr std::int64_t seconds_a_day = 24 * 3600;

// The columns of the child every warning names, from a children row aliased `c`.
constexpr std::string_view child_columns = "c.id, c.public_id, c.given_name || ' ' || c.family_name, c.created_at";

struct ChildNamed {
  std::int64_t id = 0;
  std::string public_id;
  std::string name;
  std::int64_t recorded_at = 0;  // when the child's record was made
};

ChildNamed child_in(const store::Row& row, std::size_t first) {
  return {row.integer(first), row.text(first + 1), row.text(first + 2),
          parse_iso_instant(row.text(first + 3)).value_or(0)};
}

std::int64_t instant_of(const std::string& iso) { return parse_iso_instant(iso).value_or(0); }

EarlyWarning warning_of(const ChildNamed& child, std::string key, Date happened_on, std::int64_t recorded_at,
                        std::string what, const std::string& section) {
  EarlyWarning warning;
  warning.key = std::move(key);
  warning.child_id = child.id;
  warning.child_public_id = child.public_id;
  warning.child_name = child.name;
  warning.happened_on = happened_on;
  warning.recorded_at = recorded_at;
  warning.what = std::move(what);
  warning.href = "/children/" + child.public_id + "/" + section;
  return warning;
}

// `sql` with the search's condition on the children row `c` appended by AND, its
// parameters after `first`.
std::vector<store::Row> query_children(store::Connection& connection, const std::string& sql,
                                       std::vector<store::Value> first, const WarningSearch& search) {
  first.insert(first.end(), search.children.params.begin(), search.children.params.end());
  return connection.query(sql + " AND (" + search.children.sql + ")", std::span<const store::Value>(first));
}

// The children of the search with one of `rows` ("child_flag_changes l JOIN children c ...
// WHERE ...", its one parameter `since`), once each. Read from those rows, found by their
// time index, so a large service's children are not each tested.
std::vector<ChildNamed> children_with(store::Connection& connection, const std::string& rows, const store::Value& since,
                                      const WarningSearch& search) {
  std::vector<ChildNamed> children;
  for (const auto& row :
       query_children(connection, "SELECT DISTINCT " + std::string(child_columns) + " FROM " + rows, {since}, search)) {
    children.push_back(child_in(row, 0));
  }
  return children;
}

// --- Circumstances ----------------------------------------------------------------------

using WorseCircumstance = std::optional<std::string> (*)(const Circumstance&, const Circumstance&);

std::vector<EarlyWarning> circumstance_warnings(store::Connection& connection, const WarningSearch& search,
                                                WorseCircumstance worse) {
  std::vector<EarlyWarning> warnings;
  auto changes =
      circumstance_changes_since(connection, to_iso_instant(search.since), search.children.sql, search.children.params);
  for (const auto& change : changes) {
    if (!change.before) continue;
    auto what = worse(*change.before, change.after);
    if (!what) continue;
    auto row = connection.query_one("SELECT " + std::string(child_columns) + " FROM children c WHERE c.id = ?",
                                    {change.after.child_id});
    if (!row) continue;
    warnings.push_back(warning_of(child_in(*row, 0), "circumstance:" + std::to_string(change.after.id),
                                  change.after.details.from, instant_of(change.after.recorded_at), *what,
                                  "circumstances#" + change.after.details.kind + "-history"));
  }
  return warnings;
}

// --- Flags ------------------------------------------------------------------------------

std::vector<EarlyWarning> flag_warnings(store::Connection& connection, const WarningSearch& search) {
  std::string since = to_iso_instant(search.since);
  std::vector<EarlyWarning> warnings;
  for (const auto& child : children_with(connection,
                                         "child_flag_changes l JOIN children c ON c.id = l.child_id"
                                         " WHERE l.change_kind = 'raised' AND l.changed_at >= ?",
                                         since, search)) {
    for (const auto& change : flag_changes_since(connection, child.id, since)) {
      if (change.change_kind != "raised") continue;
      auto flag = find_flag(connection, child.id, change.flag_id);
      if (!flag) continue;
      warnings.push_back(warning_of(child, "flag:" + std::to_string(flag->id), flag->details.start_date,
                                    instant_of(change.changed_at),
                                    "New flag: " + change.flag_label + ", from " +
                                        to_display(flag->details.start_date) + ", raised by " + change.changed_by_name,
                                    "flags"));
    }
  }
  return warnings;
}

// --- Attendance -------------------------------------------------------------------------

std::vector<EarlyWarning> attendance_warnings(store::Connection& connection, const WarningSearch& search) {
  std::vector<EarlyWarning> warnings;
  for (const auto& child : children_with(connection,
                                         "appointments a JOIN children c ON c.id = a.child_id WHERE a.outcome_at >= ?"
                                         " AND a.status IN ('acceptable_absence', 'unacceptable_absence')",
                                         to_iso_instant(search.since), search)) {
    for (const auto& change : attendance_changes_since(connection, child.id, search.since - 1)) {
      auto appointment = find_appointment(connection, child.id, change.appointment_id);
      if (!appointment) continue;
      warnings.push_back(warning_of(child, "appointment:" + std::to_string(change.appointment_id),
                                    appointment->plan.starts_on, change.recorded_at, change.what, "contacts"));
    }
  }
  return warnings;
}

// --- The justice record -----------------------------------------------------------------

// An offence, a remand or a referral to the joint decision panel recorded once the child
// was known (worse_circumstances.h recorded_after_known).
std::vector<EarlyWarning> arrest_warnings(store::Connection& connection, const WarningSearch& search) {
  std::string since = to_iso_instant(search.since);
  std::vector<EarlyWarning> warnings;
  auto add = [&](const ChildNamed& child, std::string key, Date on, const std::string& recorded, std::string what,
                 const std::string& section) {
    std::int64_t at = instant_of(recorded);
    if (!recorded_after_known(at, child.recorded_at)) return;
    warnings.push_back(warning_of(child, std::move(key), on, at, std::move(what), section));
  };
  for (const auto& row :
       query_children(connection,
                      "SELECT o.id, o.offence_date, o.category, o.created_at, " + std::string(child_columns) +
                          " FROM offences o JOIN children c ON c.id = o.child_id"
                          " WHERE o.created_at >= ?",
                      {since}, search)) {
    Date on = justice::date_in(row, 1);
    add(child_in(row, 4), "offence:" + std::to_string(row.integer(0)), on, row.text(3),
        "New offence recorded: " + justice::offence_category_label(row.text(2)) + " on " + to_display(on), "offences");
  }
  for (const auto& row :
       query_children(connection,
                      "SELECT r.id, r.start_date, r.remand_type, r.created_at, " + std::string(child_columns) +
                          " FROM remands r JOIN children c ON c.id = r.child_id"
                          " WHERE r.created_at >= ?",
                      {since}, search)) {
    Date on = justice::date_in(row, 1);
    add(child_in(row, 4), "remand:" + std::to_string(row.integer(0)), on, row.text(3),
        "Remanded: " + justice::remand_type_label(row.text(2)) + " from " + to_display(on), "custody");
  }
  for (const auto& row :
       query_children(connection,
                      "SELECT d.id, d.panel_date, d.outcome_id, d.recorded_at, " + std::string(child_columns) +
                          " FROM decision_panels d JOIN outcomes o ON o.id = d.outcome_id"
                          " JOIN children c ON c.id = o.child_id WHERE d.recorded_at >= ?",
                      {since}, search)) {
    Date on = justice::date_in(row, 1);
    add(child_in(row, 4), "decision_panel:" + std::to_string(row.integer(0)), on, row.text(3),
        "Referred to the joint decision panel of " + to_display(on),
        "outcomes/" + std::to_string(row.integer(2)) + "/decision-panel");
  }
  return warnings;
}

std::vector<EarlyWarning> sorted_newest_first(std::vector<EarlyWarning> warnings) {
  std::stable_sort(warnings.begin(), warnings.end(), [](const EarlyWarning& a, const EarlyWarning& b) {
    if (a.recorded_at != b.recorded_at) return a.recorded_at > b.recorded_at;
    return a.key > b.key;
  });
  return warnings;
}

constexpr std::string_view line_managed =
    "EXISTS (SELECT 1 FROM case_workers lw JOIN staff ls ON ls.id = lw.staff_id WHERE lw.child_id = c.id"
    " AND lw.ended_at IS NULL AND ls.line_manager_id = ?)";

}  // namespace

const std::vector<EarlyWarningRule>& early_warning_rules() {
  static const std::vector<EarlyWarningRule> rules = {
      {"accommodation_lost", "Accommodation lost",
       [](store::Connection& c, const WarningSearch& s) { return circumstance_warnings(c, s, accommodation_lost); }},
      {"accommodation_unsuitable", "Accommodation unsuitable",
       [](store::Connection& c, const WarningSearch& s) {
         return circumstance_warnings(c, s, accommodation_unsuitable);
       }},
      {"ete_ended", "Education, training or employment ended",
       [](store::Connection& c, const WarningSearch& s) { return circumstance_warnings(c, s, ete_ended); }},
      {"ete_unsuitable", "Education, training or employment unsuitable",
       [](store::Connection& c, const WarningSearch& s) { return circumstance_warnings(c, s, ete_unsuitable); }},
      {"flag_raised", "New safeguarding or risk flag", flag_warnings},
      {"missed_appointments", "Two missed appointments in a row", attendance_warnings},
      {"new_arrest", "New arrest", arrest_warnings},
  };
  return rules;
}

std::vector<EarlyWarning> find_early_warnings(store::Connection& connection, const WarningSearch& search) {
  std::vector<EarlyWarning> all;
  for (const auto& rule : early_warning_rules()) {
    for (auto& warning : rule.find(connection, search)) {
      warning.rule = rule.code;
      warning.title = rule.title;
      all.push_back(std::move(warning));
    }
  }
  return sorted_newest_first(std::move(all));
}

access::SqlCondition warned_children(const access::StaffMember& viewer, std::int64_t now) {
  access::SqlCondition oversight = access::oversight_condition(viewer);
  access::SqlCondition opens = access::may_open_condition(viewer, now);
  access::SqlCondition condition{"(" + oversight.sql + " OR " + std::string(line_managed) + ") AND (" + opens.sql + ")",
                                 oversight.params};
  condition.params.emplace_back(viewer.id);
  condition.params.insert(condition.params.end(), opens.params.begin(), opens.params.end());
  return condition;
}

std::vector<EarlyWarning> early_warnings_for(store::Connection& connection, const access::StaffMember& viewer,
                                             std::int64_t now) {
  std::int64_t since = now - early_warning_days * seconds_a_day;
  auto warnings = find_early_warnings(connection, {warned_children(viewer, now), since});
  std::map<std::string, bool> seen;
  for (const auto& row : connection.query("SELECT warning_key FROM early_warning_acknowledgements"
                                          " WHERE staff_id = ? AND acknowledged_at >= ?",
                                          {viewer.id, to_iso_instant(since)})) {
    seen[row.text(0)] = true;
  }
  std::erase_if(warnings, [&](const EarlyWarning& warning) { return seen.contains(warning.key); });
  return warnings;
}

std::vector<EarlyWarning> early_warnings_of_child(store::Connection& connection, std::int64_t child_id,
                                                  std::int64_t now) {
  return find_early_warnings(connection, {{"c.id = ?", {child_id}}, now - record_warning_days * seconds_a_day});
}

bool acknowledge_early_warning(store::Connection& connection, std::int64_t staff_id, const EarlyWarning& warning) {
  if (connection.query_one("SELECT 1 FROM early_warning_acknowledgements WHERE staff_id = ? AND warning_key = ?",
                           {staff_id, warning.key})) {
    return false;
  }
  connection.execute(
      "INSERT INTO early_warning_acknowledgements (staff_id, warning_key, child_id, acknowledged_at)"
      " VALUES (?, ?, ?, ?)",
      std::vector<store::Value>{staff_id, warning.key, warning.child_id, to_iso_instant(now_unix_seconds())});
  return true;
}

std::map<std::string, std::int64_t> acknowledgements_of(store::Connection& connection, std::int64_t staff_id,
                                                        std::int64_t child_id) {
  std::map<std::string, std::int64_t> seen;
  for (const auto& row : connection.query("SELECT warning_key, acknowledged_at FROM early_warning_acknowledgements"
                                          " WHERE staff_id = ? AND child_id = ?",
                                          {staff_id, child_id})) {
    seen[row.text(0)] = instant_of(row.text(1));
  }
  return seen;
}

}  // namespace pathway::practice
