#include "exchange/justice_tables.h"

#include <algorithm>

namespace pathway::exchange {

namespace {

store::Value optional_date(const std::optional<Date>& date) {
  return date ? store::Value{to_iso(*date)} : store::Value{nullptr};
}

store::Value optional_number(const std::optional<int>& number) {
  return number ? store::Value{std::int64_t{*number}} : store::Value{nullptr};
}

// The value of `column` as the format writes it: empty for NULL.
std::string cell(const store::Row& row, std::size_t column) {
  if (row.is_null(column)) return "";
  if (const auto* number = std::get_if<std::int64_t>(&row.value(column))) return std::to_string(*number);
  return row.text(column);
}

// The rows of a query, every column written as the format writes it, sorted by the first.
ExchangeRows sorted_rows(store::Connection& connection, std::string_view sql) {
  ExchangeRows rows;
  for (const auto& row : connection.query(sql, {})) {
    std::vector<std::string> values;
    values.reserve(row.size());
    for (std::size_t column = 0; column < row.size(); ++column) values.push_back(cell(row, column));
    rows.push_back(std::move(values));
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.front() < b.front(); });
  return rows;
}

std::int64_t inserted_id(store::Connection& connection, std::string_view sql, std::initializer_list<store::Value> values) {
  return connection.query(sql, values).front().integer(0);
}

}  // namespace

void load_justice_records(store::Connection& connection, ExistingRecords& existing) {
  for (const auto& row : connection.query(
           "SELECT f.exchange_id, f.id, c.exchange_id, f.offence_date FROM offences f"
           " JOIN children c ON c.id = f.child_id", {})) {
    // The offence's facts keep a view of its child's exchange id in the child's own listing.
    std::string_view child = existing.children.find(row.text(2))->first;
    existing.offences.emplace(row.text(0),
                              ExistingOffence{row.integer(1), {child, parse_iso_date(row.text(3)).value_or(Date{})}});
  }
  for (const auto& row : connection.query(
           "SELECT o.exchange_id, o.id, c.exchange_id FROM outcomes o JOIN children c ON c.id = o.child_id", {})) {
    existing.outcomes.emplace(row.text(0), ExistingOutcome{row.integer(1), row.text(2)});
  }
  for (const auto& row : connection.query("SELECT exchange_id FROM remands", {})) {
    existing.remand_ids.insert(row.text(0));
  }
  for (const auto& row : connection.query("SELECT exchange_id FROM custody_episodes", {})) {
    existing.episode_ids.insert(row.text(0));
  }
}

std::int64_t insert_offence(store::Connection& connection, const ImportedOffence& offence, std::int64_t child,
                            const std::string& created_at) {
  return inserted_id(connection,
                     "INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, description,"
                     " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                     {offence.offence_id, child, to_iso(offence.offence_date),
                      offence.category, std::int64_t{offence.gravity}, store::nullable(offence.description),
                      created_at});
}

std::int64_t insert_outcome(store::Connection& connection, const ImportedOutcome& outcome, std::int64_t child,
                            const std::vector<std::int64_t>& offences, const std::string& created_at) {
  std::int64_t id = inserted_id(
      connection,
      "INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date, end_date, length_months,"
      " completion, end_ete, end_accommodation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {outcome.outcome_id, child, to_iso(outcome.outcome_date), outcome.outcome_type,
       optional_date(outcome.start_date), optional_date(outcome.end_date), optional_number(outcome.length_months),
       store::nullable(outcome.completion), store::nullable(outcome.end_ete),
       store::nullable(outcome.end_accommodation), created_at});
  for (std::int64_t offence : offences) {
    connection.execute("INSERT INTO outcome_offences (outcome_id, offence_id) VALUES (?, ?)", {id, offence});
  }
  return id;
}

void insert_remand(store::Connection& connection, const ImportedRemand& remand, std::int64_t child,
                   const std::string& created_at) {
  connection.execute(
      "INSERT INTO remands (exchange_id, child_id, start_date, end_date, remand_type, created_at)"
      " VALUES (?, ?, ?, ?, ?, ?)",
      {remand.remand_id, child, to_iso(remand.start_date), optional_date(remand.end_date),
       remand.remand_type, created_at});
}

void insert_custody_episode(store::Connection& connection, const ImportedCustodyEpisode& episode, std::int64_t child,
                            std::optional<std::int64_t> outcome_id, const std::string& created_at) {
  store::Value outcome = outcome_id ? store::Value{*outcome_id} : store::Value{nullptr};
  connection.execute(
      "INSERT INTO custody_episodes (exchange_id, child_id, outcome_id, establishment, establishment_type,"
      " start_date, release_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {episode.episode_id, child, outcome, episode.establishment,
       episode.establishment_type, to_iso(episode.start_date), optional_date(episode.release_date), created_at});
}

ExchangeRows offence_rows(store::Connection& connection) {
  return sorted_rows(connection,
                     "SELECT f.exchange_id, c.exchange_id, f.offence_date, f.category, f.gravity, f.description"
                     " FROM offences f JOIN children c ON c.id = f.child_id");
}

ExchangeRows outcome_rows(store::Connection& connection) {
  // The offences of each outcome, sorted, joined by ';' (one query for all of them).
  std::unordered_map<std::string, std::vector<std::string>> offences_of;
  for (const auto& row : connection.query(
           "SELECT o.exchange_id, f.exchange_id FROM outcome_offences oo JOIN outcomes o ON o.id = oo.outcome_id"
           " JOIN offences f ON f.id = oo.offence_id", {})) {
    offences_of[row.text(0)].push_back(row.text(1));
  }
  ExchangeRows rows = sorted_rows(
      connection,
      "SELECT o.exchange_id, c.exchange_id, o.outcome_date, o.outcome_type, '', o.start_date, o.end_date,"
      " o.length_months, o.completion, o.end_ete, o.end_accommodation FROM outcomes o"
      " JOIN children c ON c.id = o.child_id");
  for (auto& row : rows) {
    auto& ids = offences_of[row.front()];
    std::sort(ids.begin(), ids.end());
    std::string joined;
    for (const auto& id : ids) joined += (joined.empty() ? "" : ";") + id;
    row[4] = std::move(joined);
  }
  return rows;
}

ExchangeRows remand_rows(store::Connection& connection) {
  return sorted_rows(connection,
                     "SELECT r.exchange_id, c.exchange_id, r.start_date, r.end_date, r.remand_type FROM remands r"
                     " JOIN children c ON c.id = r.child_id");
}

ExchangeRows custody_episode_rows(store::Connection& connection) {
  return sorted_rows(connection,
                     "SELECT e.exchange_id, c.exchange_id, o.exchange_id, e.establishment, e.establishment_type,"
                     " e.start_date, e.release_date FROM custody_episodes e JOIN children c ON c.id = e.child_id"
                     " LEFT JOIN outcomes o ON o.id = e.outcome_id");
}

}  // namespace pathway::exchange
