// The national demo's machinery at a small size (3,000 children; the million is measured in
// `make bench`): its geography, children written as the normal path writes them, unique
// public ids, a seed that repeats, the kept count and the name index; the staff, allocations
// and practice records of the open and recently ended cases, and the practice indicators
// they give.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "children/child_repository.h"
#include "core/clock.h"
#include "core/text.h"
#include "demo/demo_national.h"
#include "demo/demo_parts.h"
#include "measures/measure_request.h"
#include "measures/measure_set.h"
#include "measures/measure_terms.h"
#include "measures/snapshot_loading.h"
#include "test_database.h"

namespace pathway {
namespace {

using testing::TestDatabase;

constexpr const char* password = "correct horse battery staple";

struct Written {
  std::string public_id, given_name, family_name, district_code, holding_team;
  bool operator==(const Written&) const = default;
};

std::vector<Written> children_in(store::Database& database) {
  auto connection = database.acquire();
  std::vector<Written> rows;
  for (const auto& row : connection->query(
           "SELECT public_id, given_name, family_name, district_code, COALESCE(holding_team_code, '') FROM children"
           " ORDER BY id",
           {})) {
    rows.push_back({row.text(0), row.text(1), row.text(2), row.text(3), row.text(4)});
  }
  return rows;
}

TEST(DemoNational, ServicesDistrictsAndTeamsAcrossTheCountry) {
  EXPECT_EQ(demo::national_services().size(), 150u);
  std::set<std::string_view> codes, names;
  for (const auto& district : demo::national_districts()) {
    codes.insert(district.code);
    names.insert(district.name);
  }
  EXPECT_EQ(codes.size(), demo::national_districts().size());
  EXPECT_EQ(names.size(), demo::national_districts().size());
  EXPECT_GT(demo::national_districts().size(), 300u);
}

TEST(DemoNational, WritesChildrenAsTheNormalPathDoes) {
  TestDatabase test;
  auto summary = demo::build_national_demo(test.database(), {7, 3000, password});
  EXPECT_EQ(summary.children, 3000);
  EXPECT_EQ(summary.districts, static_cast<int>(demo::national_districts().size()));
  auto connection = test.database().acquire();
  std::set<std::string> public_ids;
  int with_accents_or_punctuation = 0;
  for (const auto& row : connection->query(
           "SELECT public_id, exchange_id, given_name, family_name, search_name, sort_key, version,"
           " holding_team_code FROM children",
           {})) {
    public_ids.insert(row.text(0));
    EXPECT_EQ(row.text(1), row.text(0));
    EXPECT_EQ(row.text(4), person_search_key(row.text(2), row.text(3)));
    EXPECT_EQ(row.text(5), person_sort_key(row.text(2), row.text(3)));
    EXPECT_EQ(row.integer(6), 1);
    EXPECT_FALSE(row.is_null(7)) << "every district has a team";
    std::string name = row.text(2) + row.text(3);
    if (name.find_first_of("'-") != std::string::npos ||
        std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
      ++with_accents_or_punctuation;
    }
  }
  EXPECT_EQ(public_ids.size(), 3000u);
  EXPECT_GT(with_accents_or_punctuation, 30);
  EXPECT_EQ(children::count_children(*connection), 3000);
  // The children are in the name index: every child is found by their own name.
  auto some = connection->query("SELECT given_name, family_name FROM children WHERE id % 500 = 0", {});
  for (const auto& row : some) {
    auto found = children::search_children(*connection, {row.text(0) + " " + row.text(1)});
    EXPECT_GE(found.total, 1) << row.text(0) << " " << row.text(1);
  }
  auto districts = connection->query_one("SELECT COUNT(DISTINCT district_code) FROM children")->integer(0);
  EXPECT_GT(districts, 250);
}

TEST(DemoNational, TheSameSeedGivesTheSameChildren) {
  TestDatabase first, second, other;
  demo::build_national_demo(first.database(), {7, 500, password});
  demo::build_national_demo(second.database(), {7, 500, password});
  demo::build_national_demo(other.database(), {8, 500, password});
  EXPECT_EQ(children_in(first.database()), children_in(second.database()));
  EXPECT_NE(children_in(first.database()), children_in(other.database()));
}

// A row as text, each value followed by "|".
std::string row_text(const store::Row& row) {
  std::string text;
  for (std::size_t i = 0; i < row.size(); ++i) {
    const auto& value = row.value(i);
    text += (std::holds_alternative<std::int64_t>(value) ? std::to_string(std::get<std::int64_t>(value))
                                                        : row.text(i)) + "|";
  }
  return text;
}

// Every row of the justice record, in id order, as text.
std::vector<std::string> justice_rows_in(store::Database& database) {
  auto connection = database.acquire();
  std::vector<std::string> rows;
  for (const char* sql :
       {"SELECT id, exchange_id, child_id, offence_date, category, gravity, COALESCE(description, '') FROM offences",
        "SELECT id, child_id, outcome_date, outcome_type, COALESCE(start_date, ''), COALESCE(end_date, ''),"
        " COALESCE(completion, '') FROM outcomes",
        "SELECT outcome_id, offence_id, 0, '', '', '', '' FROM outcome_offences",
        "SELECT id, child_id, start_date, COALESCE(end_date, ''), remand_type, '', '' FROM remands",
        "SELECT id, child_id, COALESCE(outcome_id, 0), establishment, start_date, COALESCE(release_date, ''), ''"
        " FROM custody_episodes"}) {
    for (const auto& row : connection->query(std::string(sql) + " ORDER BY 1, 2", {})) {
      rows.push_back(row_text(row));
    }
  }
  return rows;
}

TEST(DemoNational, TheSameSeedGivesTheSameHistories) {
  TestDatabase first, second;
  demo::build_national_demo(first.database(), {7, 400, password});
  demo::build_national_demo(second.database(), {7, 400, password});
  auto rows = justice_rows_in(first.database());
  EXPECT_GT(rows.size(), 1200u);
  EXPECT_EQ(rows, justice_rows_in(second.database()));
}

// Every practice row the demo wrote, in id order, as text (leaving out when the demo ran).
std::vector<std::string> practice_rows_in(store::Database& database) {
  auto connection = database.acquire();
  std::vector<std::string> rows;
  for (const char* sql :
       {"SELECT child_id, staff_id, started_at, COALESCE(ended_at, ''), intensity FROM case_workers ORDER BY id",
        "SELECT child_id, template_id, state, author_id, started_on, completed_on FROM assessments ORDER BY id",
        "SELECT assessment_id, question_id, answer, '', '', '' FROM assessment_answers ORDER BY 1, 2",
        "SELECT plan_id, need_area, worker_words, owner_kind, review_on, created_at FROM plan_objectives ORDER BY id",
        "SELECT child_id, practitioner_id, kind, starts_on, status, COALESCE(need_area, '') FROM appointments"
        " ORDER BY id",
        "SELECT child_id, happened_on, summary, body, recorded_by, '' FROM case_notes ORDER BY id",
        "SELECT child_id, flag_type, start_date, review_date, '', '' FROM child_flags ORDER BY id",
        "SELECT child_id, kind, status, from_date, '', '' FROM child_circumstances ORDER BY id",
        "SELECT child_id, service, from_date, COALESCE(to_date, ''), recorded_by, '' FROM wider_services ORDER BY id"}) {
    for (const auto& row : connection->query(sql, {})) {
      rows.push_back(row_text(row));
    }
  }
  return rows;
}

// A new file loaded without SQLite's rollback journal and per-row checks (decision 0019)
// holds what the journalled, checked load writes, every reference in place.
TEST(DemoNational, ADisposableFileHoldsTheSameRowsAsAJournalledLoad) {
  TestDatabase journalled, disposable;
  if (disposable.backend() != store::Backend::sqlite) GTEST_SKIP() << "only SQLite loads a file";
  demo::build_national_demo(journalled.database(), {7, 400, password});
  demo::build_national_demo(disposable.database(), {7, 400, password, true});
  EXPECT_EQ(children_in(journalled.database()), children_in(disposable.database()));
  EXPECT_EQ(justice_rows_in(journalled.database()), justice_rows_in(disposable.database()));
  EXPECT_EQ(practice_rows_in(journalled.database()), practice_rows_in(disposable.database()));
  auto connection = disposable.database().acquire();
  EXPECT_TRUE(connection->query("PRAGMA foreign_key_check", {}).empty());
  EXPECT_EQ(connection->query_one("PRAGMA integrity_check")->text(0), "ok");
  EXPECT_EQ(children::count_children(*connection), 400);
}

TEST(DemoNational, RefusesADatabaseThatHoldsData) {
  TestDatabase test;
  demo::build_national_demo(test.database(), {7, 10, password});
  EXPECT_THROW(demo::build_national_demo(test.database(), {7, 10, password}), std::runtime_error);
  EXPECT_EQ(children::count_children(*test.database().acquire()), 10);
}

// ---- Practice records

// The count the query gives, with each "{today}" in it the demo's today, quoted, and
// "{two_years_ago}" the day the county demo's ended orders begin to count from (less a month,
// so that the test never depends on the second the demo was built).
std::int64_t count(store::Connection& connection, std::string sql) {
  Date today = today_utc();
  for (auto [mark, day] : {std::pair<std::string, Date>{"{today}", today},
                           std::pair<std::string, Date>{"{two_years_ago}", demo::days_after(today, -700)}}) {
    for (auto at = sql.find(mark); at != std::string::npos; at = sql.find(mark)) {
      sql.replace(at, mark.size(), "'" + to_iso(day) + "'");
    }
  }
  return connection.query_one(sql)->integer(0);
}

// When each child's records may be dated: from the first day of each programme or order to
// its end (today while it runs), and from the start of a remand still running to today.
const std::string case_windows =
    "WITH windows AS (SELECT child_id, COALESCE(start_date, outcome_date) AS from_day,"
    " COALESCE(end_date, {today}) AS to_day FROM outcomes WHERE start_date IS NOT NULL"
    " UNION ALL SELECT child_id, start_date, {today} FROM remands WHERE end_date IS NULL) ";

// The children with a case open today: an order or programme running, or a remand.
constexpr const char* open_cases =
    "SELECT child_id FROM outcomes WHERE completion = 'ongoing' AND start_date IS NOT NULL"
    " UNION SELECT child_id FROM remands WHERE end_date IS NULL";

TEST(DemoNational, EveryOpenCaseHasOneCaseManagerOfTheTeamHoldingIt) {
  TestDatabase test;
  demo::build_national_demo(test.database(), {7, 3000, password});
  auto connection = test.database().acquire();
  std::int64_t open = count(*connection, std::string("SELECT COUNT(*) FROM (") + open_cases + ") o");
  EXPECT_GT(open, 600);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM case_workers WHERE case_role = 'case_manager'"
                               " AND ended_at IS NULL"),
            open);
  EXPECT_EQ(count(*connection, std::string("SELECT COUNT(*) FROM (") + open_cases +
                                   ") o WHERE NOT EXISTS (SELECT 1 FROM case_workers w WHERE w.child_id = o.child_id"
                                   " AND w.case_role = 'case_manager' AND w.ended_at IS NULL)"),
            0);
  // Each child is held by one case manager, now or (a closed case) until the order ended,
  // of the team holding the case.
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM (SELECT child_id FROM case_workers GROUP BY child_id"
                               " HAVING COUNT(*) > 1) t"),
            0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM case_workers w JOIN staff s ON s.id = w.staff_id"
                               " JOIN children c ON c.id = w.child_id WHERE (s.team_code IS NULL"
                               " OR s.team_code <> c.holding_team_code OR s.roles NOT LIKE '%case_manager%')"),
            0);
  // The services the demo staffs have enough case managers for their open cases.
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM (SELECT w.staff_id FROM case_workers w JOIN staff s"
                               " ON s.id = w.staff_id WHERE s.username LIKE '%-cm-%' AND w.ended_at IS NULL"
                               " GROUP BY w.staff_id, s.caseload_capacity HAVING COUNT(*) > s.caseload_capacity) t"),
            0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM staff WHERE username LIKE '%-manager'"), 149);
}

