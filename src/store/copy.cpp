#include "store/copy.h"

#include "store/migrations.h"
#include "store/transaction.h"

namespace pathway::store {

namespace {

struct TableColumns {
  std::string table;
  std::string columns;  // in the order they are read and written
  bool has_identity;    // an `id` the database numbers itself
  // A column naming another row of the same table (a line manager), set once every row is
  // in: the row it names may come later in id order.
  std::string self_reference = {};
  // A table the migrations create with its one row (the audit chain's head): the copy
  // overwrites that row instead of adding one.
  bool one_row = false;
  // A table the migrations seed with reference data (the secure estate's establishments):
  // the copy replaces the seeded rows with the source's.
  bool seeded = false;
};

// Kept in step with the migrations: store tests compare this list with the schema.
const std::vector<TableColumns>& tables() {
  static const std::vector<TableColumns> all = {
      {"areas", "code, name", false},
      {"districts", "code, name, area_code", false},
      {"district_populations", "district_code, year, population_10_17", false},
      {"teams", "code, name, active", false},
      {"team_districts", "team_code, district_code", false},
      {"staff",
       "id, username, display_name, roles, password_hash, active, created_at, team_code, fte_percent, "
       "caseload_capacity, scope_kind, scope_code, last_sign_in_at, must_change_password",
       true, "line_manager_id"},
      {"children",
       "id, public_id, exchange_id, given_name, family_name, search_name, sort_key, date_of_birth, sex, "
       "ethnicity, district_code, looked_after, version, created_at, updated_at, holding_team_code, restricted",
       true},
      {"case_workers", "id, child_id, staff_id, case_role, started_at, ended_at, allocated_by, reason, intensity, ended_by, "
       "end_reason, closed_case",
       true},
      {"restricted_record_staff", "child_id, staff_id", false},
      {"child_shares", "child_id, staff_id, shared_by, shared_at, reason", false},
      {"break_glass_grants", "id, child_id, staff_id, reason, opened_at, expires_at", true},
      {"service_settings", "name, value", false},
      {"staff_two_factor", "staff_id, sealed_secret, created_at, confirmed_at, last_step", false},
      {"two_factor_recovery_codes", "id, staff_id, code_hash, used_at", true},
      {"offences", "id, exchange_id, child_id, offence_date, category, gravity, description, created_at", true},
      {"outcomes",
       "id, exchange_id, child_id, outcome_date, outcome_type, start_date, end_date, length_months, completion, "
       "end_ete, end_accommodation, created_at",
       true},
      {"outcome_offences", "outcome_id, offence_id", false},
      {"offence_codefendants", "offence_id, child_id", false},
      {"remands", "id, exchange_id, child_id, start_date, end_date, remand_type, created_at", true},
      {"custody_episodes",
       "id, exchange_id, child_id, outcome_id, establishment, establishment_type, start_date, release_date, created_at",
       true},
      {"establishments", "id, name, establishment_type, youngest_age, oldest_age, holds_children, retired", true, {},
       false, true},
      {"yro_requirements",
       "id, outcome_id, kind, amount, unit, starts_on, ends_on, curfew_hours, created_at", true},
      {"yro_requirement_progress", "id, requirement_id, done_on, amount, note, recorded_by, created_at", true},
      {"order_warnings", "id, outcome_id, given_on, reason, given_by, created_at", true},
      {"breach_proceedings", "id, outcome_id, begun_on, court_date, result, created_at", true},
      {"referral_order_extensions", "id, outcome_id, made_on, months, reason, created_at", true},
      {"referral_order_revocations", "outcome_id, revoked_on, reason, created_at", false},
      {"outcome_courts", "outcome_id, court, hearing_date", false},
      {"court_hearings",
       "id, child_id, court, hearing_date, purpose, result, adjourned_to, result_notes, created_at", true},
      {"court_reports",
       "id, child_id, hearing_id, report_type, asked_on, due_on, status, submitted_on, assessment_on, "
       "quality_assured_on, created_at",
       true, "reused_report_id"},
      {"appointments",
       "id, child_id, practitioner_id, kind, starts_on, start_time, planned_minutes, place, with_whom, status, "
       "status_reason, present, held_at, minutes_taken, engagement, note, intervention, programme, need_area, "
       "warning_id, created_by, created_at, outcome_by, outcome_at",
       true},
      {"breach_decisions",
       "id, outcome_id, reason, proposed_by, proposed_at, decision, decided_by, decided_at, breach_proceedings_id",
       true},
      {"contact_expectations", "intensity, contacts, period_days, set_by, set_at", false},
      {"calendar_feeds", "staff_id, token_hash, created_at", false},
      {"decision_panels", "id, outcome_id, panel_date, recommendation, police_reason, recorded_at", true},
      {"decision_panel_attendees", "panel_id, position, agency, name", false},
      {"assessment_templates", "id, kind, version, title, description, loaded_at", true, {}, false, true},
      {"assessment_sections", "id, template_id, position, title, hint", true, {}, false, true},
      {"assessment_questions",
       "id, section_id, position, code, text, hint, answer_type, rating, min_value, max_value, required, need_area, "
       "need_if",
       true, {}, false, true},
      {"assessment_choices", "question_id, position, value, label", false, {}, false, true},
      {"assessments",
       "id, child_id, template_id, reassessment_of, state, author_id, started_on, completed_on, countersigned_by, "
       "countersigned_on, updated_at",
       true},
      {"assessment_answers", "assessment_id, question_id, answer", false},
      {"measure_targets", "measure_key, scope_kind, scope_code, target_value, set_by, set_at", false},
      {"record_corrections",
       "id, child_id, record_kind, record_id, corrected_at, corrected_by, corrected_by_name, reason", true},
      {"record_correction_fields", "correction_id, position, field, old_value, new_value", false},
      {"child_changes",
       "id, child_id, version, changed_at, changed_by, changed_by_name, reason, field, old_value, new_value", true},
      {"audit_events",
       "id, occurred_at, actor, action, record_type, record_id, address, detail, previous_hash, event_hash", true},
      {"audit_chain_head", "only_row, last_id, last_hash", false, {}, true},
      {"audit_event_records", "record_type, record_id, event_id", false},
      {"audit_records_filed", "only_row, up_to_event_id", false, {}, true},
      {"measure_record_changes", "only_row, changes", false, {}, true},
      {"board_report_jobs",
       "id, public_id, requested_by, quarter, scope_kind, scope_code, status, steps_done, steps_total, started_at, "
       "finished_at",
       true},
      {"board_report_files", "job_id, position, name, media_type, title, content_base64", false},
      {"bank_holidays", "holiday_date, name", false, {}, false, true},
      {"deadline_rule_delays", "rule_code, applies_from, amount, unit, before_trigger, changed_by, changed_at", false},
      {"deadline_tasks",
       "rule_code, child_id, subject, rule_applies_from, trigger_date, due_on, status, closed_on, case_role, "
       "assigned_staff_id, updated_at",
       false},
      {"case_formulations", "id, child_id, version, saved_by, saved_at", true},
      {"case_formulation_sections", "formulation_id, section, body", false},
      {"plans", "id, child_id, kind, created_by, created_at", true},
      {"plan_objectives",
       "id, plan_id, need_area, assessment_id, worker_words, child_words, owner_kind, owner_staff_id, owner_name, "
       "review_on, created_by, created_at",
       true},
      {"plan_actions", "id, objective_id, description, who, by_when, created_at", true},
      {"plan_reviews", "id, plan_id, reviewed_on, took_part, what_changed, next_review_on, recorded_by, recorded_at",
       true},
      {"case_notes",
       "id, child_id, note_type, happened_on, happened_time, summary, body, search_text, recorded_at, recorded_by, "
       "recorded_by_name",
       true},
      {"child_flags",
       "id, child_id, flag_type, mappa_level, start_date, review_date, end_date, reason, raised_at, raised_by, "
       "raised_by_name",
       true},
      {"child_flag_changes", "id, flag_id, child_id, change_kind, changed_at, changed_by, changed_by_name, what, why",
       true},
      {"network_members",
       "id, child_id, member_kind, name, relationship, agency, phone, email, address, parental_responsibility, "
       "may_contact, no_contact_reason, recorded_at, recorded_by, updated_at",
       true},
      {"child_circumstances",
       "id, child_id, kind, status, suitability, hours, from_date, note, recorded_at, recorded_by, recorded_by_name",
       true},
      {"early_warning_acknowledgements", "staff_id, warning_key, child_id, acknowledged_at", false},
      {"wider_services",
       "id, child_id, service, from_date, to_date, note, recorded_at, recorded_by, recorded_by_name, ended_at, "
       "ended_by",
       true},
  };
  return all;
}

std::string placeholders(const std::string& columns) {
  std::string marks = "?";
  for (char c : columns) {
    if (c == ',') marks += ", ?";
  }
  return marks;
}

void require_empty(Connection& target) {
  for (const auto& table : tables()) {
    if (table.one_row || table.seeded) continue;
    auto rows = target.query_one("SELECT COUNT(*) FROM " + table.table)->integer(0);
    if (rows > 0) {
      throw StoreError("the target database is not empty (" + table.table + " has " + std::to_string(rows) +
                       " rows): copy only into a new database");
    }
  }
}

}  // namespace

void advance_identity(Connection& target, const std::string& table) {
  if (target.backend() != Backend::postgresql) return;
  target.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), COALESCE((SELECT MAX(id) FROM " +
                 table + "), 0) + 1, false)");
}

const std::vector<std::string>& copied_tables() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list;
    for (const auto& table : tables()) list.push_back(table.table);
    return list;
  }();
  return names;
}

