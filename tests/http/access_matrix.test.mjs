// The access matrix: every route the server has, for every role (one demo account each),
// against every relationship a member of staff can have to a child's record, compared with
// the allow or deny written out by hand in tests/http/access/*.mjs. The expectations are
// this test's own table, not computed by the code under test, and a route missing from the
// table fails the test. Runs on both backends (PATHWAY_TEST_BACKEND).
//
// Each persona gets its own fixture child for each relationship, set up with SQL on a
// fresh demo database, so one persona's relationships never leak into another's rows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { createDemoDatabase, startServer, Browserless, binary } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';
import { personas, relationships } from './access/personas.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let database;
let server;
const sessions = new Map();  // persona -> Browserless, signed in
const fixture = new Map();   // persona -> relationship -> child public id
let entries = [];

async function loadEntries() {
  const directory = path.join(here, 'access');
  const files = readdirSync(directory).filter((name) => name.endsWith('.mjs') && name !== 'personas.mjs').sort();
  const loaded = [];
  for (const file of files) {
    const module = await import(pathToFileURL(path.join(directory, file)).href);
    for (const entry of module.default) loaded.push({ ...entry, file });
  }
  return loaded;
}

function id(db, username) {
  return Number(sql(db, `SELECT id FROM staff WHERE username = '${username}'`));
}

// Makes each persona's fixture children out of demo children: every fixture child lives in
// Dover and is held by the South Kent unit (no persona's team or scope) unless its
// relationship says otherwise, and has no allocation, grant, share or restriction but its
// own.
function buildFixture(db) {
  const needed = Object.keys(personas).length * relationships.length;
  const rows = sql(db, `SELECT id, public_id FROM children ORDER BY id LIMIT ${needed}`).split('\n').map((line) => line.split('|'));
  assert.equal(rows.length, needed, 'the demo database has enough children for the fixture');
  const ids = rows.map(([rowId]) => rowId).join(', ');
  sql(db, `DELETE FROM case_workers WHERE child_id IN (${ids})`);
  sql(db, `DELETE FROM break_glass_grants WHERE child_id IN (${ids})`);
  sql(db, `DELETE FROM child_shares WHERE child_id IN (${ids})`);
  sql(db, `DELETE FROM restricted_record_staff WHERE child_id IN (${ids})`);
  sql(db, `UPDATE children SET restricted = 0, holding_team_code = 'SOUTH', district_code = 'DOVER' WHERE id IN (${ids})`);
  const now = Math.floor(Date.now() / 1000);
  const outsider = id(db, 'kwame.asante');  // a North Kent case manager who is no persona
  let next = 0;
  for (const [persona, username] of Object.entries(personas)) {
    const staffId = id(db, username);
    const mine = new Map();
    for (const relationship of relationships) {
      const [childId, publicId] = rows[next++];
      const allocate = `INSERT INTO case_workers (child_id, staff_id, case_role, started_at, allocated_by) VALUES (${childId}, %s, 'co_worker', '2026-01-05T09:00:00Z', 'test')`;
      switch (relationship) {
        case 'allocated':
          sql(db, allocate.replace('%s', staffId));
          break;
        case 'same_team':
          sql(db, `UPDATE children SET holding_team_code = 'NORTH', district_code = 'DARTFORD' WHERE id = ${childId}`);
          break;
        case 'other_team':
          break;
        case 'restricted_named':
          sql(db, `UPDATE children SET restricted = 1, holding_team_code = 'NORTH', district_code = 'DARTFORD' WHERE id = ${childId}`);
          sql(db, `INSERT INTO restricted_record_staff (child_id, staff_id) VALUES (${childId}, ${staffId})`);
          break;
        case 'restricted_not_named':
          // Allocated and in the persona's team, yet not named: still closed.
          sql(db, `UPDATE children SET restricted = 1, holding_team_code = 'NORTH', district_code = 'DARTFORD' WHERE id = ${childId}`);
          sql(db, allocate.replace('%s', staffId));
          sql(db, `INSERT INTO restricted_record_staff (child_id, staff_id) VALUES (${childId}, ${outsider})`);
          break;
        case 'break_glass_open':
          sql(db, `INSERT INTO break_glass_grants (child_id, staff_id, reason, opened_at, expires_at) VALUES (${childId}, ${staffId}, 'court duty', ${now - 3600}, ${now + 86400})`);
          break;
        case 'break_glass_expired':
          sql(db, `INSERT INTO break_glass_grants (child_id, staff_id, reason, opened_at, expires_at) VALUES (${childId}, ${staffId}, 'court duty', ${now - 200000}, ${now - 100000})`);
          break;
        case 'shared':
          sql(db, `INSERT INTO child_shares (child_id, staff_id, shared_by, shared_at, reason) VALUES (${childId}, ${staffId}, 'dpo', '2026-01-05T09:00:00Z', 'information sharing agreement')`);
          break;
        default:
          throw new Error(`no fixture for relationship ${relationship}`);
      }
      mine.set(relationship, publicId);
    }
    fixture.set(persona, mine);
  }
}

