#pragma once
// How the court page and its forms show a child's hearings and reports, in plain words:
// what is coming first (hearings not yet held, reports still to write, an overdue report
// marked overdue), then what is done; and the choices the forms offer.
#include <string>
#include <vector>

#include "core/dates.h"
#include "justice/court_record.h"
#include "justice/court_rules.h"
#include "justice/court_vocabulary.h"
#include "store/database.h"
#include "web/view_data.h"

namespace pathway::justice {

// "Sentence, Maidstone Youth Court, 3 March 2026".
std::string hearing_name(const HearingDetails& hearing);

// Hearings still to come (on or after `today`, no result yet), soonest first; each links
// under `child_href` to record its result and to ask for a report when `may_change`.
web::ViewList upcoming_hearing_rows(const std::vector<Hearing>& hearings, Date today, const std::string& child_href,
                                    bool may_change);

// Hearings held or with a result, latest first.
web::ViewList past_hearing_rows(const std::vector<Hearing>& hearings, Date today, const std::string& child_href,
                                bool may_change);

// Reports still only asked for, soonest due first (an overdue one tagged so); then, with
// `done`, the reports submitted or quality-assured, latest due first.
web::ViewList report_rows(const std::vector<CourtReport>& reports, const std::vector<Hearing>& hearings, Date today,
                          const std::string& child_href, bool may_change, bool done);

// Choices from `list`, `chosen` selected, after a first blank choice reading `blank`.
web::ViewList code_choices(const std::vector<CodeWords>& list, const std::string& chosen, const std::string& blank);

// The names of courts recorded in the service, for the forms' suggestions.
web::ViewList court_name_suggestions(store::Connection& connection);

}  // namespace pathway::justice
