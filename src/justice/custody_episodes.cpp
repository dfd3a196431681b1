#include "justice/custody_episodes.h"

#include "core/clock.h"
#include "core/random.h"
#include "justice/row_dates.h"

namespace pathway::justice {

namespace {

constexpr std::string_view columns =
    "SELECT id, exchange_id, outcome_id, establishment, establishment_type, start_date, release_date"
    " FROM custody_episodes";

CustodyEpisode episode_in(const store::Row& row) {
  return {row.integer(0),   row.text(1),          row.optional_integer(2), {row.text(3), row.text(4)},
          date_in(row, 5), optional_date_in(row, 6)};
}

}  // namespace

std::vector<CustodyEpisode> custody_episodes_of_child(store::Connection& connection, std::int64_t child_id) {
  std::vector<CustodyEpisode> episodes;
  for (const auto& row :
       connection.query(std::string(columns) + " WHERE child_id = ? ORDER BY start_date DESC, id DESC", {child_id})) {
    episodes.push_back(episode_in(row));
  }
  return episodes;
}

std::optional<CustodyEpisode> find_custody_episode(store::Connection& connection, std::int64_t child_id,
                                                   std::int64_t episode_id) {
  auto row = connection.query_one(std::string(columns) + " WHERE id = ? AND child_id = ?", {episode_id, child_id});
  if (!row) return std::nullopt;
  return episode_in(*row);
}

std::int64_t create_custody_episode(store::Connection& connection, std::int64_t child_id,
                                    const std::optional<std::int64_t>& outcome_id, const CustodyPlacement& placement,
                                    Date start_date) {
  auto row = connection.query_one(
      "INSERT INTO custody_episodes (exchange_id, child_id, outcome_id, establishment, establishment_type, start_date,"
      " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {random_public_id(), child_id, outcome_id ? store::Value{*outcome_id} : store::Value{nullptr},
       placement.establishment, placement.establishment_type, to_iso(start_date), to_iso_instant(now_unix_seconds())});
  return row->integer(0);
}

void release_from_custody(store::Connection& connection, std::int64_t episode_id, Date release_date) {
  connection.execute("UPDATE custody_episodes SET release_date = ? WHERE id = ?", {to_iso(release_date), episode_id});
}

std::int64_t transfer_custody(store::Connection& connection, std::int64_t child_id, const CustodyEpisode& current,
                              const CustodyPlacement& next, Date day) {
  release_from_custody(connection, current.id, day);
  return create_custody_episode(connection, child_id, current.outcome_id, next, day);
}

}  // namespace pathway::justice
