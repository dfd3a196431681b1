#pragma once
// A child's justice record as one timeline: offences, outcomes (with the offences each
// disposes of, and a court outcome's court), remands, custody episodes and court hearings,
// and the corrections made to any of them (justice/corrections.h), newest first. Each kind is read with one
// query by the child's index (schema 15's *_by_child), filtered there by kind and date.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/dates.h"
#include "justice/corrections.h"
#include "store/database.h"

namespace pathway::justice {

enum class EventKind { offence, outcome, remand, custody, order, hearing, correction };

// Every kind, in the order the filter lists them.
const std::vector<EventKind>& event_kinds();
std::string_view event_kind_code(EventKind kind);                 // "offence", as the filter sends it
std::optional<EventKind> event_kind_from_code(std::string_view code);
std::string_view event_kind_label(EventKind kind);                // "Offences"

struct OffenceEvent {
  std::string exchange_id;
  Date offence_date;
  std::string category;
  int gravity = 1;
  std::optional<std::string> description;
};

struct OutcomeEvent {
  std::string exchange_id;
  Date outcome_date;
  std::string outcome_type;
  std::optional<Date> start_date;
  std::optional<Date> end_date;
  std::optional<int> length_months;
  std::optional<std::string> completion;
  std::vector<OffenceEvent> offences;  // those it disposes of, oldest first
  std::optional<std::string> court;    // a court outcome's, when recorded
};

struct RemandEvent {
  std::string exchange_id;
  Date start_date;
  std::optional<Date> end_date;
  std::string remand_type;
};

struct CustodyEvent {
  std::string exchange_id;
  Date start_date;
  std::optional<Date> release_date;
  std::string establishment;
  std::string establishment_type;
};

// A step in an order's progress (justice/order_progress.h): a warning, breach proceedings,
// a referral order's extension or revocation, or the order's end.
struct OrderProgressEvent {
  std::string exchange_id;  // the outcome's
  Date date;
  std::string outcome_type;
  std::string step;    // "warning", "breach", "extension", "revocation", "end"
  std::string detail;  // the reason, the result or completion code, the months added
};

struct HearingEvent {
  Date hearing_date;
  std::string court;
  std::string purpose;               // one of hearing_purposes()
  std::optional<std::string> result;  // one of hearing_results(), once recorded
  std::optional<Date> adjourned_to;
};

// A correction of a record: on the day it was made, by whom, why and what it changed.
struct CorrectionEvent {
  Date corrected_on;  // the UTC day of the correction
  Correction correction;
};

using ChronologyEvent = std::variant<OffenceEvent, OutcomeEvent, RemandEvent, CustodyEvent, OrderProgressEvent,
                                     HearingEvent, CorrectionEvent>;

// The day an event stands at on the timeline: the offence's or the outcome's date, the
// start of a remand or custody episode, the day of an order's step, the hearing's day, the
// day a correction was made.
Date event_date(const ChronologyEvent& event);
EventKind event_kind(const ChronologyEvent& event);

struct ChronologyFilter {
  std::vector<EventKind> kinds;  // empty: every kind
  std::optional<Date> from;      // events on or after this day
  std::optional<Date> to;        // events on or before this day
};

// The child's events that pass the filter, newest first; on one day the later step first
// (a correction, an order's step, custody, outcome, remand, offence), then the later
// recorded.
std::vector<ChronologyEvent> chronology(store::Connection& connection, std::int64_t child_id,
                                        const ChronologyFilter& filter);

// Adds the steps of the child's orders within the filter's dates (chronology_orders.cpp).
void add_order_progress(std::vector<ChronologyEvent>& events, store::Connection& connection, std::int64_t child_id,
                        const ChronologyFilter& filter);

}  // namespace pathway::justice
