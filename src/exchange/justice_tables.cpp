#include "exchange/justice_tables.h"

#include <algorithm>

#include "store/copy.h"
#include "store/row_streams.h"

namespace pathway::exchange {

namespace {

store::Value optional_date(const std::optional<Date>& date) {
  return date ? store::Value{to_iso(*date)} : store::Value{nullptr};
}

store::Value optional_number(const std::optional<int>& number) {
  return number ? store::Value{std::int64_t{*number}} : store::Value{nullptr};
}

// The value of `column` as the format writes it: empty for NULL.
std::string cell(const store::RowView& row, std::size_t column) {
  if (row.is_null(column)) return "";
  if (row.is_integer(column)) return std::to_string(row.integer(column));
  return std::string(row.text(column));
}

// The rows of a query, every column written as the format writes it, in the query's order
// (`order_by`: columns compared byte by byte).
void each_row(store::Connection& connection, std::string_view sql, std::string_view order_by,
              const ExchangeRowVisitor& visit) {
  ExchangeRow values;
  connection.each_row(std::string(sql) + " ORDER BY " + std::string(order_by) +
                          std::string(store::byte_order(connection.backend())),
                      {}, [&](const store::RowView& row) {
                            values.clear();
                            for (std::size_t column = 0; column < row.size(); ++column) {
                              values.push_back(cell(row, column));
                            }
                            visit(values);
                          });
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

JusticeRecordWriter::JusticeRecordWriter(store::Connection& connection, std::string created_at)
    : connection_(connection),
      created_at_(std::move(created_at)),
      offences_("offences", "id, exchange_id, child_id, offence_date, category, gravity, description, created_at", 8),
      outcomes_("outcomes",
                "id, exchange_id, child_id, outcome_date, outcome_type, start_date, end_date, length_months,"
                " completion, end_ete, end_accommodation, created_at",
                12),
      outcome_offences_("outcome_offences", "outcome_id, offence_id", 2),
      remands_("remands", "id, exchange_id, child_id, start_date, end_date, remand_type, created_at", 7),
      custody_episodes_("custody_episodes",
                        "id, exchange_id, child_id, outcome_id, establishment, establishment_type, start_date,"
                        " release_date, created_at",
                        9) {}

std::int64_t JusticeRecordWriter::next_id(std::int64_t& last, std::string_view table) {
  if (last < 0) {
    last = connection_.query("SELECT COALESCE(MAX(id), 0) FROM " + std::string(table), {}).front().integer(0);
  }
  return ++last;
}

std::int64_t JusticeRecordWriter::add_offence(const ImportedOffence& offence, std::int64_t child) {
  std::int64_t id = next_id(last_offence_, "offences");
  store::Value row[] = {id, offence.offence_id, child, to_iso(offence.offence_date), offence.category,
                        std::int64_t{offence.gravity}, store::nullable(offence.description), created_at_};
  offences_.add(row);
  offences_.write_full(connection_);
  return id;
}

std::int64_t JusticeRecordWriter::add_outcome(const ImportedOutcome& outcome, std::int64_t child,
                                              const std::vector<std::int64_t>& offences) {
  offences_.flush(connection_);  // the offences it names are written first
  std::int64_t id = next_id(last_outcome_, "outcomes");
  store::Value row[] = {id, outcome.outcome_id, child, to_iso(outcome.outcome_date), outcome.outcome_type,
                        optional_date(outcome.start_date), optional_date(outcome.end_date),
                        optional_number(outcome.length_months), store::nullable(outcome.completion),
                        store::nullable(outcome.end_ete), store::nullable(outcome.end_accommodation), created_at_};
  outcomes_.add(row);
  for (std::int64_t offence : offences) {
    store::Value link[] = {id, offence};
    outcome_offences_.add(link);
  }
  if (outcomes_.waiting() < store::BatchedInsert::rows_per_statement) return id;
  // Every waiting link names an outcome written by now.
  outcomes_.write_full(connection_);
  outcome_offences_.write_full(connection_);
  return id;
}

void JusticeRecordWriter::add_remand(const ImportedRemand& remand, std::int64_t child) {
  store::Value row[] = {next_id(last_remand_, "remands"), remand.remand_id, child, to_iso(remand.start_date),
                        optional_date(remand.end_date), remand.remand_type, created_at_};
  remands_.add(row);
  remands_.write_full(connection_);
}

void JusticeRecordWriter::add_custody_episode(const ImportedCustodyEpisode& episode, std::int64_t child,
                                              std::optional<std::int64_t> outcome) {
  outcomes_.flush(connection_);  // the outcome it names is written first
  outcome_offences_.flush(connection_);
  store::Value row[] = {next_id(last_episode_, "custody_episodes"), episode.episode_id, child,
                        outcome ? store::Value{*outcome} : store::Value{nullptr}, episode.establishment,
                        episode.establishment_type, to_iso(episode.start_date), optional_date(episode.release_date),
                        created_at_};
  custody_episodes_.add(row);
  custody_episodes_.write_full(connection_);
}

void JusticeRecordWriter::finish() {
  offences_.flush(connection_);
  outcomes_.flush(connection_);
  outcome_offences_.flush(connection_);
  remands_.flush(connection_);
  custody_episodes_.flush(connection_);
  for (const char* table : {"offences", "outcomes", "remands", "custody_episodes"}) {
    store::advance_identity(connection_, table);
  }
}

void each_offence_row(store::Connection& connection, const ExchangeRowVisitor& visit) {
  each_row(connection,
           "SELECT f.exchange_id, c.exchange_id, f.offence_date, f.category, f.gravity, f.description"
           " FROM offences f JOIN children c ON c.id = f.child_id",
           "f.exchange_id", visit);
}

void each_outcome_row(store::Connection& connection, const ExchangeRowVisitor& visit) {
  // One row per outcome and offence it disposes of, in order of both: an outcome's row is
  // complete, its offences joined by ';', when the next outcome's first row arrives.
  std::string order = "o.exchange_id" + std::string(store::byte_order(connection.backend())) + ", f.exchange_id";
  ExchangeRow outcome;
  auto give = [&] {
    if (!outcome.empty()) visit(outcome);
  };
  each_row(connection,
           "SELECT o.exchange_id, c.exchange_id, o.outcome_date, o.outcome_type, f.exchange_id, o.start_date,"
           " o.end_date, o.length_months, o.completion, o.end_ete, o.end_accommodation FROM outcomes o"
           " JOIN children c ON c.id = o.child_id LEFT JOIN outcome_offences oo ON oo.outcome_id = o.id"
           " LEFT JOIN offences f ON f.id = oo.offence_id",
           order, [&](const ExchangeRow& row) {
             if (!outcome.empty() && outcome.front() == row.front()) {
               outcome[4] += ";" + row[4];
               return;
             }
             give();
             outcome = row;
           });
  give();
}

void each_remand_row(store::Connection& connection, const ExchangeRowVisitor& visit) {
  each_row(connection,
           "SELECT r.exchange_id, c.exchange_id, r.start_date, r.end_date, r.remand_type FROM remands r"
           " JOIN children c ON c.id = r.child_id",
           "r.exchange_id", visit);
}

void each_custody_episode_row(store::Connection& connection, const ExchangeRowVisitor& visit) {
  each_row(connection,
           "SELECT e.exchange_id, c.exchange_id, o.exchange_id, e.establishment, e.establishment_type,"
           " e.start_date, e.release_date FROM custody_episodes e JOIN children c ON c.id = e.child_id"
           " LEFT JOIN outcomes o ON o.id = e.outcome_id",
           "e.exchange_id", visit);
}

void each_child_row(store::Connection& connection, const ExchangeRowVisitor& visit) {
  // As stored: the codes of the format (children/child_repository.cpp, stored_fields).
  each_row(connection,
           "SELECT exchange_id, given_name, family_name, date_of_birth, sex, ethnicity, district_code, looked_after"
           " FROM children",
           "exchange_id", visit);
}

}  // namespace pathway::exchange
