#include "justice/chronology.h"

#include <algorithm>
#include <map>
#include <type_traits>

#include "justice/chronology_sql.h"
#include "justice/row_dates.h"

namespace pathway::justice {

// " AND <column> >= ? AND <column> <= ?" for the filter's dates, with their values added
// to `params` (after the child's id).
std::string date_range(std::string_view column, const ChronologyFilter& filter, std::vector<store::Value>& params) {
  std::string sql;
  if (filter.from) {
    sql += " AND " + std::string(column) + " >= ?";
    params.emplace_back(to_iso(*filter.from));
  }
  if (filter.to) {
    sql += " AND " + std::string(column) + " <= ?";
    params.emplace_back(to_iso(*filter.to));
  }
  return sql;
}

namespace {

std::vector<store::Row> rows_of(store::Connection& connection, std::string_view select, std::string_view date_column,
                                std::int64_t child_id, const ChronologyFilter& filter) {
  std::vector<store::Value> params{child_id};
  std::string sql =
      std::string(select) + " WHERE child_id = ?" + date_range(date_column, filter, params) + " ORDER BY id DESC";
  return connection.query(sql, params);
}

// Columns 0 to 4 of an offence: exchange_id, offence_date, category, gravity, description.
OffenceEvent offence_from(const store::Row& row, std::size_t first = 0) {
  return {row.text(first), date_in(row, first + 1), row.text(first + 2), static_cast<int>(row.integer(first + 3)),
          row.optional_text(first + 4)};
}

void add_offences(std::vector<ChronologyEvent>& events, store::Connection& connection, std::int64_t child_id,
                  const ChronologyFilter& filter) {
  for (const auto& row : rows_of(connection, "SELECT exchange_id, offence_date, category, gravity, description FROM offences",
                                 "offence_date", child_id, filter)) {
    events.emplace_back(offence_from(row));
  }
}

void add_outcomes(std::vector<ChronologyEvent>& events, store::Connection& connection, std::int64_t child_id,
                  const ChronologyFilter& filter) {
  std::map<std::int64_t, std::vector<OffenceEvent>> disposed;
  {
    std::vector<store::Value> params{child_id};
    std::string sql =
        "SELECT oo.outcome_id, f.exchange_id, f.offence_date, f.category, f.gravity, f.description"
        " FROM outcomes u JOIN outcome_offences oo ON oo.outcome_id = u.id JOIN offences f ON f.id = oo.offence_id"
        " WHERE u.child_id = ?" +
        date_range("u.outcome_date", filter, params) + " ORDER BY oo.outcome_id, f.offence_date, f.id";
    for (const auto& row : connection.query(sql, params)) disposed[row.integer(0)].push_back(offence_from(row, 1));
  }
  for (const auto& row : rows_of(connection,
                                 "SELECT id, exchange_id, outcome_date, outcome_type, start_date, end_date, length_months,"
                                 " completion, (SELECT court FROM outcome_courts WHERE outcome_id = outcomes.id)"
                                 " FROM outcomes",
                                 "outcome_date", child_id, filter)) {
    auto length = row.optional_integer(6);
    auto offences = disposed.find(row.integer(0));
    events.emplace_back(OutcomeEvent{row.text(1), date_in(row, 2), row.text(3), optional_date_in(row, 4),
                                     optional_date_in(row, 5),
                                     length ? std::optional<int>(static_cast<int>(*length)) : std::nullopt,
                                     row.optional_text(7),
                                     offences == disposed.end() ? std::vector<OffenceEvent>{} : offences->second,
                                     row.optional_text(8)});
  }
}

void add_remands(std::vector<ChronologyEvent>& events, store::Connection& connection, std::int64_t child_id,
                 const ChronologyFilter& filter) {
  for (const auto& row : rows_of(connection, "SELECT exchange_id, start_date, end_date, remand_type FROM remands",
                                 "start_date", child_id, filter)) {
    events.emplace_back(RemandEvent{row.text(0), date_in(row, 1), optional_date_in(row, 2), row.text(3)});
  }
}

void add_custody(std::vector<ChronologyEvent>& events, store::Connection& connection, std::int64_t child_id,
                 const ChronologyFilter& filter) {
  for (const auto& row : rows_of(connection,
                                 "SELECT exchange_id, start_date, release_date, establishment, establishment_type"
                                 " FROM custody_episodes",
                                 "start_date", child_id, filter)) {
    events.emplace_back(CustodyEvent{row.text(0), date_in(row, 1), optional_date_in(row, 2), row.text(3), row.text(4)});
  }
}

void add_hearings(std::vector<ChronologyEvent>& events, store::Connection& connection, std::int64_t child_id,
                  const ChronologyFilter& filter) {
  for (const auto& row : rows_of(connection, "SELECT hearing_date, court, purpose, result, adjourned_to FROM court_hearings",
                                 "hearing_date", child_id, filter)) {
    events.emplace_back(HearingEvent{date_in(row, 0), row.text(1), row.text(2), row.optional_text(3),
                                     optional_date_in(row, 4)});
  }
}

void add_corrections(std::vector<ChronologyEvent>& events, store::Connection& connection, std::int64_t child_id,
                     const ChronologyFilter& filter) {
  for (auto& correction : corrections_of_child(connection, child_id, filter.from ? to_iso(*filter.from) : "",
                                               filter.to ? to_iso(*filter.to) : "")) {
    auto day = parse_iso_date(std::string_view(correction.corrected_at).substr(0, 10));
    if (!day) throw store::StoreError("a correction made at a time that is not one: " + correction.corrected_at);
    events.emplace_back(CorrectionEvent{*day, std::move(correction)});
  }
}

bool wanted(const ChronologyFilter& filter, EventKind kind) {
  return filter.kinds.empty() || std::find(filter.kinds.begin(), filter.kinds.end(), kind) != filter.kinds.end();
}

// Where an event stands among those of the same day: what happens later in a case, higher.
int step_in_day(EventKind kind) {
  switch (kind) {
    case EventKind::offence: return 0;
    case EventKind::remand: return 1;
    case EventKind::hearing: return 2;
    case EventKind::outcome: return 3;
    case EventKind::custody: return 4;
    case EventKind::order: return 5;
    case EventKind::correction: return 6;
  }
  return 0;
}

}  // namespace

const std::vector<EventKind>& event_kinds() {
  static const std::vector<EventKind> kinds = {EventKind::offence, EventKind::hearing, EventKind::outcome,
                                               EventKind::remand,  EventKind::custody, EventKind::order,
                                               EventKind::correction};
  return kinds;
}

std::string_view event_kind_code(EventKind kind) {
  switch (kind) {
    case EventKind::offence: return "offence";
    case EventKind::outcome: return "outcome";
    case EventKind::remand: return "remand";
    case EventKind::custody: return "custody";
    case EventKind::order: return "order";
    case EventKind::hearing: return "hearing";
    case EventKind::correction: return "correction";
  }
  return "";
}

std::optional<EventKind> event_kind_from_code(std::string_view code) {
  for (EventKind kind : event_kinds()) {
    if (event_kind_code(kind) == code) return kind;
  }
  return std::nullopt;
}

std::string_view event_kind_label(EventKind kind) {
  switch (kind) {
    case EventKind::offence: return "Offences";
    case EventKind::outcome: return "Outcomes";
    case EventKind::remand: return "Remands";
    case EventKind::custody: return "Custody";
    case EventKind::order: return "Orders in progress";
    case EventKind::hearing: return "Court hearings";
    case EventKind::correction: return "Corrections";
  }
  return "";
}

Date event_date(const ChronologyEvent& event) {
  struct Dated {
    Date operator()(const OffenceEvent& offence) const { return offence.offence_date; }
    Date operator()(const OutcomeEvent& outcome) const { return outcome.outcome_date; }
    Date operator()(const RemandEvent& remand) const { return remand.start_date; }
    Date operator()(const CustodyEvent& custody) const { return custody.start_date; }
    Date operator()(const OrderProgressEvent& step) const { return step.date; }
    Date operator()(const HearingEvent& hearing) const { return hearing.hearing_date; }
    Date operator()(const CorrectionEvent& correction) const { return correction.corrected_on; }
  };
  return std::visit(Dated{}, event);
}

EventKind event_kind(const ChronologyEvent& event) {
  static_assert(std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(EventKind::order), ChronologyEvent>,
                               OrderProgressEvent> &&
                    std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(EventKind::hearing), ChronologyEvent>,
                                   HearingEvent> &&
                    std::is_same_v<
                        std::variant_alternative_t<static_cast<std::size_t>(EventKind::correction), ChronologyEvent>,
                        CorrectionEvent>,
                "the variant's alternatives are in the order of EventKind");
  return static_cast<EventKind>(event.index());
}

std::vector<ChronologyEvent> chronology(store::Connection& connection, std::int64_t child_id,
                                        const ChronologyFilter& filter) {
  std::vector<ChronologyEvent> events;
  if (wanted(filter, EventKind::offence)) add_offences(events, connection, child_id, filter);
  if (wanted(filter, EventKind::outcome)) add_outcomes(events, connection, child_id, filter);
  if (wanted(filter, EventKind::remand)) add_remands(events, connection, child_id, filter);
  if (wanted(filter, EventKind::custody)) add_custody(events, connection, child_id, filter);
  if (wanted(filter, EventKind::order)) add_order_progress(events, connection, child_id, filter);
  if (wanted(filter, EventKind::hearing)) add_hearings(events, connection, child_id, filter);
  if (wanted(filter, EventKind::correction)) add_corrections(events, connection, child_id, filter);
  // Each kind was read the latest recorded first, which a stable sort keeps among equals.
  std::stable_sort(events.begin(), events.end(), [](const ChronologyEvent& a, const ChronologyEvent& b) {
    auto date_a = event_date(a), date_b = event_date(b);
    if (date_a != date_b) return date_a > date_b;
    return step_in_day(event_kind(a)) > step_in_day(event_kind(b));
  });
  return events;
}

}  // namespace pathway::justice
