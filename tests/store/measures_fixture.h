#pragma once
// A small real database of children and their justice records for the measures tests,
// written row by row with plain SQL (on SQLite, or PostgreSQL under scripts/with-postgres),
// and the engine's measure set for it.
#include <string>
#include <vector>

#include "measures/measure_set.h"
#include "measures/snapshot_loading.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway::testing {

struct OutcomeDetails {
  std::string start_date;  // empty: none
  std::string end_date;
  std::string completion;
  std::string end_ete;
  std::string end_accommodation;
  std::string exchange_id;  // empty: "O" and the row id
};

class MeasuresFixture {
 public:
  // Adds the district (and its area); each (year, population) pair is a population figure.
  void district(const std::string& code, const std::string& area,
                std::vector<std::pair<int, std::int64_t>> populations = {}) {
    auto* c = &connection();
    c->execute("INSERT INTO areas (code, name) VALUES (?, ?) ON CONFLICT (code) DO NOTHING", {area, area});
    c->execute("INSERT INTO districts (code, name, area_code) VALUES (?, ?, ?)", {code, code, area});
    for (auto [year, population] : populations) {
      c->execute("INSERT INTO district_populations (district_code, year, population_10_17) VALUES (?, ?, ?)",
                 {code, std::int64_t{year}, population});
    }
  }

  std::int64_t child(const std::string& date_of_birth, const std::string& district) {
    auto* c = &connection();
    std::string id = next_id('C', children_);
    return c->query(
                "INSERT INTO children (public_id, exchange_id, given_name, family_name, search_name, sort_key, "
                "date_of_birth, sex, district_code, created_at, updated_at) VALUES (?, ?, 'Sam', 'Test', 'samtest', "
                "'test sam', ?, 'unknown', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') RETURNING id",
                {id, id, date_of_birth, district})
        .front()
        .integer(0);
  }

  std::int64_t offence(std::int64_t child, const std::string& date, const std::string& category = "theft_and_handling",
                       std::int64_t gravity = 3) {
    auto* c = &connection();
    return c->query(
                "INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at) "
                "VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z') RETURNING id",
                {next_id('F', rows_), child, date, category, gravity})
        .front()
        .integer(0);
  }

  std::int64_t outcome(std::int64_t child, const std::string& date, const std::string& type,
                       const std::vector<std::int64_t>& offences, const OutcomeDetails& details = {}) {
    auto* c = &connection();
    auto text = [](const std::string& value) { return value.empty() ? store::Value{nullptr} : store::Value{value}; };
    std::string exchange_id = details.exchange_id.empty() ? next_id('O', rows_) : details.exchange_id;
    std::int64_t id = c->query(
                           "INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date, "
                           "end_date, completion, end_ete, end_accommodation, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z') RETURNING id",
                           {exchange_id, child, date, type, text(details.start_date), text(details.end_date),
                            text(details.completion), text(details.end_ete), text(details.end_accommodation)})
                          .front()
                          .integer(0);
    for (std::int64_t offence : offences) {
      c->execute("INSERT INTO outcome_offences (outcome_id, offence_id) VALUES (?, ?)", {id, offence});
    }
    return id;
  }

  // An offence and an outcome disposing of it, both on `date`.
  std::int64_t proven(std::int64_t child, const std::string& date, const std::string& type = "youth_caution",
                      const OutcomeDetails& details = {}) {
    return outcome(child, date, type, {offence(child, date)}, details);
  }

  void remand(std::int64_t child, const std::string& start, const std::string& type) {
    auto* c = &connection();
    c->execute(
        "INSERT INTO remands (exchange_id, child_id, start_date, remand_type, created_at) "
        "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z')",
        {next_id('R', rows_), child, start, type});
  }

  void custody(std::int64_t child, std::optional<std::int64_t> outcome, const std::string& start,
               const std::string& release) {
    auto* c = &connection();
    c->execute(
        "INSERT INTO custody_episodes (exchange_id, child_id, outcome_id, establishment, establishment_type, "
        "start_date, release_date, created_at) VALUES (?, ?, ?, 'Wetherby YOI', 'yoi', ?, ?, '2026-01-01T00:00:00Z')",
        {next_id('E', rows_), child, outcome ? store::Value{*outcome} : store::Value{nullptr}, start,
         release.empty() ? store::Value{nullptr} : store::Value{release}});
  }

  // Practice records (docs/kpi.md, pathway-practice-2026-1), written as the practice pages
  // write them.

