// A child on a case manager's caseload with no case notes, flags or network, for the tests
// of those pages (tests/http/case_notes, flags, network): the demo county gives most
// children some, so each test clears the child's first.
import { sql } from './sqlite.mjs';
import { Browserless } from './server.mjs';

const taken = [];

export function childOfCaseworker(db, username = 'caseworker') {
  const exclude = taken.length ? ` AND c.public_id NOT IN (${taken.map((id) => `'${id}'`).join(', ')})` : '';
  const [id, rowId] = sql(db, `SELECT c.public_id || '|' || c.id FROM children c JOIN case_workers w ON w.child_id = c.id
    JOIN staff s ON s.id = w.staff_id WHERE s.username = '${username}' AND w.ended_at IS NULL AND c.restricted = 0${exclude}
    ORDER BY c.id LIMIT 1`).split('|');
  taken.push(id);
  sql(db, `DELETE FROM record_correction_fields WHERE correction_id IN (SELECT id FROM record_corrections
    WHERE record_kind = 'case_note' AND child_id = ${rowId})`);
  sql(db, `DELETE FROM record_corrections WHERE record_kind = 'case_note' AND child_id = ${rowId}`);
  sql(db, `DELETE FROM case_notes WHERE child_id = ${rowId}`);
  sql(db, `DELETE FROM child_flag_changes WHERE child_id = ${rowId}`);
  sql(db, `DELETE FROM child_flags WHERE child_id = ${rowId}`);
  sql(db, `DELETE FROM network_members WHERE child_id = ${rowId}`);
  return { id, rowId: Number(rowId) };
}

// Posts a form with the session's CSRF token.
export async function post(session, pathname, fields) {
  const home = await session.request('/');
  return session.request(pathname, { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text), ...fields } });
}

export function dateFields(prefix, date) {
  return { [`${prefix}-day`]: String(date.getUTCDate()), [`${prefix}-month`]: String(date.getUTCMonth() + 1),
    [`${prefix}-year`]: String(date.getUTCFullYear()) };
}

// The messages of the page's GOV.UK error summary.
export function errorSummary(html) {
  return [...html.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((match) => match[2]);
}
