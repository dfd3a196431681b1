// The audit trail's hash chain end to end: two `pathway serve` processes on one database
// serve sign-ins and page views at once, and `pathway audit verify` then finds one intact
// chain; a trail altered behind the program's back (its triggers dropped by hand) fails
// verify with the first fault and a non-zero exit. Runs on SQLite and on PostgreSQL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createDemoDatabase, startServer, Browserless, backend } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';

const binary = process.env.PATHWAY_BIN ?? path.resolve('build/pathway');

let database;

before(() => {
  database = createDemoDatabase();
});

after(() => database?.remove());

function pathway(args) {
  return spawnSync(binary, args, { encoding: 'utf8' });
}

function verify(...extra) {
  return pathway(['audit', 'verify', '--db', database.db, ...extra]);
}

const intact = /^(\d+) events, chain intact; head: event (\d+), hash ([0-9a-f]{64})\n$/;

// Signs in, trying again while the server answers that its password checks are all busy
// (503: sign-ins from both servers' visits arrive together on a machine of two cores).
async function signIn(staff, username) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const answer = await staff.signIn(username);
    if (answer.status !== 503) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`${username} could not sign in: the server stayed busy`);
}

// One member of staff's visit: sign in, look through the list, open children, sign out.
async function visit(server, username) {
  const staff = new Browserless(server.baseUrl);
  const signedIn = await signIn(staff, username);
  assert.equal(signedIn.status, 303, `${username} signs in`);
  const list = await staff.request('/children');
  assert.equal(list.status, 200);
  for (const [, id] of [...list.text.matchAll(/href="\/children\/([A-Z0-9]+)\?back=/g)].slice(0, 3)) {
    assert.ok((await staff.request(`/children/${id}`)).status < 500);
  }
  const home = await staff.request('/');
  await staff.request('/sign-out', { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text) } });
}

test('audit verify has --help', () => {
  for (const command of [['audit'], ['audit', 'verify']]) {
    const result = pathway([...command, '--help']);
    assert.equal(result.status, 0, command.join(' '));
    assert.match(result.stdout, /Usage:/);
  }
});

test('two servers writing to one database at once make one intact chain', async () => {
  const servers = [await startServer(database.db), await startServer(database.db)];
  const before = count(database.db, 'audit_events');
  try {
    const visits = [];
    for (const server of servers) {
      for (const username of ['caseworker', 'caseworker2', 'manager']) {
        visits.push((async () => {
          for (let i = 0; i < 4; i++) await visit(server, username);
        })());
      }
    }
    await Promise.all(visits);
  } finally {
    for (const server of servers) await server.stop();
  }
  const events = count(database.db, 'audit_events');
  // Each visit writes at least a sign-in, a list view and a sign-out (and an event for each
  // record opened or refused, as need to know decides).
  assert.ok(events - before >= 2 * 3 * 4 * 3, `${events - before} new events`);
  assert.ok(count(database.db, 'audit_events', "action = 'sign_in'") >= 2 * 3 * 4);

  const result = verify();
  assert.equal(result.status, 0, result.stderr);
  const [, checked, headId, headHash] = result.stdout.match(intact) ?? assert.fail(result.stdout);
  assert.equal(Number(checked), events);
  assert.equal(Number(headId), Number(sql(database.db, 'SELECT MAX(id) FROM audit_events')));
  assert.equal(headHash, sql(database.db, 'SELECT event_hash FROM audit_events ORDER BY id DESC LIMIT 1'));

  // The head an auditor recorded is still in the chain.
  assert.equal(verify('--anchor', headHash).status, 0);
  const badAnchor = verify('--anchor', 'not a hash');
  assert.notEqual(badAnchor.status, 0);
  assert.match(badAnchor.stderr, /64 lower-case hex digits/);
});

// What someone with full rights on the database can do: lift the append-only triggers.
function dropAppendOnlyTriggers() {
  sql(database.db, backend === 'postgresql'
    ? 'ALTER TABLE audit_events DISABLE TRIGGER USER'
    : 'DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete');
}

test('a trail altered behind the program\'s back fails verify at the first fault', () => {
  assert.equal(verify().status, 0, 'intact before');
  dropAppendOnlyTriggers();
  const last = Number(sql(database.db, 'SELECT MAX(id) FROM audit_events'));

  sql(database.db, `DELETE FROM audit_events WHERE id = ${last}`);
  let result = verify();
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`the audit trail has been tampered with: an event after ${last - 1} was removed: ` +
    `the chain's recorded head is event ${last}`));
  assert.equal(result.stdout, '');

  sql(database.db, `UPDATE audit_events SET actor = 'someone else' WHERE id = ${last - 10}`);
  result = verify();
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`event ${last - 10} was altered`));
});
