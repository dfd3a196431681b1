// The engine against plain SQL: generated children and records (ages across the 10th and
// 18th birthdays, 29 February births, orders ending on the same day, ids whose byte order
// is not their number order, districts without a population), and for many periods and
// scopes every figure of kpi.md counted once by the engine and once by SQL written here,
// independently of it, from kpi.md's words. On SQLite, and PostgreSQL under
// scripts/with-postgres.
#include <gtest/gtest.h>

#include <random>

#include "measures_generator.h"

namespace pathway {
namespace {

using namespace std::chrono;

constexpr const char* substantive =
    "('youth_caution', 'youth_conditional_caution', 'absolute_discharge', 'conditional_discharge', 'fine', "
    "'compensation_order', 'referral_order', 'youth_rehabilitation_order', 'youth_rehabilitation_order_iss', "
    "'detention_and_training_order', 'section_250', 'section_252a', 'extended_sentence', "
    "'detention_at_his_majestys_pleasure')";
constexpr const char* court_disposal =
    "('absolute_discharge', 'conditional_discharge', 'fine', 'compensation_order', 'referral_order', "
    "'youth_rehabilitation_order', 'youth_rehabilitation_order_iss', 'detention_and_training_order', 'section_250', "
    "'section_252a', 'extended_sentence', 'detention_at_his_majestys_pleasure')";
constexpr const char* custodial =
    "('detention_and_training_order', 'section_250', 'section_252a', 'extended_sentence', "
    "'detention_at_his_majestys_pleasure')";
constexpr const char* index_outcome =
    "('youth_caution', 'youth_conditional_caution', 'absolute_discharge', 'conditional_discharge', 'fine', "
    "'compensation_order', 'referral_order', 'youth_rehabilitation_order', 'youth_rehabilitation_order_iss')";
constexpr const char* court_order =
    "('referral_order', 'youth_rehabilitation_order', 'youth_rehabilitation_order_iss', "
    "'detention_and_training_order', 'section_250', 'section_252a', 'extended_sentence')";
constexpr const char* out_of_court =
    "('community_resolution', 'deferred_prosecution', 'youth_caution', 'youth_conditional_caution')";

// Whole years from date of birth `b` to date `d`, both ISO text.
std::string age(const std::string& b, const std::string& d) {
  return "(CAST(substr(" + d + ", 1, 4) AS INTEGER) - CAST(substr(" + b + ", 1, 4) AS INTEGER) - CASE WHEN substr(" +
         d + ", 6, 5) < substr(" + b + ", 6, 5) THEN 1 ELSE 0 END)";
}

class SqlMeasures {
 public:
  SqlMeasures(store::Connection& c) : c_(c), pg_(c.backend() == store::Backend::postgresql) {}

  std::string add_months(const std::string& d, int n) const {
    if (pg_) return "to_char(CAST(" + d + " AS date) + INTERVAL '" + std::to_string(n) + " months', 'YYYY-MM-DD')";
    return "min(date(" + d + ", '+" + std::to_string(n) + " months'), date(" + d + ", 'start of month', '+" +
           std::to_string(n + 1) + " months', '-1 day'))";
  }
  // The last Friday of June of year `y` (an integer expression).
  std::string last_friday_of_june(const std::string& y) const {
    if (pg_) {
      return "to_char(make_date(" + y + ", 6, 30) - ((CAST(extract(dow FROM make_date(" + y +
             ", 6, 30)) AS INTEGER) + 2) % 7), 'YYYY-MM-DD')";
    }
    return "date(printf('%04d-06-30', " + y + "), '-6 days', 'weekday 5')";
  }
  std::string bytes() const { return pg_ ? " COLLATE \"C\"" : " COLLATE BINARY"; }

  std::int64_t count(const std::string& sql, std::vector<store::Value> params) {
    auto row = c_.query(sql, std::span<const store::Value>(params));
    return row.front().is_null(0) ? 0 : row.front().integer(0);
  }
  std::vector<std::int64_t> counts(const std::string& sql, std::vector<store::Value> params) {
    auto row = c_.query(sql, std::span<const store::Value>(params)).front();
    std::vector<std::int64_t> values;
    // PostgreSQL's SUM of integers is a numeric, which comes as text.
    for (std::size_t i = 0; i < row.size(); ++i) {
      values.push_back(row.is_null(i) ? 0 : std::holds_alternative<std::string>(row.value(i)) ? std::stoll(row.text(i)) : row.integer(i));
    }
    return values;
  }

