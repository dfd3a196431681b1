// A child's justice history written straight into a test database (offences, outcomes and
// the offences they dispose of, remands, custody episodes), for the chronology's HTTP and
// browser tests. Dates are days before today, so what is in force today does not depend on
// when the test runs: an order without an end, a remand to youth detention and a custody
// episode are in force; a completed referral order and a bail period are over.
import assert from 'node:assert/strict';
import { sql } from './sqlite.mjs';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
export const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
export const daysAgo = (days) => new Date(today.getTime() - days * 86400000);
export const iso = (date) => date.toISOString().slice(0, 10);
export const shown = (date) => `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
export const inAYear = (date) => {
  const next = new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
  // 29 February a year on is the last day of February.
  return next.getUTCMonth() === date.getUTCMonth() ? next : new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth() + 1, 0));
};

// The test child's history, oldest first.
const offences = [
  { ref: 'CHR-O1', days: 400, category: 'burglary', gravity: 3, description: 'Broke into a garden shed' },
  { ref: 'CHR-O2', days: 120, category: 'theft_and_handling', gravity: 2 },
  { ref: 'CHR-O3', days: 30, category: 'violence_against_the_person', gravity: 5 },
];
const outcomes = [
  // Completed and ended: not in force.
  { ref: 'CHR-U1', days: 380, type: 'referral_order', start: 370, end: 200, length: 6, completion: 'completed', offences: ['CHR-O1'] },
  // No end recorded: in force, expected to end 12 months after its start.
  { ref: 'CHR-U2', days: 60, type: 'youth_rehabilitation_order', start: 60, length: 12, completion: 'ongoing', offences: ['CHR-O2'] },
];
const remands = [
  { ref: 'CHR-R1', start: 115, end: 61, type: 'conditional_bail' },
  { ref: 'CHR-R2', start: 25, type: 'remand_youth_detention' },
];
const custody = [{ ref: 'CHR-C1', start: 25, establishment: 'Cookham Wood YOI', type: 'yoi' }];

const text = (value) => (value === undefined ? 'NULL' : `'${value}'`);
const day = (days) => (days === undefined ? 'NULL' : `'${iso(daysAgo(days))}'`);

export function insertHistory(db, rowId) {
  const created = `'${new Date().toISOString().slice(0, 19)}Z'`;
  for (const o of offences) {
    sql(db, `INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, description, created_at)
      VALUES ('${o.ref}', ${rowId}, ${day(o.days)}, '${o.category}', ${o.gravity}, ${text(o.description)}, ${created})`);
  }
  for (const u of outcomes) {
    sql(db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date, end_date, length_months, completion, created_at)
      VALUES ('${u.ref}', ${rowId}, ${day(u.days)}, '${u.type}', ${day(u.start)}, ${day(u.end)}, ${u.length ?? 'NULL'}, ${text(u.completion)}, ${created})`);
    for (const offence of u.offences) {
      sql(db, `INSERT INTO outcome_offences (outcome_id, offence_id) VALUES
        ((SELECT id FROM outcomes WHERE exchange_id = '${u.ref}'), (SELECT id FROM offences WHERE exchange_id = '${offence}'))`);
    }
  }
  for (const r of remands) {
    sql(db, `INSERT INTO remands (exchange_id, child_id, start_date, end_date, remand_type, created_at)
      VALUES ('${r.ref}', ${rowId}, ${day(r.start)}, ${day(r.end)}, '${r.type}', ${created})`);
  }
  for (const c of custody) {
    sql(db, `INSERT INTO custody_episodes (exchange_id, child_id, establishment, establishment_type, start_date, release_date, created_at)
      VALUES ('${c.ref}', ${rowId}, '${c.establishment}', '${c.type}', ${day(c.start)}, NULL, ${created})`);
  }
}

// The demo county gives every child a justice history: a test that needs a child's record
// to hold only what it writes first takes that history away (children.id `rowId`).
export function clearJusticeRecord(db, rowId) {
  const offences = `SELECT id FROM offences WHERE child_id = ${rowId}`;
  const outcomes = `SELECT id FROM outcomes WHERE child_id = ${rowId}`;
  sql(db, `DELETE FROM offence_codefendants WHERE child_id = ${rowId} OR offence_id IN (${offences})`);
  sql(db, `DELETE FROM custody_episodes WHERE child_id = ${rowId}`);
  const requirements = `SELECT id FROM yro_requirements WHERE outcome_id IN (${outcomes})`;
  sql(db, `DELETE FROM yro_requirement_progress WHERE requirement_id IN (${requirements})`);
  sql(db, `DELETE FROM yro_requirements WHERE outcome_id IN (${outcomes})`);
  // Contacts (schema 32) name the warnings an absence led to, and breach decisions the order.
  sql(db, `UPDATE appointments SET warning_id = NULL WHERE warning_id IN (SELECT id FROM order_warnings WHERE outcome_id IN (${outcomes}))`);
  sql(db, `DELETE FROM breach_decisions WHERE outcome_id IN (${outcomes})`);
  for (const table of ['order_warnings', 'breach_proceedings', 'referral_order_extensions', 'referral_order_revocations']) {
    sql(db, `DELETE FROM ${table} WHERE outcome_id IN (${outcomes})`);
  }
  // The court record (schema 20) names the child's outcomes and hearings.
  sql(db, `DELETE FROM outcome_courts WHERE outcome_id IN (${outcomes})`);
  sql(db, `DELETE FROM decision_panel_attendees WHERE panel_id IN (SELECT id FROM decision_panels WHERE outcome_id IN (${outcomes}))`);
  sql(db, `DELETE FROM decision_panels WHERE outcome_id IN (${outcomes})`);
  sql(db, `DELETE FROM court_reports WHERE child_id = ${rowId}`);
  sql(db, `DELETE FROM court_hearings WHERE child_id = ${rowId}`);
  sql(db, `DELETE FROM outcome_offences WHERE outcome_id IN (${outcomes}) OR offence_id IN (${offences})`);
  sql(db, `DELETE FROM outcomes WHERE child_id = ${rowId}`);
  sql(db, `DELETE FROM offences WHERE child_id = ${rowId}`);
  sql(db, `DELETE FROM remands WHERE child_id = ${rowId}`);
  // Corrections (schema 24) name the records above by id: a record added later may take a freed id.
  sql(db, `DELETE FROM record_correction_fields WHERE correction_id IN (SELECT id FROM record_corrections WHERE child_id = ${rowId})`);
  sql(db, `DELETE FROM record_corrections WHERE child_id = ${rowId}`);
}

// A child of 14 to 16 recorded as not looked after, held outside the North Kent unit and
// allocated to no one (the head of service opens the record, North Kent's case manager may
// not), with the history above: { id (public), rowId }.
export function childWithHistory(db) {
  const [id, rowId] = sql(db, `SELECT public_id, id FROM children c WHERE c.restricted = 0
    AND c.looked_after = 'no' AND COALESCE(c.holding_team_code, '') <> 'NORTH'
    AND c.date_of_birth BETWEEN '${iso(daysAgo(16 * 365))}' AND '${iso(daysAgo(14 * 365))}'
    AND NOT EXISTS (SELECT 1 FROM break_glass_grants g WHERE g.child_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM child_shares s WHERE s.child_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM case_workers w WHERE w.child_id = c.id AND w.ended_at IS NULL)
    ORDER BY c.id LIMIT 1`).split('|');
  assert.ok(id, 'the demo has a child to test with');
  clearJusticeRecord(db, Number(rowId));
  insertHistory(db, Number(rowId));
  return { id, rowId: Number(rowId) };
}
