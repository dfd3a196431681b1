#include "demo/demo_court_records.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>

#include "core/clock.h"
#include "demo/demo_parts.h"
#include "justice/court_report_reuse.h"
#include "justice/court_rules.h"
#include "justice/decision_panels.h"
#include "justice/periods.h"
#include "justice/record_rules.h"
#include "justice/row_dates.h"

namespace pathway::demo {

namespace {

using justice::add_days;

// The youth court sitting for each area, and the Crown Court for the gravest cases.
std::string youth_court(const std::string& area) {
  static const std::map<std::string, std::string> courts = {{"WEST", "Maidstone Youth Court"},
                                                            {"EAST", "Canterbury Youth Court"},
                                                            {"NORTH", "Sevenoaks Youth Court"},
                                                            {"SOUTH", "Folkestone Youth Court"}};
  auto court = courts.find(area);
  return court == courts.end() ? "Maidstone Youth Court" : court->second;
}

std::string crown_court(const std::string& area) {
  return area == "EAST" || area == "SOUTH" ? "Canterbury Crown Court" : "Maidstone Crown Court";
}

bool crown_court_sentence(const std::string& type) {
  return type == "section_250" || type == "section_252a" || type == "extended_sentence" ||
         type == "detention_at_his_majestys_pleasure";
}

// A court report is needed before these (domain.md, "Court reports").
bool needs_report(const std::string& type) {
  auto tier = justice::outcome_tier(type);
  return type == "referral_order" ||
         (tier && (*tier == justice::OutcomeTier::community || *tier == justice::OutcomeTier::custody));
}

constexpr std::array<std::string_view, 6> police_names = {"PC Dev Okafor", "PC Jo Price",  "DC Ellen Marsh",
                                                          "PS Tom Hale",   "PC Ruth Ames", "DC Sunil Rao"};
constexpr std::array<std::string_view, 6> service_names = {"Priya Shah", "Mark Bell",  "Aisha Khan",
                                                           "Owen Price", "Lucy Moore", "Femi Adeyemi"};

std::int64_t insert_hearing(store::Connection& connection, std::int64_t child_id, const std::string& court, Date date,
                            std::string_view purpose, const std::optional<std::string>& result,
                            std::optional<Date> adjourned_to = std::nullopt) {
  return connection
      .query_one("INSERT INTO court_hearings (child_id, court, hearing_date, purpose, result, adjourned_to, created_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 {child_id, court, to_iso(date), std::string(purpose),
                  result ? store::Value{*result} : store::Value{nullptr},
                  adjourned_to ? store::Value{to_iso(*adjourned_to)} : store::Value{nullptr},
                  to_iso_instant(now_unix_seconds())})
      ->integer(0);
}

struct DemoOutcome {
  std::int64_t id;
  std::int64_t child_id;
  Date outcome_date;
  std::string outcome_type;
  std::string area;
  Date latest_offence;
};

// The hearings and reports before a court outcome: a first appearance, the hearing that
// convicted, the reports it asked for (a recent pre-sentence report reused when the rule
// allows), and the sentence on the outcome's day.
void add_court_case(store::Connection& connection, DemoRandom& random, const DemoOutcome& outcome) {
  std::string court = crown_court_sentence(outcome.outcome_type) ? crown_court(outcome.area) : youth_court(outcome.area);
  bool report = needs_report(outcome.outcome_type);
  Date convicted = report ? add_days(outcome.outcome_date, -21 - static_cast<int>(random.below(15))) : outcome.outcome_date;
  if (convicted < outcome.latest_offence) convicted = outcome.outcome_date;
  connection.execute("INSERT INTO outcome_courts (outcome_id, court, hearing_date) VALUES (?, ?, ?)",
                     {outcome.id, court, to_iso(convicted)});
  Date first = add_days(convicted, -14 - static_cast<int>(random.below(28)));
  if (outcome.latest_offence < first) {
    insert_hearing(connection, outcome.child_id, youth_court(outcome.area), first, "first_appearance", "adjourned",
                   convicted);
  }
  std::int64_t sentence = 0;
  if (convicted < outcome.outcome_date) {
    insert_hearing(connection, outcome.child_id, court, convicted, "plea", "convicted", outcome.outcome_date);
  }
  sentence = insert_hearing(connection, outcome.child_id, court, outcome.outcome_date, "sentence", "sentenced");
  if (!report || !(convicted < outcome.outcome_date)) return;
  std::string type = outcome.outcome_type == "referral_order" ? "referral_order_panel" : "pre_sentence";
  Date due = add_days(outcome.outcome_date, -2);
  if (due < convicted) due = convicted;
  justice::ReportRequest request{sentence, type, convicted, due};
  for (const auto& earlier : justice::reports_of_child(connection, outcome.child_id)) {
    if (type == "pre_sentence" && !earlier.reused_report_id &&
        justice::court_report_reuse_breaches(earlier, outcome.outcome_date, true).empty()) {
      justice::reuse_report(connection, outcome.child_id, request, earlier);
      return;
    }
  }
  Date assessed = add_days(convicted, 3);
  if (due < assessed) assessed = due;
  connection.execute(
      "INSERT INTO court_reports (child_id, hearing_id, report_type, asked_on, due_on, status, submitted_on,"
      " assessment_on, quality_assured_on, created_at) VALUES (?, ?, ?, ?, ?, 'quality_assured', ?, ?, ?, ?)",
      {outcome.child_id, sentence, type, to_iso(convicted), to_iso(due), to_iso(due), to_iso(assessed), to_iso(due),
       to_iso_instant(now_unix_seconds())});
}

// The joint decision panel before an out-of-court decision: the police and the service,
// sometimes social care; the police mostly follow its recommendation.
void add_panel(store::Connection& connection, DemoRandom& random, const DemoOutcome& outcome) {
  Date sat = add_days(outcome.outcome_date, -2 - static_cast<int>(random.below(8)));
  if (sat < outcome.latest_offence) sat = outcome.outcome_date;
  justice::DecisionPanel panel{sat,
                               {{"police", std::string(police_names[random.below(police_names.size())])},
                                {"youth_justice_service", std::string(service_names[random.below(service_names.size())])}},
                               outcome.outcome_type,
                               ""};
  if (random.chance(300)) panel.attendees.push_back({"childrens_social_care", "Hannah Reid"});
  if (outcome.outcome_type == "youth_conditional_caution" && random.chance(200)) {
    panel.recommendation = "youth_caution";
    panel.police_reason = "A second caution: conditions give the programme the child needs";
  }
  justice::record_decision_panel(connection, outcome.id, panel);
}

// Children with an offence not yet disposed of: a first appearance held, the sentence
// listed in the coming weeks, a pre-sentence report due before it (now and then overdue).
void add_cases_in_progress(store::Connection& connection, DemoRandom& random, Date today) {
  int added = 0;
  for (const auto& row : connection.query(
           "SELECT f.child_id, MAX(f.offence_date), d.area_code FROM offences f"
           " JOIN children c ON c.id = f.child_id JOIN districts d ON d.code = c.district_code"
           " WHERE NOT EXISTS (SELECT 1 FROM outcome_offences oo WHERE oo.offence_id = f.id)"
           " GROUP BY f.child_id, d.area_code ORDER BY f.child_id")) {
    if (!random.chance(250)) continue;
    Date offence = justice::date_in(row, 1);
    Date first = add_days(today, -7 - static_cast<int>(random.below(21)));
    if (first < offence) continue;
    std::string court = youth_court(row.text(2));
    Date sentence_on = add_days(today, 7 + static_cast<int>(random.below(28)));
    std::int64_t plea = insert_hearing(connection, row.integer(0), court, first, "plea", "convicted", sentence_on);
    std::int64_t sentence = insert_hearing(connection, row.integer(0), court, sentence_on, "sentence", std::nullopt);
    ++added;
    if (added % 3 == 0) {
      // A report written for the plea hearing, where the court hoped to sentence, given
      // again at the adjourned sentence: the rule allows it, the worker having confirmed
      // nothing significant has changed.
      Date asked = add_days(first, -21);
      Date written = add_days(first, -2);
      connection.execute(
          "INSERT INTO court_reports (child_id, hearing_id, report_type, asked_on, due_on, status, submitted_on,"
          " assessment_on, quality_assured_on, created_at) VALUES (?, ?, 'pre_sentence', ?, ?, 'quality_assured', ?, ?, ?,"
          " ?)",
          {row.integer(0), plea, to_iso(asked), to_iso(written), to_iso(written), to_iso(add_days(asked, 5)),
           to_iso(written), to_iso_instant(now_unix_seconds())});
      auto reports = justice::reports_of_child(connection, row.integer(0));
      auto written_report = std::max_element(reports.begin(), reports.end(),
                                             [](const auto& a, const auto& b) { return a.id < b.id; });
      if (justice::court_report_reuse_breaches(*written_report, sentence_on, true).empty()) {
        justice::reuse_report(connection, row.integer(0), {sentence, "pre_sentence", first, add_days(sentence_on, -2)},
                              *written_report);
        continue;
      }
    }
    Date due = added % 5 == 0 ? add_days(today, -1) : add_days(sentence_on, -2);
    connection.execute("INSERT INTO court_reports (child_id, hearing_id, report_type, asked_on, due_on, status,"
                       " created_at) VALUES (?, ?, 'pre_sentence', ?, ?, 'asked', ?)",
                       {row.integer(0), sentence, to_iso(first), to_iso(due), to_iso_instant(now_unix_seconds())});
  }
}

}  // namespace

