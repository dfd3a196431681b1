// Arranges who may see which child directly in a test database (allocations, restricted
// records, break-glass clocks), so access tests set up exactly the relationship they test.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { sql } from './sqlite.mjs';
import { DEMO_PASSWORD } from './server.mjs';

export function staffId(db, username) {
  return Number(sql(db, `SELECT id FROM staff WHERE username = '${username}'`));
}

export function childRowId(db, publicId) {
  return Number(sql(db, `SELECT id FROM children WHERE public_id = '${publicId}'`));
}

// Public ids of `count` children nobody has restricted, shared or broken into, and nobody
// is allocated to now (the demo's ended allocations grant nothing), held by no team of the demo's named practitioners (the North Kent unit),
// newest first: outside the need to know of everyone but managers and whole-service roles,
// and clear of the demo's access history and of other tests, with no task open on them (a
// task would put the child on whoever is allocated them later).
export function untouchedChildren(db, count, skip = 0) {
  const ids = sql(db, `SELECT public_id FROM children c WHERE c.restricted = 0
    AND COALESCE(c.holding_team_code, '') <> 'NORTH'
    AND NOT EXISTS (SELECT 1 FROM break_glass_grants g WHERE g.child_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM child_shares s WHERE s.child_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM case_workers w WHERE w.child_id = c.id AND w.ended_at IS NULL)
    AND NOT EXISTS (SELECT 1 FROM deadline_tasks t WHERE t.child_id = c.id AND t.status = 'open')
    ORDER BY c.id DESC LIMIT ${count} OFFSET ${skip}`).split('\n').filter(Boolean);
  if (ids.length < count) throw new Error(`only ${ids.length} untouched children, ${count} wanted`);
  return ids;
}

// Ends every allocation `username` holds, so a test that gives them children of its own
// starts from a home page and a "My work" list with nothing else on them (the demo county
// gives its workers cases with tasks due).
export function clearCaseload(db, username) {
  sql(db, `UPDATE case_workers SET ended_at = '2026-01-05T09:00:00Z', ended_by = 'test'
    WHERE staff_id = ${staffId(db, username)} AND ended_at IS NULL`);
}

export function allocate(db, publicId, username, caseRole = 'case_manager') {
  sql(db, `INSERT INTO case_workers (child_id, staff_id, case_role, started_at, allocated_by)
    VALUES (${childRowId(db, publicId)}, ${staffId(db, username)}, '${caseRole}', '2026-01-05T09:00:00Z', 'test')`);
}

// Moves every grant on the child back, so that it ended a minute ago.
export function expireBreakGlass(db, publicId) {
  const now = Math.floor(Date.now() / 1000);
  sql(db, `UPDATE break_glass_grants SET opened_at = ${now - 86400}, expires_at = ${now - 60}
    WHERE child_id = ${childRowId(db, publicId)}`);
}

// Adds an account with the demo password through `pathway user add`.
export function addAccount(db, username, role, name) {
  execFileSync(process.env.PATHWAY_BIN ?? path.resolve('build/pathway'),
    ['user', 'add', '--db', db, '--username', username, '--role', role, '--name', name],
    { input: DEMO_PASSWORD + '\n', stdio: ['pipe', 'ignore', 'inherit'] });
}