std::vector<std::string> derived_tables(Backend backend) {
  if (backend == Backend::postgresql) return {"children_count"};
  // The FTS5 table and its shadow tables.
  return {"children_count", "children_names", "children_names_data", "children_names_idx", "children_names_config"};
}

std::vector<CopiedTable> copy_database(Database& from, Database& to) {
  auto source = from.acquire();
  auto target = to.acquire();
  if (schema_version(*source) != schema_version(*target)) {
    throw StoreError("the two databases are at different schema versions: migrate both first");
  }
  std::vector<CopiedTable> copied;
  Transaction reading(*source);  // one consistent snapshot of the source
  Transaction writing(*target);
  require_empty(*target);
  // Seeded rows go before any is copied, the last seeded table first: an assessment
  // template's questions name its sections, which name the template.
  for (auto table = tables().rbegin(); table != tables().rend(); ++table) {
    if (table->seeded) target->execute("DELETE FROM " + table->table);
  }
  for (const auto& table : tables()) {
    std::string write = table.one_row ? "UPDATE " + table.table + " SET (" + table.columns + ") = (" +
                                            placeholders(table.columns) + ")"
                                      : "INSERT INTO " + table.table + " (" + table.columns + ") VALUES (" +
                                            placeholders(table.columns) + ")";
    auto rows = source->query("SELECT " + table.columns + " FROM " + table.table + " ORDER BY 1", {});
    for (const auto& row : rows) {
      std::vector<Value> values;
      values.reserve(row.size());
      for (std::size_t i = 0; i < row.size(); ++i) values.push_back(row.value(i));
      target->execute(write, values);
    }
    if (!table.self_reference.empty()) {
      for (const auto& row : source->query("SELECT id, " + table.self_reference + " FROM " + table.table +
                                               " WHERE " + table.self_reference + " IS NOT NULL",
                                           {})) {
        target->execute("UPDATE " + table.table + " SET " + table.self_reference + " = ? WHERE id = ?",
                        {row.value(1), row.value(0)});
      }
    }
    if (table.has_identity) advance_identity(*target, table.table);
    copied.push_back({table.table, static_cast<std::int64_t>(rows.size())});
  }
  writing.commit();
  return copied;
}

}  // namespace pathway::store
