#include "justice/offences.h"

#include <algorithm>

#include "access/need_to_know.h"
#include "core/clock.h"
#include "core/random.h"
#include "core/text.h"

namespace pathway::justice {

namespace {

// A child's columns as one viewer sees them, over `children c`: 7 columns from `first`,
// their parameters appended to `params`.
std::string linked_child_columns(const Viewer& viewer, std::vector<store::Value>& params) {
  auto open = access::may_open_condition(viewer.staff, viewer.now);
  auto list = access::may_list_condition(viewer.staff, viewer.now);
  params.insert(params.end(), open.params.begin(), open.params.end());
  params.insert(params.end(), list.params.begin(), list.params.end());
  return "c.id, c.public_id, c.given_name, c.family_name, c.date_of_birth, CASE WHEN (" + open.sql +
         ") THEN 1 ELSE 0 END, CASE WHEN (" + list.sql + ") THEN 1 ELSE 0 END";
}

LinkedChild linked_child_from(const store::Row& row, std::size_t first) {
  LinkedChild child;
  child.id = row.integer(first);
  child.public_id = row.text(first + 1);
  child.full_name = row.text(first + 2) + " " + row.text(first + 3);
  child.date_of_birth = parse_iso_date(row.text(first + 4)).value_or(Date{});
  child.may_open = row.integer(first + 5) != 0;
  child.may_list = row.integer(first + 6) != 0;
  return child;
}

constexpr std::string_view offence_columns =
    "o.id, o.exchange_id, o.offence_date, o.category, o.gravity, COALESCE(o.description, ''),"
    " CASE WHEN EXISTS (SELECT 1 FROM outcome_offences oo WHERE oo.offence_id = o.id) THEN 1 ELSE 0 END";

Offence offence_from(const store::Row& row) {
  Offence offence;
  offence.id = row.integer(0);
  offence.exchange_id = row.text(1);
  offence.details.offence_date = parse_iso_date(row.text(2)).value_or(Date{});
  offence.details.category = row.text(3);
  offence.details.gravity = static_cast<int>(row.integer(4));
  offence.details.description = row.text(5);
  offence.disposed = row.integer(6) != 0;
  return offence;
}

// Fills in each offence's co-defendants, in one query.
void add_codefendants(store::Connection& connection, std::vector<Offence>& offences, std::int64_t child_id,
                      const Viewer& viewer) {
  if (offences.empty()) return;
  std::vector<store::Value> params;
  std::string columns = linked_child_columns(viewer, params);
  params.emplace_back(child_id);
  auto rows = connection.query("SELECT oc.offence_id, " + columns +
                                   " FROM offence_codefendants oc JOIN offences o ON o.id = oc.offence_id"
                                   " JOIN children c ON c.id = oc.child_id WHERE o.child_id = ?"
                                   " ORDER BY c.sort_key, c.id",
                               params);
  for (const auto& row : rows) {
    auto offence = std::find_if(offences.begin(), offences.end(),
                                [&](const Offence& candidate) { return candidate.id == row.integer(0); });
    if (offence != offences.end()) offence->codefendants.push_back(linked_child_from(row, 1));
  }
}

void link_codefendants(store::Connection& connection, std::int64_t offence_id, const std::vector<std::int64_t>& ids) {
  for (std::int64_t id : ids) {
    connection.execute("INSERT INTO offence_codefendants (offence_id, child_id) VALUES (?, ?)", {offence_id, id});
  }
}

std::vector<std::int64_t> sorted_ids(std::vector<std::int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// The public ids of these children, in order: how a correction keeps who an offence named.
std::vector<std::string> public_ids_of(store::Connection& connection, const std::vector<std::int64_t>& ids) {
  std::vector<std::string> public_ids;
  for (std::int64_t id : ids) {
    if (auto row = connection.query_one("SELECT public_id FROM children WHERE id = ?", {id})) {
      public_ids.push_back(row->text(0));
    }
  }
  std::sort(public_ids.begin(), public_ids.end());
  return public_ids;
}

}  // namespace

std::vector<Offence> offences_of_child(store::Connection& connection, std::int64_t child_id, const Viewer& viewer) {
  std::vector<Offence> offences;
  for (const auto& row : connection.query("SELECT " + std::string(offence_columns) +
                                              " FROM offences o WHERE o.child_id = ? ORDER BY o.offence_date DESC, o.id DESC",
                                          {child_id})) {
    offences.push_back(offence_from(row));
  }
  add_codefendants(connection, offences, child_id, viewer);
  return offences;
}

std::optional<Offence> find_offence(store::Connection& connection, std::int64_t child_id, std::int64_t offence_id,
                                    const Viewer& viewer) {
  auto row = connection.query_one("SELECT " + std::string(offence_columns) +
                                      " FROM offences o WHERE o.child_id = ? AND o.id = ?",
                                  {child_id, offence_id});
  if (!row) return std::nullopt;
  std::vector<Offence> found{offence_from(*row)};
  add_codefendants(connection, found, child_id, viewer);
  return found.front();
}

std::vector<CodefendantOf> offences_naming_child(store::Connection& connection, std::int64_t child_id,
                                                 const Viewer& viewer) {
  std::vector<store::Value> params;
  std::string columns = linked_child_columns(viewer, params);
  params.emplace_back(child_id);
  std::vector<CodefendantOf> named;
  for (const auto& row : connection.query("SELECT o.id, o.offence_date, o.category, " + columns +
                                              " FROM offence_codefendants oc JOIN offences o ON o.id = oc.offence_id"
                                              " JOIN children c ON c.id = o.child_id WHERE oc.child_id = ?"
                                              " ORDER BY o.offence_date DESC, o.id DESC",
                                          params)) {
    named.push_back({row.integer(0), parse_iso_date(row.text(1)).value_or(Date{}), row.text(2),
                     linked_child_from(row, 3)});
  }
  return named;
}

std::vector<LinkedChild> children_by_public_id(store::Connection& connection, const std::vector<std::string>& public_ids,
                                               const Viewer& viewer) {
  if (public_ids.empty()) return {};
  std::vector<store::Value> params;
  std::string columns = linked_child_columns(viewer, params);
  std::string in;
  for (const auto& id : public_ids) {
    in += in.empty() ? "?" : ", ?";
    params.emplace_back(id);
  }
  std::vector<LinkedChild> children;
  for (const auto& row : connection.query("SELECT " + columns + " FROM children c WHERE c.public_id IN (" + in +
                                              ") ORDER BY c.sort_key, c.id",
                                          params)) {
    children.push_back(linked_child_from(row, 0));
  }
  return children;
}

std::int64_t create_offence(store::Connection& connection, std::int64_t child_id, const OffenceDetails& details,
                            const std::vector<std::int64_t>& codefendant_ids) {
  auto row = connection.query_one(
      "INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, description, created_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {random_public_id(), child_id, to_iso(details.offence_date), details.category, std::int64_t{details.gravity},
       details.description.empty() ? store::Value{nullptr} : store::Value{details.description},
       to_iso_instant(now_unix_seconds())});
  std::int64_t id = row->integer(0);
  link_codefendants(connection, id, sorted_ids(codefendant_ids));
  return id;
}

StoredFields offence_fields(const OffenceDetails& details, std::vector<std::string> codefendants) {
  std::sort(codefendants.begin(), codefendants.end());
  return {{"offence_date", to_iso(details.offence_date)},
          {"category", details.category},
          {"gravity", std::to_string(details.gravity)},
          {"description", stored_value(details.description)},
          {"codefendants", stored_value(join_with_commas(codefendants))}};
}

std::vector<std::string> update_offence(store::Connection& connection, std::int64_t child_id, const Offence& before,
                                        const OffenceDetails& details, const std::vector<std::int64_t>& codefendant_ids,
                                        const CorrectionBy& by) {
  std::vector<std::string> before_ids;
  for (const auto& child : before.codefendants) before_ids.push_back(child.public_id);
  std::vector<std::int64_t> new_ids = sorted_ids(codefendant_ids);
  auto changes = keep_correction(connection, child_id, {CorrectedKind::offence, before.id},
                                 offence_fields(before.details, before_ids),
                                 offence_fields(details, public_ids_of(connection, new_ids)), by);
  std::vector<std::string> changed;
  for (const auto& change : changes) changed.push_back(change.field);
  if (changed.empty()) return changed;
  connection.execute("UPDATE offences SET offence_date = ?, category = ?, gravity = ?, description = ? WHERE id = ?",
                     {to_iso(details.offence_date), details.category, std::int64_t{details.gravity},
                      details.description.empty() ? store::Value{nullptr} : store::Value{details.description},
                      before.id});
  if (changed.back() == "codefendants") {
    connection.execute("DELETE FROM offence_codefendants WHERE offence_id = ?", {before.id});
    link_codefendants(connection, before.id, new_ids);
  }
  return changed;
}

}  // namespace pathway::justice
