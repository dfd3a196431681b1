// The audit pages end to end: "who has seen this record" on a child, the audit search with
// its filters and date checks, the CSV export (formula-safe, bounded), and that reading the
// trail is itself recorded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { addAccount } from '../support/accounts.mjs';
import { sql, count } from '../support/sqlite.mjs';

let database;
let server;
let dpo;      // data protection officer: both pages
let manager;  // service-wide manager: who has seen a record, not the audit search
let analyst;  // opens every record, sees neither page
let childId;

before(async () => {
  database = createDemoDatabase();
  addAccount(database.db, { username: 'dpo1', role: 'data_protection_officer', name: 'Dana Price' });
  server = await startServer(database.db);
  dpo = new Browserless(server.baseUrl);
  manager = new Browserless(server.baseUrl);
  analyst = new Browserless(server.baseUrl);
  await dpo.signIn('dpo1');
  await manager.signIn('manager');
  await analyst.signIn('analyst');
  childId = sql(database.db, 'SELECT public_id FROM children ORDER BY id LIMIT 1');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// The rows of the events table, as text cells.
function eventRows(html) {
  const body = html.match(/<tbody class="govuk-table__body">([\s\S]*?)<\/tbody>/);
  if (!body) return [];
  return [...body[1].matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()));
}

test('who has seen a record lists a view and a search made by other accounts, newest first', async () => {
  const familyName = sql(database.db, `SELECT family_name FROM children WHERE public_id = '${childId}'`);
  assert.equal((await manager.request(`/children/${childId}`)).status, 200);
  const search = await analyst.request('/children?name=' + encodeURIComponent(familyName));
  assert.ok(search.text.includes(`/children/${childId}?`), 'the search shows the child');

  const page = await dpo.request(`/children/${childId}/viewers`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1 class="govuk-heading-l">Who has seen this record<\/h1>/);
  const rows = eventRows(page.text);
  // This look at the page is recorded first, so it is the newest event.
  assert.match(rows[0][1], /^Dana Price Data protection officer$/);
  assert.equal(rows[0][2], 'Checked who has seen the record');
  const listed = rows.findIndex((row) => row[2] === 'Saw in a list or search results');
  const view = rows.findIndex((row) => row[2] === 'Opened the record');
  assert.ok(listed > 0 && view > listed, JSON.stringify(rows));
  assert.match(rows[listed][1], /^Hannah Li Information and intelligence analyst$/);
  assert.match(rows[view][1], /^Tom Whitfield Manager$/);
  assert.match(rows[view][0], /^\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d$/);
  assert.equal(rows[view][3], '127.0.0.1');
  // Other children a search showed are not named on this child's page.
  assert.doesNotMatch(page.text, /shown:/);
});

test("the record links to who has seen it only for those who may see that", async () => {
  const link = `href="/children/${childId}/viewers"`;
  assert.ok((await manager.request(`/children/${childId}`)).text.includes(link));
  assert.ok(!(await analyst.request(`/children/${childId}`)).text.includes(link));
  assert.equal((await analyst.request(`/children/${childId}/viewers`)).status, 403);
  assert.equal((await manager.request(`/children/${childId}/viewers`)).status, 200);
  assert.equal((await manager.request('/children/NOSUCHCHILD/viewers')).status, 404);
});

test('the viewers page pages through the events, older and newer', async () => {
  for (let i = 0; i < 55; i += 1) await analyst.request(`/children/${childId}/history`);
  const first = await dpo.request(`/children/${childId}/viewers`);
  assert.equal(eventRows(first.text).length, 50);
  assert.doesNotMatch(first.text, /Newer events/);
  const older = first.text.match(/href="([^"]+)" rel="next"/)[1].replaceAll('&amp;', '&');
  assert.match(older, new RegExp(`^/children/${childId}/viewers\\?before=\\d+$`));
  const second = await dpo.request(older);
  assert.ok(eventRows(second.text).length > 0);
  const newer = second.text.match(/href="([^"]+)" rel="prev"/)[1].replaceAll('&amp;', '&');
  const back = await dpo.request(newer);
  assert.deepEqual(eventRows(back.text).map((row) => row[2]), eventRows(first.text).map((row) => row[2]));
});

test('the audit search filters by person, record, action and dates', async () => {
  assert.equal((await manager.request('/audit')).status, 403);
  const byPerson = await dpo.request('/audit?person=MANAGER');
  assert.equal(byPerson.status, 200);
  const personRows = eventRows(byPerson.text);
  assert.ok(personRows.length > 0);
  for (const row of personRows) assert.match(row[1], /^Tom Whitfield manager, Manager$/);

  const byRecord = await dpo.request(`/audit?record-type=child&record=${childId.toLowerCase()}&action=child.list`);
  const recordRows = eventRows(byRecord.text);
  assert.ok(recordRows.length > 0);
  for (const row of recordRows) assert.match(row[2], /^Saw in a list or search results child\.list$/);
  assert.ok(recordRows.some((row) => row[1].startsWith('Hannah Li')));

  const today = new Date();
  const y = today.getUTCFullYear();
  const within = await dpo.request(`/audit?person=manager&from-day=1&from-month=1&from-year=${y - 1}&to-day=31&to-month=12&to-year=${y + 1}`);
  assert.ok(eventRows(within.text).length > 0);
  const before = await dpo.request(`/audit?person=manager&to-day=1&to-month=1&to-year=${y - 1}`);
  assert.equal(eventRows(before.text).length, 0);
  assert.match(before.text, /No events found/);
});