before(async () => {
  entries = await loadEntries();
  database = createDemoDatabase({ children: 300 });
  buildFixture(database.db);
  server = await startServer(database.db);
  for (const [persona, username] of Object.entries(personas)) {
    const session = new Browserless(server.baseUrl);
    assert.equal((await session.signIn(username)).status, 303, `${persona} signs in`);
    sessions.set(persona, session);
  }
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// The words of an expectation: "allocated same_team" -> Set.
function words(text = '') {
  return new Set(text.split(/\s+/).filter(Boolean));
}

async function call(session, entry, target) {
  const [method] = entry.route.split(' ');
  const pathname = entry.path(target);
  if (method === 'GET') return session.request(pathname);
  const page = await session.request('/');
  const token = Browserless.csrfToken(page.text);
  return session.request(pathname, { method, form: { csrf_token: token, ...(entry.form ? entry.form(target) : {}) } });
}

test('every route the server has is in the access table', () => {
  const listed = execFileSync(binary, ['serve', '--db', database.db, '--list-routes'], { encoding: 'utf8' })
    .split('\n').filter(Boolean);
  const routes = listed.map((line) => line.split(' ').slice(0, 2).join(' '));
  const table = new Set(entries.map((entry) => entry.route));
  assert.deepEqual(routes.filter((route) => !table.has(route)), [], 'routes missing from tests/http/access/*.mjs');
  assert.deepEqual([...table].filter((route) => !routes.includes(route)), [], 'table rows for routes the server does not have');
  for (const line of listed) assert.ok(line.split(' ').length === 3, `each route declares a permission or public: ${line}`);
});

test('the table names only known personas and relationships', () => {
  for (const entry of entries) {
    for (const [persona, allowed] of Object.entries(entry.allow)) {
      assert.ok(persona in personas, `${entry.file}: ${entry.route}: unknown persona ${persona}`);
      if (entry.record) {
        for (const relationship of words(allowed)) {
          assert.ok(relationships.includes(relationship), `${entry.file}: ${entry.route}: unknown relationship ${relationship}`);
        }
      } else {
        assert.ok(allowed === true, `${entry.file}: ${entry.route}: a route about no record is allowed with true`);
      }
    }
  }
});

test('every route answers every persona and relationship as the table says', async () => {
  const problems = [];
  const notFound = new Map();  // persona -> the page a missing child gets
  // Routes that end the session (sign out) run after all the others.
  const ordered = [...entries.filter((entry) => !entry.last), ...entries.filter((entry) => entry.last)];
  for (const entry of ordered) {
    for (const persona of Object.keys(personas)) {
      const session = sessions.get(persona);
      const targets = entry.record ? relationships : [null];
      for (const relationship of targets) {
        const allowed = entry.record ? words(entry.allow[persona]).has(relationship) : entry.allow[persona] === true;
        const target = relationship ? fixture.get(persona).get(relationship) : null;
        const answer = await call(session, entry, target);
        const where = `${entry.route} as ${persona}${relationship ? ` (${relationship})` : ''}`;
        if (allowed) {
          const expected = entry.allowed ?? [200];
          if (!expected.includes(answer.status)) problems.push(`${where}: expected ${expected.join(' or ')}, got ${answer.status}`);
          continue;
        }
        if (answer.status === 403) continue;  // the role lacks the permission
        if (!entry.record || answer.status !== 404) {
          problems.push(`${where}: expected a refusal, got ${answer.status}`);
          continue;
        }
        // Refused by need to know: exactly the page of a child that does not exist.
        if (!notFound.has(persona)) notFound.set(persona, await call(session, { ...entry, route: 'GET x', path: () => '/children/NOSUCHCHILD' }, null));
        const missing = notFound.get(persona);
        const heading = (html) => html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1];
        if (heading(answer.text) !== heading(missing.text)) problems.push(`${where}: refused page differs from a missing child's`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('each refusal by need to know is in the audit trail', () => {
  const refusals = Number(sql(database.db, "SELECT COUNT(*) FROM audit_events WHERE action = 'child.refused'"));
  assert.ok(refusals > 0, 'refused records are audited');
});