  // An assessment of the built-in template `kind` with answers by question code; `state` is
  // draft, completed or countersigned.
  void assessment(std::int64_t child, const std::string& kind, const std::string& completed_on,
                  const std::vector<std::pair<std::string, std::string>>& answers,
                  const std::string& state = "completed") {
    auto* c = &connection();
    auto template_id =
        c->query_one("SELECT id FROM assessment_templates WHERE kind = ? ORDER BY version DESC LIMIT 1", {kind})
            ->integer(0);
    auto id = c->query_one(
                   "INSERT INTO assessments (child_id, template_id, state, author_id, started_on, completed_on, "
                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z') RETURNING id",
                   {child, template_id, state, staff(), completed_on,
                    state == "draft" ? store::Value{nullptr} : store::Value{completed_on}})
                  ->integer(0);
    for (const auto& [code, answer] : answers) {
      auto question = c->query_one(
                           "SELECT q.id FROM assessment_questions q JOIN assessment_sections s ON s.id = q.section_id "
                           "WHERE s.template_id = ? AND q.code = ?",
                           {template_id, code})
                          ->integer(0);
      c->execute("INSERT INTO assessment_answers (assessment_id, question_id, answer) VALUES (?, ?, ?)",
                 {id, question, answer});
    }
  }

  // A plan objective for `need_area`, made at `created_at` (an ISO instant), on the child's
  // plan of `kind` (made with its first objective).
  void objective(std::int64_t child, const std::string& need_area, const std::string& created_at,
                 const std::string& kind = "intervention") {
    auto* c = &connection();
    auto plan = c->query_one("SELECT id FROM plans WHERE child_id = ? AND kind = ?", {child, kind});
    std::int64_t plan_id =
        plan ? plan->integer(0)
             : c->query_one("INSERT INTO plans (child_id, kind, created_by, created_at) VALUES (?, ?, ?, ?) "
                            "RETURNING id",
                            {child, kind, staff(), created_at})
                   ->integer(0);
    c->execute(
        "INSERT INTO plan_objectives (plan_id, need_area, worker_words, owner_kind, review_on, created_by, "
        "created_at) VALUES (?, ?, 'Work on it', 'child', '2030-01-01', ?, ?)",
        {plan_id, need_area, staff(), created_at});
  }

  // An appointment on `day`: an intervention for `need_area` (empty: none) with `status`.
  void appointment(std::int64_t child, const std::string& day, const std::string& need_area,
                   const std::string& status = "attended") {
    auto* c = &connection();
    bool delivered = !need_area.empty();
    c->execute(
        "INSERT INTO appointments (child_id, practitioner_id, kind, starts_on, start_time, planned_minutes, place, "
        "with_whom, status, intervention, need_area, created_by, created_at) "
        "VALUES (?, ?, 'intervention_session', ?, '10:00', 60, 'Office', '', ?, ?, ?, 'test', "
        "'2026-01-01T00:00:00Z')",
        {child, staff(), day, status, delivered ? store::Value{std::string("one_to_one")} : store::Value{nullptr},
         delivered ? store::Value{need_area} : store::Value{nullptr}});
  }

  // A wider service supporting the child from `from` to `to` (empty: continuing).
  void wider_service(std::int64_t child, const std::string& service, const std::string& from,
                     const std::string& to = "") {
    auto* c = &connection();
    c->execute(
        "INSERT INTO wider_services (child_id, service, from_date, to_date, recorded_at, recorded_by, "
        "recorded_by_name) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', 'test', 'Test')",
        {child, service, from, to.empty() ? store::Value{nullptr} : store::Value{to}});
  }

  measures::RecordSnapshot snapshot() { return measures::load_snapshot(*test_.database().acquire()); }

  // The measure set for the period and scope, counted "today" as given.
  measures::MeasureSet measures(const std::string& from, const std::string& to,
                                const std::vector<std::string>& districts = {},
                                const std::vector<std::string>& areas = {}, const std::string& today = "2030-01-01") {
    auto snapshot = this->snapshot();
    auto period = measures::parse_period(from, to);
    EXPECT_TRUE(period.ok());
    auto scope = measures::resolve_scope(snapshot, districts, areas);
    EXPECT_TRUE(scope.ok()) << scope.error().message;
    return measures::measure_sets(snapshot, period.value(), {scope.value()},
                                  measures::day_of(*parse_iso_date(today)))
        .front();
  }

  TestDatabase& database() { return test_; }
  // The one connection every record is written through (a transaction on it covers them).
  store::Connection& connection() {
    if (!writer_) writer_ = test_.database().acquire();
    return *writer_;
  }

 private:
  // The prefix and the next number. (Built by appending: GCC 12 warns, wrongly, about
  // "X" + std::to_string(n).)
  static std::string next_id(char prefix, int& counter) {
    std::string id(1, prefix);
    id += std::to_string(++counter);
    return id;
  }

  // The practitioner every practice record is by, added with the first.
  std::int64_t staff() {
    if (staff_ == 0) {
      staff_ = connection()
                   .query_one("INSERT INTO staff (username, display_name, roles, password_hash, created_at) "
                              "VALUES ('worker', 'Worker', 'case_manager', 'x', '2026-01-01T00:00:00Z') RETURNING id")
                   ->integer(0);
    }
    return staff_;
  }

  TestDatabase test_;
  store::Database::Handle writer_{nullptr, {nullptr}};
  std::int64_t staff_ = 0;
  int children_ = 0;
  int rows_ = 0;
};

}  // namespace pathway::testing
