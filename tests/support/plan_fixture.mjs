// Clears a child's case formulation and plans (the demo may have written them), so a test
// starts from none.
import { sql } from './sqlite.mjs';

export function clearPlans(db, rowId) {
  const plans = `SELECT id FROM plans WHERE child_id = ${rowId}`;
  sql(db, `DELETE FROM plan_actions WHERE objective_id IN (SELECT id FROM plan_objectives WHERE plan_id IN (${plans}))`);
  sql(db, `DELETE FROM plan_objectives WHERE plan_id IN (${plans})`);
  sql(db, `DELETE FROM plan_reviews WHERE plan_id IN (${plans})`);
  sql(db, `DELETE FROM plans WHERE child_id = ${rowId}`);
  sql(db, `DELETE FROM case_formulation_sections WHERE formulation_id IN (SELECT id FROM case_formulations WHERE child_id = ${rowId})`);
  sql(db, `DELETE FROM case_formulations WHERE child_id = ${rowId}`);
}
