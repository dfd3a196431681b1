// The practice indicators (docs/kpi.md, definition set pathway-practice-2026-1) against
// plain SQL: the generated children and justice records of the measures' property tests,
// with generated practice records around them (assessments of each kind, drafts among them,
// objectives on both kinds of plan, appointments attended or missed, with and without an
// intervention, wider services ended and continuing), and for many periods and scopes each
// figure counted once by the engine and once by SQL written here from docs/kpi.md's words.
// The SQL reads the answers by question code and value, not through the templates' "need
// if" lists the engine reads, so the two do not share a mistake. On SQLite, and PostgreSQL
// under scripts/with-postgres.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "measures_fixture.h"
#include "measures_generator.h"

namespace pathway {
namespace {

using namespace std::chrono;

// Practice records for every generated child, dated between their 10th and 19th birthdays.
void add_practice_records(testing::MeasuresFixture& db) {
  std::mt19937 random(20261202);
  auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  auto& connection = db.connection();
  auto day_number = [](Date date) { return static_cast<int>(sys_days{date}.time_since_epoch().count()); };
  std::vector<std::pair<std::int64_t, Date>> children;
  for (const auto& row : connection.query("SELECT id, date_of_birth FROM children ORDER BY id", {})) {
    children.push_back({row.integer(0), *parse_iso_date(row.text(1))});
  }
  // Each child's orders as day ranges, so most records fall near one (on its edges too).
  std::map<std::int64_t, std::vector<std::pair<int, int>>> orders;
  for (const auto& row : connection.query("SELECT child_id, outcome_date, end_date FROM outcomes WHERE end_date IS NOT "
                                          "NULL ORDER BY id", {})) {
    orders[row.integer(0)].push_back({day_number(*parse_iso_date(row.text(1))), day_number(*parse_iso_date(row.text(2)))});
  }
  store::Transaction transaction(connection);
  for (const auto& [child, born] : children) {
    int first = day_number(add_months(born, 120));
    int last = day_number(add_months(born, 228));
    const auto& near = orders[child];
    auto on = [&] {
      int day = pick(first, last);
      if (!near.empty() && pick(0, 9) < 9) {
        auto [from, to] = near[pick(0, static_cast<int>(near.size()) - 1)];
        day = pick(from - 20, std::max(from, to) + 20);
      }
      return to_iso(Date{sys_days{days{day}}});
    };
    auto yes_no = [&] { return pick(0, 1) ? std::string("yes") : std::string("no"); };
    static const std::vector<std::string> states = {"draft", "completed", "completed", "countersigned"};
    for (int n = pick(0, 4); n > 0; --n) {
      const std::string& state = states[pick(0, 3)];
      static const std::vector<std::string> emh = {"no_concern", "some_concern", "refer"};
      static const std::vector<std::string> sm = {"no_concern", "brief_intervention", "refer"};
      static const std::vector<std::string> plans = {"yes", "being_assessed", "no"};
      switch (pick(0, 3)) {
        case 0:
          db.assessment(child, "youth_justice", on(), {{"mental_health_need", yes_no()}, {"substance_misuse_need", yes_no()}},
                        state);
          break;
        case 1: db.assessment(child, "emotional_mental_health", on(), {{"emh_need", emh[pick(0, 2)]}}, state); break;
        case 2: db.assessment(child, "substance_misuse", on(), {{"sm_need", sm[pick(0, 2)]}}, state); break;
        default:
          db.assessment(child, "send", on(), {{"send_identified", yes_no()}, {"plan_in_place", plans[pick(0, 2)]}},
                        state);
      }
    }
    static const std::vector<std::string> needs = {"emotional_mental_health", "substance_misuse",
                                                   "education_training_employment"};
    for (int n = pick(0, 4); n > 0; --n) {
      db.objective(child, needs[pick(0, 2)], on() + "T" + (pick(0, 1) ? "00:30:00Z" : "23:30:00Z"),
                   pick(0, 3) ? "intervention" : "resettlement");
    }
    static const std::vector<std::string> statuses = {"attended", "attended", "unacceptable_absence", "scheduled"};
    for (int n = pick(0, 6); n > 0; --n) {
      db.appointment(child, on(), pick(0, 3) ? needs[pick(0, 2)] : "", statuses[pick(0, 3)]);
    }
    static const std::vector<std::string> services = {"early_help", "child_in_need", "child_protection",
                                                      "looked_after"};
    for (int n = pick(0, 2); n > 0; --n) {
      std::string from = on();
      std::string to = pick(0, 2) ? to_iso(Date{sys_days{*parse_iso_date(from)} + days{pick(0, 500)}}) : "";
      db.wider_service(child, services[pick(0, 3)], from, to);
    }
  }
  transaction.commit();
}

struct Expected {
  std::int64_t ending, send_identified, send_with_plan, send_suitable_ete, mh_identified, mh_planned, mh_attended,
      sm_identified, sm_planned, sm_attended, supported, early_help, child_in_need, child_protection, looked_after;
};

// An assessment of the child's, completed (or countersigned) in [s, e], with one of the answers.
std::string assessed(const std::string& answers) {
  return "EXISTS (SELECT 1 FROM assessments a JOIN assessment_answers n ON n.assessment_id = a.id "
         "JOIN assessment_questions q ON q.id = n.question_id WHERE a.child_id = k.child_id AND a.state <> 'draft' "
         "AND a.completed_on BETWEEN k.s AND k.e AND (" + answers + "))";
}

std::string planned(const std::string& need) {
  return "EXISTS (SELECT 1 FROM plan_objectives o JOIN plans p ON p.id = o.plan_id WHERE p.child_id = k.child_id "
         "AND o.need_area = '" + need + "' AND substr(o.created_at, 1, 10) BETWEEN k.s AND k.e)";
}

std::string attended(const std::string& need) {
  return "EXISTS (SELECT 1 FROM appointments x WHERE x.child_id = k.child_id AND x.status = 'attended' "
         "AND x.intervention IS NOT NULL AND x.need_area = '" + need + "' AND x.starts_on BETWEEN k.s AND k.e)";
}

std::string supported(const std::string& service) {
  return "EXISTS (SELECT 1 FROM wider_services w WHERE w.child_id = k.child_id" +
         (service.empty() ? std::string() : " AND w.service = '" + service + "'") +
         " AND w.from_date <= k.e AND (w.to_date IS NULL OR w.to_date >= k.s))";
}

std::string send_answer(const std::string& code, const std::string& answer) {
  return "EXISTS (SELECT 1 FROM assessment_answers n JOIN assessment_questions q ON q.id = n.question_id "
         "WHERE n.assessment_id = k.send_id AND q.code = '" + code + "' AND n.answer = '" + answer + "')";
}

std::string sum(const std::string& condition) { return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)"; }

Expected by_sql(store::Connection& connection, const std::string& from, const std::string& to,
                const std::vector<std::string>& districts) {
  bool pg = connection.backend() == store::Backend::postgresql;
  std::string bytes = pg ? " COLLATE \"C\"" : " COLLATE BINARY";
  std::string in = "(";
  for (std::size_t i = 0; i < districts.size(); ++i) in += i ? ", ?" : "?";
  in += ")";
  std::string mh = assessed("(q.code = 'mental_health_need' AND n.answer = 'yes') OR (q.code = 'emh_need' AND "
                            "n.answer IN ('some_concern', 'refer'))");
  std::string sm = assessed("(q.code = 'substance_misuse_need' AND n.answer = 'yes') OR (q.code = 'sm_need' AND "
                            "n.answer IN ('brief_intervention', 'refer'))");
  std::string send = send_answer("send_identified", "yes");
  std::string sql =
      "WITH ending AS (SELECT o.exchange_id, o.child_id, o.outcome_date, o.start_date, o.end_date, o.end_ete "
      "FROM outcomes o WHERE o.end_date BETWEEN ? AND ? AND (o.completion IS NULL OR o.completion <> 'ongoing') "
      "AND (o.outcome_type IN ('referral_order', 'youth_rehabilitation_order', 'youth_rehabilitation_order_iss', "
      "'detention_and_training_order', 'section_250', 'section_252a', 'extended_sentence') OR (o.outcome_type IN "
      "('community_resolution', 'deferred_prosecution', 'youth_caution', 'youth_conditional_caution') AND "
      "o.start_date IS NOT NULL))), "
      "last AS (SELECT e.* FROM ending e WHERE NOT EXISTS (SELECT 1 FROM ending x WHERE x.child_id = e.child_id "
      "AND (x.end_date > e.end_date OR (x.end_date = e.end_date AND x.exchange_id" + bytes + " > e.exchange_id" +
      bytes + ")))), "
      "k AS (SELECT l.child_id, COALESCE(l.start_date, l.outcome_date) AS s, l.end_date AS e, l.end_ete, "
      "(SELECT a.id FROM assessments a JOIN assessment_templates t ON t.id = a.template_id WHERE t.kind = 'send' "
      "AND a.child_id = l.child_id AND a.state <> 'draft' AND a.completed_on <= l.end_date "
      "ORDER BY a.completed_on DESC, a.id DESC LIMIT 1) AS send_id "
      "FROM last l JOIN children c ON c.id = l.child_id WHERE c.district_code IN " + in + ") "
      "SELECT COUNT(*), " + sum(send) + ", " + sum(send + " AND " + send_answer("plan_in_place", "yes")) + ", " +
      sum(send + " AND k.end_ete = 'suitable'") + ", " + sum(mh) + ", " +
      sum(mh + " AND " + planned("emotional_mental_health")) + ", " +
      sum(mh + " AND " + attended("emotional_mental_health")) + ", " + sum(sm) + ", " +
      sum(sm + " AND " + planned("substance_misuse")) + ", " + sum(sm + " AND " + attended("substance_misuse")) + ", " +
      sum(supported("")) + ", " + sum(supported("early_help")) + ", " + sum(supported("child_in_need")) + ", " +
      sum(supported("child_protection")) + ", " + sum(supported("looked_after")) + " FROM k";
  std::vector<store::Value> params = {from, to};
  for (const auto& district : districts) params.push_back(district);
  auto row = connection.query(sql, std::span<const store::Value>(params)).front();
  std::vector<std::int64_t> v;
  for (std::size_t i = 0; i < row.size(); ++i) {
    // PostgreSQL's SUM of integers is a numeric, which comes as text.
    v.push_back(row.is_null(i) ? 0
                : std::holds_alternative<std::string>(row.value(i)) ? std::stoll(row.text(i))
                                                                    : row.integer(i));
  }
  return {v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14]};
}

TEST(PracticeIndicatorsAgainstSql, EveryFigureOfEveryPeriodAndScopeEqualsPlainSql) {
  testing::MeasuresFixture db;
  testing::MeasuresGenerator(db).districts_and_children(500);
  add_practice_records(db);
  const std::vector<std::pair<std::string, std::string>> periods = {
      {"2020-01-01", "2020-03-31"}, {"2021-04-01", "2021-06-30"}, {"2022-07-01", "2022-09-30"},
      {"2023-10-01", "2023-12-31"}, {"2024-02-29", "2024-02-29"}, {"2023-04-01", "2024-03-31"},
      {"2025-01-01", "2025-03-31"}, {"2018-01-01", "2030-12-31"}, {"2019-11-15", "2020-02-14"}};
  const std::vector<std::vector<std::string>> district_sets = {
      {"A1", "A2", "B1", "B2"}, {"A1", "A2"}, {"B2"}, {"A2", "B1"}};
  auto snapshot = db.snapshot();
  auto connection = db.database().database().acquire();
  for (const auto& [from, to] : periods) {
    for (const auto& districts : district_sets) {
      auto period = measures::parse_period(from, to).value();
      auto scope = measures::resolve_scope(snapshot, districts, {}).value();
      auto m = measures::measure_sets(snapshot, period, {scope}, period.to).front();
      Expected e = by_sql(*connection, from, to, districts);
      std::string where = from + " to " + to + " in " + districts.front() + "+" + std::to_string(districts.size());
      EXPECT_EQ(m.send.ending, e.ending) << where;
      EXPECT_EQ(m.send.identified, e.send_identified) << where;
      EXPECT_EQ(m.send.with_plan, e.send_with_plan) << where;
      EXPECT_EQ(m.send.suitable_ete, e.send_suitable_ete) << where;
      EXPECT_EQ(m.mental_health.identified, e.mh_identified) << where;
      EXPECT_EQ(m.mental_health.planned, e.mh_planned) << where;
      EXPECT_EQ(m.mental_health.attended, e.mh_attended) << where;
      EXPECT_EQ(m.substance_misuse.identified, e.sm_identified) << where;
      EXPECT_EQ(m.substance_misuse.planned, e.sm_planned) << where;
      EXPECT_EQ(m.substance_misuse.attended, e.sm_attended) << where;
      EXPECT_EQ(m.wider_services.supported, e.supported) << where;
      EXPECT_EQ(m.wider_services.early_help, e.early_help) << where;
      EXPECT_EQ(m.wider_services.child_in_need, e.child_in_need) << where;
      EXPECT_EQ(m.wider_services.child_protection, e.child_protection) << where;
      EXPECT_EQ(m.wider_services.looked_after, e.looked_after) << where;
      auto rate = [](std::int64_t a, std::int64_t b) {
        return b ? std::optional<double>(static_cast<double>(a) / static_cast<double>(b) * 100) : std::nullopt;
      };
      EXPECT_EQ(m.send.percent_with_plan, rate(e.send_with_plan, e.send_identified)) << where;
      EXPECT_EQ(m.mental_health.percent_attended, rate(e.mh_attended, e.mh_identified)) << where;
      EXPECT_EQ(m.wider_services.percent_supported, rate(e.supported, e.ending)) << where;
    }
  }
  // The generated records reach every figure (a property test of zeros proves nothing).
  auto all = measures::measure_sets(snapshot, measures::parse_period("2018-01-01", "2030-12-31").value(),
                                    {measures::whole_service(snapshot)}, measures::day_of(*parse_iso_date("2030-12-31")))
                 .front();
  EXPECT_GT(all.send.with_plan, 3);
  EXPECT_GT(all.send.suitable_ete, 3);
  EXPECT_GT(all.mental_health.planned, 3);
  EXPECT_GT(all.mental_health.attended, 3);
  EXPECT_GT(all.substance_misuse.planned, 3);
  EXPECT_GT(all.substance_misuse.attended, 3);
  for (auto count : {all.wider_services.early_help, all.wider_services.child_in_need,
                     all.wider_services.child_protection, all.wider_services.looked_after}) {
    EXPECT_GT(count, 3);
  }
}

}  // namespace
}  // namespace pathway
