#include "store/deadlines_migration.h"

#include "deadlines/bank_holidays_data.h"
#include "deadlines/bank_holiday_csv.h"

namespace pathway::store {

namespace {

// The same SQL serves both backends: BIGINT is SQLite's INTEGER, and a task's key is its
// rule, child and subject, so no table needs a number the database makes.
constexpr std::string_view v28_deadlines = R"SQL(
CREATE TABLE bank_holidays (
  holiday_date TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE deadline_rule_delays (
  rule_code TEXT NOT NULL,
  applies_from TEXT NOT NULL,
  amount BIGINT NOT NULL CHECK (amount >= 0 AND amount <= 400),
  unit TEXT NOT NULL CHECK (unit IN ('working_days', 'calendar_days', 'months')),
  before_trigger BIGINT NOT NULL CHECK (before_trigger IN (0, 1)),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (rule_code, applies_from)
);
CREATE TABLE deadline_tasks (
  rule_code TEXT NOT NULL,
  child_id BIGINT NOT NULL REFERENCES children(id),
  subject TEXT NOT NULL,
  rule_applies_from TEXT NOT NULL,
  trigger_date TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'done', 'withdrawn')),
  closed_on TEXT,
  case_role TEXT NOT NULL,
  assigned_staff_id BIGINT REFERENCES staff(id),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (rule_code, child_id, subject),
  CHECK ((status = 'done') = (closed_on IS NOT NULL))
);
CREATE INDEX deadline_tasks_by_child ON deadline_tasks(child_id, status, due_on);
CREATE INDEX deadline_tasks_by_assignee ON deadline_tasks(assigned_staff_id, status);
)SQL";

}  // namespace

std::string deadlines_migration() { return std::string(v28_deadlines); }

void seed_bank_holidays(Connection& connection) {
  for (const auto& holiday : deadlines::bank_holidays_from_csv(deadlines::bank_holidays_data)) {
    deadlines::add_bank_holiday(connection, holiday);
  }
}

}  // namespace pathway::store
