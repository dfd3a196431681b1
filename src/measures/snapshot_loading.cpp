#include "measures/snapshot_loading.h"

#include <algorithm>
#include <functional>

#include "core/text.h"
#include "justice/row_dates.h"
#include "measures/snapshot_builder.h"
#include "store/transaction.h"

namespace pathway::measures {

namespace {

// Rows read per query: enough that the query's own cost is small beside its rows.
constexpr std::int64_t batch_rows = 50'000;

using justice::date_in;
using justice::optional_date_in;

// Calls `visit` for each row of `sql`, which takes a range of ids [?, ?), in id order. The
// ranges keep each PostgreSQL result small; SQLite reads them row by row either way.
void each_row(store::Connection& connection, std::string_view table, std::string_view id_column,
              std::string_view sql, const std::function<void(const store::RowView&)>& visit) {
  std::string largest = "SELECT COALESCE(MAX(" + std::string(id_column) + "), 0) FROM " + std::string(table);
  std::int64_t last = connection.query_one(largest)->integer(0);
  for (std::int64_t from = 0; from <= last; from += batch_rows) connection.each_row(sql, {from, from + batch_rows}, visit);
}

CompletionCode completion_of(const store::RowView& row, std::size_t column) {
  if (row.is_null(column)) return completion_unknown;
  auto code = completion_code(row.text(column));
  if (!code) throw store::StoreError("the database holds an unknown completion");
  return *code;
}

Ending::Status status_of(const store::RowView& row, std::size_t column) {
  if (row.is_null(column)) return Ending::Status::unknown;
  return row.text(column) == "suitable" ? Ending::Status::suitable : Ending::Status::unsuitable;
}

SnapshotBuilder start_builder(store::Connection& connection) {
  std::vector<DistrictInScope> districts;
  for (const auto& row : connection.query("SELECT code, area_code FROM districts", {})) {
    districts.push_back({row.text(0), row.text(1)});
  }
  std::vector<std::string> areas;
  for (const auto& row : connection.query("SELECT code FROM areas", {})) areas.push_back(row.text(0));
  SnapshotBuilder builder(std::move(districts), std::move(areas));
  for (const auto& row : connection.query("SELECT district_code, year, population_10_17 FROM district_populations", {})) {
    builder.add_population(row.text(0), static_cast<int>(row.integer(1)), row.integer(2));
  }
  return builder;
}

void read_children(store::Connection& connection, SnapshotBuilder& builder) {
  each_row(connection, "children", "id",
           "SELECT id, date_of_birth, district_code FROM children WHERE id >= ? AND id < ?",
           [&](const store::RowView& row) { builder.add_child(row.integer(0), date_in(row, 1), row.text(2)); });
}

void read_offences(store::Connection& connection, SnapshotBuilder& builder) {
  each_row(connection, "offences", "id",
           "SELECT id, child_id, offence_date, category, gravity FROM offences WHERE id >= ? AND id < ?",
           [&](const store::RowView& row) {
             builder.add_offence(row.integer(0), row.integer(1), date_in(row, 2), row.text(3), row.integer(4));
           });
}

void read_outcomes(store::Connection& connection, SnapshotBuilder& builder) {
  each_row(connection, "outcomes", "id",
           "SELECT id, exchange_id, child_id, outcome_date, outcome_type, start_date, end_date, completion, end_ete, "
           "end_accommodation FROM outcomes WHERE id >= ? AND id < ?",
           [&](const store::RowView& row) {
             auto type = outcome_code(row.text(4));
             if (!type) throw store::StoreError("the database holds an unknown outcome type");
             builder.add_outcome({row.integer(0), row.text(1), row.integer(2), date_in(row, 3), *type,
                                  optional_date_in(row, 5), optional_date_in(row, 6), completion_of(row, 7), status_of(row, 8),
                                  status_of(row, 9)});
           });
  each_row(connection, "outcome_offences", "outcome_id",
           "SELECT outcome_id, offence_id FROM outcome_offences WHERE outcome_id >= ? AND outcome_id < ?",
           [&](const store::RowView& row) { builder.add_disposed_offence(row.integer(0), row.integer(1)); });
}

void read_remands_and_releases(store::Connection& connection, SnapshotBuilder& builder) {
  each_row(connection, "remands", "id", "SELECT child_id, start_date, remand_type FROM remands WHERE id >= ? AND id < ?",
           [&](const store::RowView& row) { builder.add_remand(row.integer(0), date_in(row, 1), row.text(2)); });
  each_row(connection, "custody_episodes", "id",
           "SELECT child_id, release_date, outcome_id FROM custody_episodes WHERE id >= ? AND id < ? "
           "AND outcome_id IS NOT NULL AND release_date IS NOT NULL",
           [&](const store::RowView& row) { builder.add_release(row.integer(0), date_in(row, 1), row.integer(2)); });
}

// The need areas (practice/need_areas.h) the practice indicators read, as stored.
constexpr std::string_view mental_health_area = "emotional_mental_health";
constexpr std::string_view substance_misuse_area = "substance_misuse";
constexpr std::string_view send_area = "special_educational_needs";

PracticeNeed need_of(std::string_view area) {
  return area == mental_health_area ? PracticeNeed::mental_health : PracticeNeed::substance_misuse;
}

// Whether an answer identifies its question's need: it is one of the question's need_if
// answers, stored comma-separated (the rule of practice/assessments/assessment_rules.h's
// needs_in, read here from the rows so the measures need not load each template).
bool identifies_need(std::string_view need_if, std::string_view answer) {
  for (const auto& listed : split_on_commas(need_if)) {
    if (listed == answer) return true;
  }
  return false;
}

// Completed (or countersigned) assessments only: a draft has found nothing yet.
void read_assessments(store::Connection& connection, SnapshotBuilder& builder) {
  each_row(connection, "assessments", "id",
           "SELECT a.child_id, a.completed_on, q.need_area, q.need_if, n.answer FROM assessments a "
           "JOIN assessment_answers n ON n.assessment_id = a.id JOIN assessment_questions q ON q.id = n.question_id "
           "WHERE a.id >= ? AND a.id < ? AND a.state <> 'draft' "
           "AND q.need_area IN ('emotional_mental_health', 'substance_misuse')",
           [&](const store::RowView& row) {
             if (identifies_need(row.text(3), row.text(4))) {
               builder.add_need_found(row.integer(0), date_in(row, 1), need_of(row.text(2)));
             }
           });
  // Each SEND screening once, in id order, with its need and whether a plan is in place:
  // the screening's rows come together, ordered by assessment within each batch.
  std::int64_t screening = 0, child = 0;
  Date completed_on{};
  bool need = false, plan = false;
  auto add_screening = [&] {
    if (screening != 0) builder.add_send_screening(child, completed_on, need, plan);
  };
  each_row(connection, "assessments", "id",
           "SELECT a.id, a.child_id, a.completed_on, q.code, q.need_area, q.need_if, n.answer FROM assessments a "
           "JOIN assessment_templates t ON t.id = a.template_id AND t.kind = 'send' "
           "JOIN assessment_answers n ON n.assessment_id = a.id JOIN assessment_questions q ON q.id = n.question_id "
           "WHERE a.id >= ? AND a.id < ? AND a.state <> 'draft' ORDER BY a.id",
           [&](const store::RowView& row) {
             if (row.integer(0) != screening) {
               add_screening();
               screening = row.integer(0);
               child = row.integer(1);
               completed_on = date_in(row, 2);
               need = plan = false;
             }
             if (row.text(4) == send_area && identifies_need(row.text(5), row.text(6))) need = true;
             if (row.text(3) == "plan_in_place" && row.text(6) == "yes") plan = true;
           });
  add_screening();
}

// Objectives of either kind of plan (intervention or resettlement), on the day they were
// made; interventions the child attended, on the day they were held.
void read_plans_and_interventions(store::Connection& connection, SnapshotBuilder& builder) {
  each_row(connection, "plan_objectives", "id",
           "SELECT p.child_id, o.created_at, o.need_area FROM plan_objectives o JOIN plans p ON p.id = o.plan_id "
           "WHERE o.id >= ? AND o.id < ? AND o.need_area IN ('emotional_mental_health', 'substance_misuse')",
           [&](const store::RowView& row) {
             auto made_on = parse_iso_date(row.text(1).substr(0, 10));
             if (!made_on) throw store::StoreError("the database holds a plan objective with no date made");
             builder.add_objective(row.integer(0), *made_on, need_of(row.text(2)));
           });
  each_row(connection, "appointments", "id",
           "SELECT child_id, starts_on, need_area FROM appointments WHERE id >= ? AND id < ? AND status = 'attended' "
           "AND intervention IS NOT NULL AND need_area IN ('emotional_mental_health', 'substance_misuse')",
           [&](const store::RowView& row) {
             builder.add_intervention_attended(row.integer(0), date_in(row, 1), need_of(row.text(2)));
           });
}

void read_wider_services(store::Connection& connection, SnapshotBuilder& builder) {
  static const std::pair<std::string_view, WiderService> services[] = {
      {"early_help", WiderService::early_help},
      {"child_in_need", WiderService::child_in_need},
      {"child_protection", WiderService::child_protection},
      {"looked_after", WiderService::looked_after}};
  each_row(connection, "wider_services", "id",
           "SELECT child_id, service, from_date, to_date FROM wider_services WHERE id >= ? AND id < ?",
           [&](const store::RowView& row) {
             auto found = std::find_if(std::begin(services), std::end(services),
                                       [&](const auto& known) { return known.first == row.text(1); });
             if (found == std::end(services)) throw store::StoreError("the database holds an unknown wider service");
             builder.add_wider_service(row.integer(0), found->second, date_in(row, 2), optional_date_in(row, 3));
           });
}

}  // namespace

RecordSnapshot load_snapshot(store::Connection& connection) {
  store::ReadSnapshot moment(connection);
  SnapshotBuilder builder = start_builder(connection);
  read_children(connection, builder);
  read_offences(connection, builder);
  read_outcomes(connection, builder);
  read_remands_and_releases(connection, builder);
  read_assessments(connection, builder);
  read_plans_and_interventions(connection, builder);
  read_wider_services(connection, builder);
  return builder.finish();
}

std::int64_t record_changes(store::Connection& connection) {
  return connection.query_one("SELECT changes FROM measure_record_changes WHERE only_row = 1")->integer(0);
}

}  // namespace pathway::measures
