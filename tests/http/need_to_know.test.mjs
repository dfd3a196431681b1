// Need to know in the children list and the add-child form: a case manager sees every
// unrestricted child, but only the records their team holds or they are allocated to
// open; restricted records never appear to anyone not named on them, not even in the
// count; and adding a child who may be a restricted record is refused without revealing it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';

let database;
let server;
let amara;  // case manager, North Kent unit
let tom;    // head of service

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  amara = new Browserless(server.baseUrl);
  await amara.signIn('caseworker');
  tom = new Browserless(server.baseUrl);
  await tom.signIn('manager');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

function child(where) {
  const [id, given, family, born] = sql(database.db,
    `SELECT public_id || '|' || given_name || '|' || family_name || '|' || date_of_birth FROM children WHERE ${where} ORDER BY id LIMIT 1`).split('|');
  return { id, given, family, born };
}

function shownTotal(html) {
  return Number(html.match(/of (\d+) (?:matching )?children/)[1]);
}

test("another team's child is an identity-only row: name, date of birth, district and who holds it, no link", async () => {
  const other = child("holding_team_code = 'SOUTH'");
  const page = await amara.request(`/children?name=${encodeURIComponent(other.family)}`);
  assert.equal(page.status, 200);
  const row = page.text.split('<tr class="govuk-table__row">').find((r) => r.includes(`${other.family}, ${other.given}`));
  assert.ok(row, 'the child is listed');
  assert.doesNotMatch(row, new RegExp(`href="/children/${other.id}`), 'no link to a record that does not open');
  assert.match(row, /South Kent Youth Justice Unit/);
  assert.match(row, /Not your case/);
  const own = child("holding_team_code = 'NORTH'");
  const mine = await amara.request(`/children?name=${encodeURIComponent(own.family)}`);
  assert.match(mine.text, new RegExp(`href="/children/${own.id}\\?`), "her own team's child links to the record");
  assert.equal((await amara.request(`/children/${other.id}`)).status, 404);
});

test('a restricted record is hidden from everyone not named on it, in the rows and the count', async () => {
  const before = shownTotal((await amara.request('/children')).text);
  const hidden = child("holding_team_code = 'NORTH' AND restricted = 0");
  sql(database.db, `UPDATE children SET restricted = 1 WHERE public_id = '${hidden.id}'`);
  const named = sql(database.db, "SELECT id FROM staff WHERE username = 'manager'");
  sql(database.db, `INSERT INTO restricted_record_staff (child_id, staff_id) SELECT id, ${named} FROM children WHERE public_id = '${hidden.id}'`);

  const list = await amara.request('/children');
  assert.equal(shownTotal(list.text), before - 1, 'the count leaves it out');
  const search = await amara.request(`/children?name=${encodeURIComponent(hidden.family)}`);
  assert.ok(!search.text.includes(hidden.id) && !search.text.includes(`${hidden.family}, ${hidden.given}`), 'not found by name');
  assert.equal((await amara.request(`/children/${hidden.id}`)).status, 404);
  // Tom is named: he still finds and opens it.
  const his = await tom.request(`/children?name=${encodeURIComponent(hidden.family)}`);
  assert.match(his.text, new RegExp(`href="/children/${hidden.id}\\?`));
  assert.equal((await tom.request(`/children/${hidden.id}`)).status, 200);
  assert.equal(shownTotal((await tom.request('/children')).text), before, 'Tom, named, still counts it');
});

test('adding a child who may be a restricted record is refused without revealing it, and audited', async () => {
  const hidden = child('restricted = 1');
  const [year, month, day] = hidden.born.split('-');
  const children = count(database.db, 'children');
  const answer = await amara.submit('/children/new', {
    'given-name': hidden.given, 'family-name': hidden.family, 'date-of-birth-day': String(Number(day)),
    'date-of-birth-month': String(Number(month)), 'date-of-birth-year': year, sex: 'unknown', district: 'DARTFORD',
    'looked-after': 'no', confirmed: 'anything',
  });
  assert.equal(answer.status, 422);
  assert.match(answer.text, /govuk-error-summary/);
  assert.match(answer.text, /only named staff can see/);
  assert.ok(!answer.text.includes(hidden.id), 'the restricted record is not named');
  assert.equal(count(database.db, 'children'), children, 'nothing saved');
  assert.equal(count(database.db, 'audit_events', `action = 'child.restricted_match' AND detail LIKE '%${hidden.id}%'`), 1);
});

test('a child added by a case manager is held by her team, so she can open it', async () => {
  const answer = await amara.submit('/children/new', {
    'given-name': 'Ffion', 'family-name': 'Abernethy-Quayle', 'date-of-birth-day': '2', 'date-of-birth-month': '2',
    'date-of-birth-year': String(new Date().getFullYear() - 13), sex: 'female', district: 'MAIDSTONE', 'looked-after': 'no',
  });
  assert.equal(answer.status, 303);
  const id = answer.headers.get('location').match(/\/children\/([A-Z0-9]+)/)[1];
  assert.equal(sql(database.db, `SELECT holding_team_code FROM children WHERE public_id = '${id}'`), 'NORTH');
  assert.equal((await amara.request(`/children/${id}`)).status, 200);
});

test('a role without the permission gets 403, audited; the navigation offers only what the role may use', async () => {
  const admin = new Browserless(server.baseUrl);
  await admin.signIn('admin');
  const refused = await admin.request('/children');
  assert.equal(refused.status, 403);
  assert.equal(count(database.db, 'audit_events', "actor = 'admin' AND action = 'access.refused'"), 1);
  const home = await admin.request('/');
  assert.doesNotMatch(home.text, /href="\/children"/, 'no Children link for an administrator');
});
