// Numbers read from a request are bounded before any arithmetic: a page number or a
// record version typed into an address or a tampered form gives a clear page, never an
// overflowed one, and never saves anything it should not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';

let database;
let server;
let staff;

before(async () => {
  database = createDemoDatabase();
  server = await startServer(database.db);
  staff = new Browserless(server.baseUrl);
  await staff.signIn('manager');  // corrects any demo child: the head of service sees them all
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// The numbers the list caption and the pagination show.
function shownNumbers(html) {
  return [...html.matchAll(/(?:Showing|to|of|page|Page) (-?\d+)/g)].map((m) => Number(m[1]));
}

test('a page far beyond the last says so, with no overflowed numbers', async () => {
  for (const [asked, shown] of [['85899347', '85899347'], ['2147483648', '2147483648'], ['4294967297', '4294967297'],
    ['9223372036854775807', '1000000000000000'], ['99999999999999999999999999', '1000000000000000']]) {
    const page = await staff.request('/children?page=' + asked);
    assert.equal(page.status, 200, asked);
    assert.match(page.text, new RegExp(`There is no page ${shown}<`), asked);
    assert.match(page.text, /The last page is page 12\./, asked);
    assert.doesNotMatch(page.text, /Showing/, asked);
    for (const number of shownNumbers(page.text)) assert.ok(number >= 0, `${asked}: ${number}`);
  }
});

test('a negative, zero or non-numeric page is the first page', async () => {
  for (const asked of ['-1', '0', '-2147483649', '-99999999999999999999', 'abc', '2abc', '%202', '1e3', '0x10', '+2', '']) {
    const page = await staff.request('/children?page=' + asked);
    assert.equal(page.status, 200, asked);
    assert.match(page.text, /Showing 1 to 25 of 300/, asked);
    assert.match(page.text, /aria-label="Page 1" aria-current="page"/, asked);
    assert.match(page.text, /aria-label="Page 12"/, asked);
  }
});

test('a missing, tampered or overflowing version never saves a correction', async () => {
  const [id, given, family, born, sex, district] = sql(database.db,
    "SELECT public_id || '|' || given_name || '|' || family_name || '|' || date_of_birth || '|' || sex || '|' || district_code" +
    " FROM children WHERE version = 1 AND looked_after IS NULL ORDER BY id LIMIT 1").split('|');
  const [year, month, day] = born.split('-');
  // Only the looked-after status changes: no warning stands before the version check.
  const form = { 'given-name': given, 'family-name': family, 'date-of-birth-day': String(Number(day)),
    'date-of-birth-month': String(Number(month)), 'date-of-birth-year': year, sex, district, 'looked-after': 'yes' };
  // "1abc" was read as version 1 and saved.
  for (const version of ['1abc', '1.0', ' 1', '+1', '-1', '0', '', 'abc', '9223372036854775808', '99999999999999999999999']) {
    const answer = await staff.submit(`/children/${id}/edit`, { ...form, version });
    assert.equal(answer.status, 409, `version '${version}'`);
    assert.match(answer.text, /Your changes have not been saved/, version);
    assert.equal(sql(database.db, `SELECT version || ' ' || COALESCE(looked_after, 'unknown') FROM children WHERE public_id = '${id}'`), '1 unknown',
      `version '${version}' saved nothing`);
  }
});