TEST(DemoNational, PracticeRecordsAreByTheCaseManagerAndInTheOrder) {
  TestDatabase test;
  demo::build_national_demo(test.database(), {7, 3000, password});
  auto connection = test.database().acquire();
  for (const char* table : {"assessments", "assessment_answers", "plans", "plan_objectives",
                            "appointments", "case_notes", "child_flags", "child_circumstances", "wider_services"}) {
    EXPECT_GT(count(*connection, std::string("SELECT COUNT(*) FROM ") + table + ""), 100) << table;
  }
  // Each allocated child has a completed youth justice assessment by their case manager.
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM case_workers w WHERE w.ended_at IS NULL AND NOT EXISTS"
                               " (SELECT 1 FROM assessments a JOIN assessment_templates t ON t.id = a.template_id"
                               " WHERE t.kind = 'youth_justice' AND a.child_id = w.child_id AND a.author_id = w.staff_id"
                               " AND a.state <> 'draft' AND a.completed_on <= {today})"),
            0);
  // Each order ended in the last two years has one completed while it ran.
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM outcomes o WHERE o.start_date IS NOT NULL"
                               " AND o.end_date <= {today} AND o.end_date >= {two_years_ago} AND o.completion <> 'ongoing'"
                               " AND NOT EXISTS (SELECT 1 FROM outcomes later WHERE later.child_id = o.child_id"
                               " AND later.start_date IS NOT NULL AND later.completion <> 'ongoing'"
                               " AND later.end_date <= {today} AND (later.end_date > o.end_date"
                               " OR (later.end_date = o.end_date AND later.id > o.id)))"
                               " AND NOT EXISTS (SELECT 1 FROM assessments a WHERE a.child_id = o.child_id"
                               " AND a.completed_on >= o.start_date AND a.completed_on <= o.end_date)"),
            0);
  // By the case manager holding the case.
  for (const char* sql :
       {"SELECT COUNT(*) FROM assessments r WHERE NOT EXISTS (SELECT 1 FROM case_workers w"
        " WHERE w.child_id = r.child_id AND w.staff_id = r.author_id)",
        "SELECT COUNT(*) FROM plans r WHERE NOT EXISTS (SELECT 1 FROM case_workers w"
        " WHERE w.child_id = r.child_id AND w.staff_id = r.created_by)",
        "SELECT COUNT(*) FROM appointments r WHERE NOT EXISTS (SELECT 1 FROM case_workers w JOIN staff s"
        " ON s.id = w.staff_id WHERE w.child_id = r.child_id AND w.staff_id = r.practitioner_id"
        " AND s.username = r.created_by)",
        "SELECT COUNT(*) FROM case_notes r WHERE NOT EXISTS (SELECT 1 FROM case_workers w JOIN staff s"
        " ON s.id = w.staff_id WHERE w.child_id = r.child_id AND s.username = r.recorded_by)",
        "SELECT COUNT(*) FROM plan_objectives o JOIN plans p ON p.id = o.plan_id WHERE o.owner_kind = 'staff'"
        " AND o.owner_staff_id <> p.created_by",
        "SELECT COUNT(*) FROM assessments WHERE state = 'countersigned' AND (countersigned_by = author_id"
        " OR countersigned_on < completed_on OR countersigned_on > {today})"}) {
    EXPECT_EQ(count(*connection, sql), 0) << sql;
  }
  // Dated within the order (or the remand): the assessments, what was planned, and the
  // appointments held; the coming ones after today.
  for (std::string sql :
       {"SELECT COUNT(*) FROM assessments r WHERE r.completed_on < r.started_on OR NOT EXISTS (SELECT 1 FROM"
        " windows w WHERE w.child_id = r.child_id AND w.from_day <= r.started_on AND r.completed_on <= w.to_day)",
        "SELECT COUNT(*) FROM plan_objectives o JOIN plans p ON p.id = o.plan_id WHERE NOT EXISTS (SELECT 1 FROM"
        " windows w WHERE w.child_id = p.child_id AND w.from_day <= substr(o.created_at, 1, 10)"
        " AND substr(o.created_at, 1, 10) <= w.to_day)",
        "SELECT COUNT(*) FROM appointments r WHERE r.status <> 'scheduled' AND NOT EXISTS (SELECT 1 FROM windows w"
        " WHERE w.child_id = r.child_id AND w.from_day <= r.starts_on AND r.starts_on <= w.to_day)",
        "SELECT COUNT(*) FROM appointments r WHERE r.status = 'scheduled' AND r.starts_on <= {today}"}) {
    EXPECT_EQ(count(*connection, case_windows + sql), 0) << sql;
  }
}