  store::Connection& c_;
  bool pg_;
};

struct Expected {
  std::optional<std::int64_t> population;
  std::int64_t fte, custody, court_disposals, remands, youth_detention, cohort, reoffenders, reoffences;
  bool follow_up_complete;
  std::int64_t ending, accommodation_suitable, aged_16_17_ending, aged_16_17_suitable, ete_suitable,
      school_age_ending, school_age_suitable, above_ending, above_suitable, oocd_ending, oocd_completed, violence;
};

Expected by_sql(store::Connection& connection, const std::string& from, const std::string& to,
                const std::vector<std::string>& districts, const std::string& today) {
  SqlMeasures q(connection);
  std::string in = "(";
  for (std::size_t i = 0; i < districts.size(); ++i) in += i ? ", ?" : "?";
  in += ")";
  std::string scope = " AND c.district_code IN " + in;
  auto params = [&](std::vector<store::Value> first) {
    for (const auto& d : districts) first.push_back(d);
    return first;
  };
  Expected e{};
  auto population = q.counts("SELECT COUNT(*), SUM(population_10_17) FROM district_populations WHERE year = ? "
                             "AND district_code IN " + in,
                             params({std::int64_t{std::stoi(to.substr(0, 4))}}));
  if (population[0] == static_cast<std::int64_t>(districts.size())) e.population = population[1];
  std::string aged = [&](const std::string& d) { return " AND " + age("c.date_of_birth", d) + " BETWEEN 10 AND 17"; }("o.outcome_date");
  e.fte = q.count(std::string("SELECT COUNT(*) FROM children c JOIN (SELECT child_id, MIN(outcome_date) AS first_date "
                              "FROM outcomes WHERE outcome_type IN ") + substantive +
                      " GROUP BY child_id) f ON f.child_id = c.id WHERE f.first_date BETWEEN ? AND ? AND " +
                      age("c.date_of_birth", "f.first_date") + " BETWEEN 10 AND 17" + scope,
                  params({from, to}));
  std::string outcomes_in_period =
      "SELECT COUNT(*) FROM outcomes o JOIN children c ON c.id = o.child_id WHERE o.outcome_date BETWEEN ? AND ?" + aged +
      scope + " AND o.outcome_type IN ";
  e.custody = q.count(outcomes_in_period + custodial, params({from, to}));
  e.court_disposals = q.count(outcomes_in_period + court_disposal, params({from, to}));
  auto remands = q.counts("SELECT COUNT(*), SUM(CASE WHEN r.remand_type = 'remand_youth_detention' THEN 1 ELSE 0 END) "
                          "FROM remands r JOIN children c ON c.id = r.child_id WHERE r.remand_type <> "
                          "'unconditional_bail' AND r.start_date BETWEEN ? AND ?" + scope,
                          params({from, to}));
  e.remands = remands[0];
  e.youth_detention = remands[1];
  auto reoffending = q.counts(
      std::string("WITH idx AS (SELECT child_id, outcome_date AS d FROM outcomes WHERE outcome_type IN ") +
          index_outcome +
          " AND outcome_date BETWEEN ? AND ? UNION ALL SELECT child_id, release_date FROM custody_episodes "
          "WHERE outcome_id IS NOT NULL AND release_date BETWEEN ? AND ?), "
          "first_idx AS (SELECT child_id, MIN(d) AS d FROM idx GROUP BY child_id), "
          "cohort AS (SELECT f.child_id, f.d FROM first_idx f JOIN children c ON c.id = f.child_id WHERE " +
          age("c.date_of_birth", "f.d") + " BETWEEN 10 AND 17" + scope +
          "), proven AS (SELECT oo.offence_id, MIN(o.outcome_date) AS proven_on FROM outcome_offences oo JOIN "
          "outcomes o ON o.id = oo.outcome_id WHERE o.outcome_type IN " + substantive +
          " GROUP BY oo.offence_id), "
          "re AS (SELECT k.d, (SELECT COUNT(*) FROM offences f JOIN proven p ON p.offence_id = f.id WHERE "
          "f.child_id = k.child_id AND f.offence_date > k.d AND f.offence_date <= " + q.add_months("k.d", 12) +
          " AND p.proven_on <= " + q.add_months("k.d", 18) + ") AS n FROM cohort k) "
          "SELECT COUNT(*), SUM(CASE WHEN n > 0 THEN 1 ELSE 0 END), SUM(n), "
          "MIN(CASE WHEN " + q.add_months("d", 18) + " <= ? THEN 1 ELSE 0 END) FROM re",
      [&] {
        auto values = params({from, to, from, to});  // then the scope's districts, then today
        values.push_back(today);
        return values;
      }());
  e.cohort = reoffending[0];
  e.reoffenders = reoffending[1];
  e.reoffences = reoffending[2];
  e.follow_up_complete = e.cohort == 0 || reoffending[3] == 1;
  std::string school_year_end = q.last_friday_of_june(
      "CAST(substr(c.date_of_birth, 1, 4) AS INTEGER) + 16 + CASE WHEN substr(c.date_of_birth, 6, 2) >= '09' THEN 1 "
      "ELSE 0 END");
  std::string aged_16_17 = age("c.date_of_birth", "l.end_date") + " BETWEEN 16 AND 17";
  std::string school_age = "l.end_date <= " + school_year_end;
  auto endings = q.counts(
      std::string("WITH ending AS (SELECT o.exchange_id, o.child_id, o.end_date, o.end_ete, o.end_accommodation "
                  "FROM outcomes o WHERE o.end_date BETWEEN ? AND ? AND (o.completion IS NULL OR o.completion <> "
                  "'ongoing') AND (o.outcome_type IN ") +
          court_order + " OR (o.outcome_type IN " + out_of_court +
          " AND o.start_date IS NOT NULL))), "
          "last AS (SELECT e.* FROM ending e WHERE NOT EXISTS (SELECT 1 FROM ending x WHERE x.child_id = e.child_id "
          "AND (x.end_date > e.end_date OR (x.end_date = e.end_date AND x.exchange_id" + q.bytes() +
          " > e.exchange_id" + q.bytes() + ")))) "
          "SELECT COUNT(*), SUM(CASE WHEN l.end_accommodation = 'suitable' THEN 1 ELSE 0 END), "
          "SUM(CASE WHEN " + aged_16_17 + " THEN 1 ELSE 0 END), "
          "SUM(CASE WHEN " + aged_16_17 + " AND l.end_accommodation = 'suitable' THEN 1 ELSE 0 END), "
          "SUM(CASE WHEN l.end_ete = 'suitable' THEN 1 ELSE 0 END), "
          "SUM(CASE WHEN " + school_age + " THEN 1 ELSE 0 END), "
          "SUM(CASE WHEN " + school_age + " AND l.end_ete = 'suitable' THEN 1 ELSE 0 END), "
          "SUM(CASE WHEN NOT (" + school_age + ") THEN 1 ELSE 0 END), "
          "SUM(CASE WHEN NOT (" + school_age + ") AND l.end_ete = 'suitable' THEN 1 ELSE 0 END) "
          "FROM last l JOIN children c ON c.id = l.child_id WHERE 1 = 1" + scope,
      params({from, to}));
  e.ending = endings[0];
  e.accommodation_suitable = endings[1];
  e.aged_16_17_ending = endings[2];
  e.aged_16_17_suitable = endings[3];
  e.ete_suitable = endings[4];
  e.school_age_ending = endings[5];
  e.school_age_suitable = endings[6];
  e.above_ending = endings[7];
  e.above_suitable = endings[8];
  auto oocd = q.counts(std::string("SELECT COUNT(*), SUM(CASE WHEN o.completion = 'completed' THEN 1 ELSE 0 END) "
                                   "FROM outcomes o JOIN children c ON c.id = o.child_id WHERE o.outcome_type IN ") +
                           out_of_court +
                           " AND o.start_date IS NOT NULL AND o.end_date BETWEEN ? AND ? AND o.completion IN "
                           "('completed', 'breached', 'revoked')" + scope,
                       params({from, to}));
  e.oocd_ending = oocd[0];
  e.oocd_completed = oocd[1];
  e.violence = q.count(std::string("SELECT COUNT(DISTINCT o.child_id) FROM outcomes o JOIN children c ON c.id = "
                                   "o.child_id JOIN outcome_offences oo ON oo.outcome_id = o.id JOIN offences f ON "
                                   "f.id = oo.offence_id WHERE o.outcome_type IN ") +
                           substantive + " AND o.outcome_date BETWEEN ? AND ?" + aged +
                           " AND f.category IN ('violence_against_the_person', 'robbery', 'drugs') AND f.gravity >= 5" +
                           scope,
                       params({from, to}));
  return e;
}

TEST(MeasuresAgainstSql, EveryFigureOfEveryPeriodAndScopeEqualsPlainSql) {
  testing::MeasuresFixture db;
  testing::MeasuresGenerator generator(db);
  generator.districts();
  {
    store::Transaction transaction(db.connection());
    for (int i = 0; i < 250; ++i) generator.child();
    transaction.commit();
  }
  const std::vector<std::pair<std::string, std::string>> periods = {
      {"2020-01-01", "2020-03-31"}, {"2021-04-01", "2021-06-30"}, {"2022-07-01", "2022-09-30"},
      {"2023-10-01", "2023-12-31"}, {"2024-01-01", "2024-03-31"}, {"2024-02-29", "2024-02-29"},
      {"2022-01-31", "2022-02-28"}, {"2023-04-01", "2024-03-31"}, {"2025-01-01", "2025-03-31"},
      {"2025-06-30", "2025-12-31"}, {"2018-01-01", "2030-12-31"}, {"2019-11-15", "2020-02-14"}};
  const std::vector<std::vector<std::string>> district_sets = {
      {"A1", "A2", "B1", "B2"}, {"A1", "A2"}, {"B1", "B2"}, {"A1"}, {"B2"}, {"A2", "B1"}};
  const std::string today = "2025-06-15";
  auto snapshot = db.snapshot();
  auto connection = db.database().database().acquire();
  for (const auto& [from, to] : periods) {
    for (const auto& districts : district_sets) {
      auto period = measures::parse_period(from, to).value();
      auto scope = measures::resolve_scope(snapshot, districts, {}).value();
      auto m = measures::measure_sets(snapshot, period, {scope}, measures::day_of(*parse_iso_date(today))).front();
      Expected e = by_sql(*connection, from, to, districts, today);
      std::string where = from + " to " + to + " in " + districts.front() + "+" + std::to_string(districts.size());
      EXPECT_EQ(m.population, e.population) << where;
      EXPECT_EQ(m.first_time_entrants.count, e.fte) << where;
      EXPECT_EQ(m.custody.count, e.custody) << where;
      EXPECT_EQ(m.custody.court_disposals, e.court_disposals) << where;
      EXPECT_EQ(m.remands.episodes, e.remands) << where;
      EXPECT_EQ(m.remands.youth_detention, e.youth_detention) << where;
      EXPECT_EQ(m.reoffending.cohort, e.cohort) << where;
      EXPECT_EQ(m.reoffending.reoffenders, e.reoffenders) << where;
      EXPECT_EQ(m.reoffending.reoffences, e.reoffences) << where;
      EXPECT_EQ(m.reoffending.follow_up_complete, e.follow_up_complete) << where;
      EXPECT_EQ(m.accommodation.ending, e.ending) << where;
      EXPECT_EQ(m.ete.ending, e.ending) << where;
      EXPECT_EQ(m.accommodation.suitable, e.accommodation_suitable) << where;
      EXPECT_EQ(m.accommodation.aged_16_17_ending, e.aged_16_17_ending) << where;
      EXPECT_EQ(m.accommodation.aged_16_17_suitable, e.aged_16_17_suitable) << where;
      EXPECT_EQ(m.ete.suitable, e.ete_suitable) << where;
      EXPECT_EQ(m.ete.school_age_ending, e.school_age_ending) << where;
      EXPECT_EQ(m.ete.school_age_suitable, e.school_age_suitable) << where;
      EXPECT_EQ(m.ete.above_school_age_ending, e.above_ending) << where;
      EXPECT_EQ(m.ete.above_school_age_suitable, e.above_suitable) << where;
      EXPECT_EQ(m.out_of_court.ending, e.oocd_ending) << where;
      EXPECT_EQ(m.out_of_court.completed, e.oocd_completed) << where;
      EXPECT_EQ(m.serious_violence.children, e.violence) << where;
      // The ratios follow from the counts by kpi.md's formulas.
      auto rate = [](std::int64_t a, std::optional<std::int64_t> b, double scale) {
        return b && *b ? std::optional<double>(static_cast<double>(a) / static_cast<double>(*b) * scale) : std::nullopt;
      };
      EXPECT_EQ(m.first_time_entrants.rate_per_100k, rate(e.fte, e.population, 100000)) << where;
      EXPECT_EQ(m.custody.percent_of_court_disposals, rate(e.custody, e.court_disposals, 100)) << where;
      EXPECT_EQ(m.reoffending.binary_rate, rate(e.reoffenders, e.cohort, 100)) << where;
      EXPECT_EQ(m.reoffending.frequency_per_reoffender, rate(e.reoffences, e.reoffenders, 1)) << where;
      EXPECT_EQ(m.serious_violence.rate_per_10k, rate(e.violence, e.population, 10000)) << where;
    }
  }
  // The generated data reaches every measure (a property test of zeros proves nothing).
  auto all = measures::measure_sets(snapshot, measures::parse_period("2018-01-01", "2030-12-31").value(),
                                    {measures::whole_service(snapshot)}, measures::day_of(*parse_iso_date(today)))
                 .front();
  EXPECT_GT(all.first_time_entrants.count, 50);
  EXPECT_GT(all.custody.count, 5);
  EXPECT_GT(all.remands.youth_detention, 5);
  EXPECT_GT(all.reoffending.reoffences, 20);
  EXPECT_GT(all.accommodation.aged_16_17_ending, 5);
  EXPECT_GT(all.ete.above_school_age_ending, 5);
  EXPECT_GT(all.out_of_court.completed, 5);
  EXPECT_GT(all.serious_violence.children, 5);
}

}  // namespace
}  // namespace pathway