void add_demo_court_records(store::Connection& connection, std::uint64_t seed, Date today) {
  DemoRandom random(seed ^ 0xC0C0'2020'0016ULL);
  std::vector<DemoOutcome> outcomes;
  for (const auto& row : connection.query(
           "SELECT o.id, o.child_id, o.outcome_date, o.outcome_type, d.area_code,"
           " (SELECT MAX(f.offence_date) FROM outcome_offences oo JOIN offences f ON f.id = oo.offence_id"
           "  WHERE oo.outcome_id = o.id)"
           " FROM outcomes o JOIN children c ON c.id = o.child_id JOIN districts d ON d.code = c.district_code"
           " ORDER BY o.child_id, o.outcome_date, o.id")) {
    Date outcome_date = justice::date_in(row, 2);
    auto latest = justice::optional_date_in(row, 5);
    outcomes.push_back({row.integer(0), row.integer(1), outcome_date, row.text(3), row.text(4),
                        latest.value_or(outcome_date)});
  }
  for (const auto& outcome : outcomes) {
    if (justice::is_court_outcome(outcome.outcome_type)) {
      add_court_case(connection, random, outcome);
    } else if (justice::takes_decision_panel(outcome.outcome_type)) {
      add_panel(connection, random, outcome);
    }
  }
  add_cases_in_progress(connection, random, today);
}

}  // namespace pathway::demo
