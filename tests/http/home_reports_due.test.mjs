// The home page lists the court reports a case manager still has to write: reports asked for
// and not submitted on children allocated to them, soonest due first, overdue ones marked;
// the audit trail records the children it named. Submitted reports, reports on children
// allocated to others, and people who hold no cases see nothing of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';
import { allocate, childRowId, clearCaseload, untouchedChildren } from '../support/access_fixtures.mjs';

let database;
let server;
let holder;   // caseworker2: the children below are allocated to them
let analyst;  // holds no cases
const panel = /<h2 class="govuk-heading-m" id="reports-due">Court reports to write<\/h2>/;

const iso = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
const html = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
  .replaceAll('"', '&quot;').replaceAll("'", '&apos;');

// A hearing for the child and a report on it, `status` with `due` days from today.
function report(child, status, due) {
  const rowId = childRowId(database.db, child);
  sql(database.db, `INSERT INTO court_hearings (child_id, court, hearing_date, purpose, created_at)
    VALUES (${rowId}, 'Maidstone Youth Court', '${iso(due + 2)}', 'sentence', '2026-01-01T00:00:00Z')`);
  const hearing = sql(database.db, `SELECT MAX(id) FROM court_hearings WHERE child_id = ${rowId}`);
  const submitted = status === 'asked' ? 'NULL' : `'${iso(-1)}'`;
  sql(database.db, `INSERT INTO court_reports (child_id, hearing_id, report_type, asked_on, due_on, status,
    submitted_on, created_at) VALUES (${rowId}, ${hearing}, 'pre_sentence', '${iso(-30)}', '${iso(due)}', '${status}',
    ${submitted}, '2026-01-01T00:00:00Z')`);
}

const nameOf = (child) => sql(database.db, `SELECT given_name || ' ' || family_name FROM children WHERE public_id = '${child}'`);

let overdue, dueLater, submitted, othersChild;

before(async () => {
  database = createDemoDatabase();
  [overdue, dueLater, submitted, othersChild] = untouchedChildren(database.db, 4);
  clearCaseload(database.db, 'caseworker2');
  for (const child of [overdue, dueLater, submitted]) allocate(database.db, child, 'caseworker2');
  allocate(database.db, othersChild, 'caseworker');
  report(overdue, 'asked', -3);
  report(dueLater, 'asked', 9);
  report(submitted, 'submitted', -5);
  report(othersChild, 'asked', 1);
  server = await startServer(database.db);
  holder = new Browserless(server.baseUrl);
  assert.equal((await holder.signIn('caseworker2')).status, 303);
  analyst = new Browserless(server.baseUrl);
  assert.equal((await analyst.signIn('analyst')).status, 303);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

test('a case manager sees the reports they still have to write, overdue first and marked', async () => {
  const page = await holder.request('/');
  assert.equal(page.status, 200);
  assert.match(page.text, panel);
  const section = page.text.slice(page.text.search(panel));
  const first = section.indexOf(html(nameOf(overdue)));
  const later = section.indexOf(html(nameOf(dueLater)));
  assert.ok(first > 0 && later > first, 'overdue report listed before the one due later');
  assert.match(section.slice(first, later), /Overdue/);
  assert.ok(section.includes(`href="/children/${overdue}/court"`));
  assert.ok(!section.includes(html(nameOf(submitted))), 'a submitted report is not listed');
  assert.ok(!section.includes(html(nameOf(othersChild))), "another worker's report is not listed");
});

test('the audit trail records which children the panel named', async () => {
  await holder.request('/');
  const detail = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'home.view' AND actor = 'caseworker2'
    ORDER BY id DESC LIMIT 1`);
  assert.match(detail, /court reports to write/);
  assert.ok(detail.includes(`child:${overdue}`) && detail.includes(`child:${dueLater}`), detail);
  assert.ok(!detail.includes(`child:${submitted}`), detail);
});

test('someone who holds no cases sees no such panel', async () => {
  const page = await analyst.request('/');
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, panel);
});