test('impossible dates, and a to date before the from date, are refused with an error summary', async () => {
  const impossible = await dpo.request('/audit?from-day=31&from-month=2&from-year=2026');
  assert.equal(impossible.status, 422);
  assert.match(impossible.text, /There is a problem/);
  assert.match(impossible.text, /<a href="#from-day">The from date must be a real date, for example 27 3 2026<\/a>/);
  assert.doesNotMatch(impossible.text, /id="audit-table"/);
  const backwards = await dpo.request('/audit?from-day=2&from-month=3&from-year=2026&to-day=1&to-month=3&to-year=2026');
  assert.equal(backwards.status, 422);
  assert.match(backwards.text, /<a href="#to-day">The to date must be the same as or after the from date<\/a>/);
  const part = await dpo.request('/audit?to-month=3&to-year=2026');
  assert.equal(part.status, 422);
  const action = await dpo.request('/audit?action=drop.table');
  assert.equal(action.status, 422);
  assert.match(action.text, /Choose what they did from the list/);
  const csv = await dpo.request('/audit.csv?from-day=31&from-month=2&from-year=2026');
  assert.equal(csv.status, 422);
  assert.match(csv.text, /There is a problem/);
});

test('the CSV export holds the filtered events, with formulas neutralised', async () => {
  // A username typed at sign-in is kept in the trail as typed: a formula must stay text.
  const stranger = new Browserless(server.baseUrl);
  await stranger.signIn('=cmd|calc', 'wrong password');
  const csv = await dpo.request('/audit.csv?action=sign_in_failed');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /^text\/csv; charset=utf-8/);
  assert.match(csv.headers.get('content-disposition'), /^attachment; filename="audit-trail-\d{4}-\d\d-\d\d\.csv"$/);
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.equal(lines[0], 'When (UTC),When (UK time),Username,Name,Role,Action,What they did,Record type,Record,Detail,Address');
  assert.ok(lines.length >= 2);
  for (const line of lines.slice(1)) assert.match(line, /,sign_in_failed,Failed to sign in,/);
  assert.ok(lines.some((line) => line.includes(",'=cmd|calc,")), lines.join('\n'));
  assert.ok(!lines.some((line) => line.includes(',=cmd')));
});

test('reading the trail is itself recorded, with the filters used', async () => {
  await dpo.request('/audit?person=analyst&action=child.view');
  await dpo.request(`/audit.csv?record-type=child&record=${childId}`);
  await dpo.request(`/children/${childId}/viewers`);
  const events = sql(database.db,
    "SELECT action || '|' || COALESCE(record_id, '') || '|' || COALESCE(detail, '') FROM audit_events WHERE actor = 'dpo1'" +
    " AND action IN ('audit.search', 'audit.export', 'child.viewers') ORDER BY id DESC LIMIT 3").split('\n');
  assert.equal(events[0], `child.viewers|${childId}|`);
  assert.match(events[1], new RegExp(`^audit\\.export\\|${childId}\\|record child '${childId}'; \\d+ events, the newest event \\d+$`));
  assert.match(events[2], /^audit\.search\|\|person 'analyst'; action child\.view; shown: child:[A-Z0-9]+/);
  // The export of a child's events shows on that child's page.
  const viewers = await dpo.request(`/children/${childId}/viewers`);
  assert.ok(eventRows(viewers.text).some((row) => row[2] === 'Exported the audit trail'));
});

test('an export larger than the limit is refused, asking for a narrower search', async () => {
  const before = count(database.db, 'audit_events', "action = 'audit.export'");
  // A busy county's trail, written behind the program's back (quicker than 100,001 sign-ins).
  sql(database.db, 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100001)' +
    " INSERT INTO audit_events (occurred_at, actor, action) SELECT '2020-01-01T00:00:00Z', 'bulk', 'sign_in' FROM n");
  const refused = await dpo.request('/audit.csv?person=bulk');
  assert.equal(refused.status, 422);
  assert.match(refused.text, /There are more than 100,000 events to export/);
  assert.equal(count(database.db, 'audit_events', "action = 'audit.export'"), before);
  const narrowed = await dpo.request('/audit.csv?person=bulk&action=sign_in_failed');
  assert.equal(narrowed.status, 200);
});

test('docs/audit-review.md explains every action the audit search offers', async () => {
  const { readFileSync } = await import('node:fs');
  const doc = readFileSync('docs/audit-review.md', 'utf8');
  const page = await dpo.request('/audit');
  const select = page.text.match(/<select [^>]*id="action"[^>]*>([\s\S]*?)<\/select>/)[1];
  const actions = [...select.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(actions.includes('child.view') && actions.includes('audit.export'), actions.join(' '));
  for (const action of actions) assert.ok(doc.includes(`| \`${action}\` |`), `docs/audit-review.md does not explain ${action}`);
});