TEST(DemoNational, TheSameSeedGivesTheSamePracticeRecords) {
  TestDatabase first, second, other;
  demo::build_national_demo(first.database(), {7, 400, password});
  demo::build_national_demo(second.database(), {7, 400, password});
  demo::build_national_demo(other.database(), {8, 400, password});
  auto rows = practice_rows_in(first.database());
  EXPECT_GT(rows.size(), 2000u);
  EXPECT_EQ(rows, practice_rows_in(second.database()));
  EXPECT_NE(rows, practice_rows_in(other.database()));
}

// The YJB's practice indicators (docs/kpi.md, pathway-practice-2026-1) over the last year
// find the demo's needs, plans, interventions and wider services.
TEST(DemoNational, ThePracticeIndicatorsCountTheDemosRecords) {
  TestDatabase test;
  demo::build_national_demo(test.database(), {7, 3000, password});
  auto snapshot = measures::load_snapshot(*test.database().acquire());
  Date today = today_utc();
  auto period = measures::parse_period(to_iso(demo::days_after(today, -365)), to_iso(today));
  ASSERT_TRUE(period.ok());
  auto scope = measures::resolve_scope(snapshot, {}, {});
  ASSERT_TRUE(scope.ok());
  auto m = measures::measure_sets(snapshot, period.value(), {scope.value()}, measures::day_of(today)).front();
  EXPECT_GT(m.mental_health.ending, 200);
  EXPECT_GT(m.mental_health.identified, 0);
  EXPECT_GT(m.mental_health.planned, 0);
  EXPECT_GT(m.mental_health.attended, 0);
  EXPECT_GT(m.substance_misuse.identified, 0);
  EXPECT_GT(m.substance_misuse.planned, 0);
  EXPECT_GT(m.substance_misuse.attended, 0);
  EXPECT_GT(m.send.identified, 0);
  EXPECT_GT(m.send.with_plan, 0);
  EXPECT_GT(m.wider_services.supported, 0);
}

}  // namespace
}  // namespace pathway
