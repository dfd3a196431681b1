// Every response that shows a child's record, name or reference has written an audit event
// naming the user and that child before it was answered: error and conflict pages as well as
// the usual ones. The test drives every route through each of its branches and checks each
// response against the audit trail; it fails when a route exists that it does not drive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';

const binary = process.env.PATHWAY_BIN ?? path.resolve('build/pathway');
// The head of service: every child's record opens to them, so every branch can be driven.
const username = 'manager';

let database;
let server;
let staff;
const driven = new Set();

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  staff = new Browserless(server.baseUrl);
  await staff.signIn(username);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const columns = 'public_id, given_name, family_name, date_of_birth, sex, COALESCE(ethnicity, \'\'), district_code, COALESCE(looked_after, \'unknown\'), version';

function childrenIn(where = '1 = 1') {
  return sql(database.db, `SELECT ${columns} FROM children WHERE ${where} ORDER BY id`).split('\n').filter(Boolean).map((line) => {
    const [id, given, family, dateOfBirth, sex, ethnicity, district, lookedAfter, version] = line.split('|');
    return { id, given, family, dateOfBirth, sex, ethnicity, district, lookedAfter, version: Number(version) };
  });
}

// The children a page shows: by reference, or by name as the pages write names.
function childrenShownIn(html) {
  return childrenIn().filter(({ id, given, family }) => html.includes(id) ||
    html.includes(escapeHtml(`${given} ${family}`)) || html.includes(escapeHtml(`${family}, ${given}`)));
}

function lastAuditId() {
  return Number(sql(database.db, 'SELECT COALESCE(MAX(id), 0) FROM audit_events'));
}

function eventsSince(id) {
  return sql(database.db, `SELECT actor, COALESCE(record_id, ''), COALESCE(detail, '') FROM audit_events WHERE id > ${id} ORDER BY id`)
    .split('\n').filter(Boolean).map((line) => {
      const [actor, recordId, ...detail] = line.split('|');
      return { actor, recordId, detail: detail.join('|') };
    });
}

// Sends one request for `route` ("METHOD /pattern") and checks its answer: the expected
// status, and an audit event by this user (or `actor`) naming each child the page shows.
async function check(route, expectedStatus, send, { shows = [], actor = username } = {}) {
  driven.add(route);
  const before = lastAuditId();
  const answer = await send();
  assert.equal(answer.status, expectedStatus, `${route}: status`);
  const events = eventsSince(before);
  const shown = childrenShownIn(answer.text);
  for (const child of shown) {
    assert.ok(events.some((event) => event.actor === actor && (event.recordId === child.id || event.detail.includes(child.id))),
      `${route} (${expectedStatus}) shows ${child.given} ${child.family} (${child.id}) but no audit event by ${actor} names them: ${JSON.stringify(events)}`);
  }
  for (const id of shows) assert.ok(shown.some((child) => child.id === id), `${route} (${expectedStatus}) shows ${id}`);
  return answer;
}

function dateOf(child) {
  const [year, month, day] = child.dateOfBirth.split('-');
  return { 'date-of-birth-day': String(Number(day)), 'date-of-birth-month': String(Number(month)), 'date-of-birth-year': year };
}

// The correction form of `child` as it stands, with `changes` made.
function formOf(child, changes = {}) {
  return {
    'given-name': child.given, 'family-name': child.family, ...dateOf(child), sex: child.sex, ethnicity: child.ethnicity,
    district: child.district, 'looked-after': child.lookedAfter, version: String(child.version), ...changes,
  };
}

// Posts a form with the session's CSRF token, taken from the home page rather than from the
// form's own page, whose audit event would otherwise hide a missing one.
function postForm(pathname, fields) {
  return async () => {
    const home = await staff.request('/');
    return staff.request(pathname, { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text), ...fields } });
  };
}

const thisYear = new Date().getFullYear();
const nobody = {
  'given-name': 'Quillon', 'family-name': 'Audited-Nobody', 'date-of-birth-day': '2', 'date-of-birth-month': '5',
  'date-of-birth-year': String(thisYear - 14), sex: 'male', ethnicity: '', district: 'MAIDSTONE', 'looked-after': 'no',
};

test('sign-in, sign-out and the pages with no child on them', async () => {
  const visitor = new Browserless(server.baseUrl);
  await check('GET /sign-in', 200, () => visitor.request('/sign-in'));
  await check('POST /sign-in', 403, () => visitor.request('/sign-in', { method: 'POST', form: { csrf_token: 'x', username, password: 'x' } }));
  const form = await visitor.request('/sign-in');
  const token = Browserless.csrfToken(form.text);
  await check('POST /sign-in', 422, () => visitor.request('/sign-in', { method: 'POST', form: { csrf_token: token, username: '', password: '' } }));
  await check('POST /sign-in', 422, () => visitor.request('/sign-in', { method: 'POST', form: { csrf_token: token, username: 'caseworker2', password: 'wrong password' } }));
  await check('POST /sign-in', 303, () => visitor.signIn('caseworker2'));
  await check('GET /sign-in', 303, () => visitor.request('/sign-in'));
  const home = await visitor.request('/');
  await check('POST /sign-out', 303, () => visitor.request('/sign-out', { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text) } }));

  await check('GET /', 200, () => staff.request('/'));
  await check('GET /accessibility', 200, () => staff.request('/accessibility'));
  await check('GET /privacy', 200, () => staff.request('/privacy'));
  await check('GET /no-such-page', 404, () => staff.request('/no-such-page'));
});

test('the children list and search, with and without errors', async () => {
  const [first] = childrenIn();
  const [year, month, day] = first.dateOfBirth.split('-');
  await check('GET /children', 200, () => staff.request('/children'));
  await check('GET /children', 200, () => staff.request('/children?page=2'));
  await check('GET /children', 200, () => staff.request('/children?page=9999'));
  await check('GET /children', 200, () => staff.request('/children?name=' + encodeURIComponent(first.family)), { shows: [first.id] });
  await check('GET /children', 200, () => staff.request(`/children?dob-day=${day}&dob-month=${month}&dob-year=${year}`), { shows: [first.id] });
  await check('GET /children', 200, () => staff.request('/children?name=zzzznobody'));
  await check('GET /children', 422, () => staff.request('/children?name=' + encodeURIComponent(first.family) + '&dob-day=31&dob-month=2&dob-year=2012'));
});

test('adding a child: the form, its errors, its warnings, possible duplicates and saving', async () => {
  const [, known] = childrenIn();
  await check('GET /children/new', 200, () => staff.request('/children/new'));
  await check('POST /children/new', 422, postForm('/children/new', { ...nobody, 'date-of-birth-day': '31', 'date-of-birth-month': '2' }));
  await check('POST /children/new', 200, postForm('/children/new', { ...nobody, 'date-of-birth-year': String(thisYear - 8) }));
  const again = formOf(known, { version: '' });
  const warned = await check('POST /children/new', 200, postForm('/children/new', again), { shows: [known.id] });
  assert.match(warned.text, /may already be known/);
  await check('POST /children/new', 303, postForm('/children/new', nobody));
  await check('POST /children/new', 403, () => staff.request('/children/new', { method: 'POST', form: { ...nobody, csrf_token: 'stale' } }));
});

test('a child\'s record, history and correction, through every answer', async () => {
  const [, , child, other] = childrenIn();
  await check('GET /children/{id}', 200, () => staff.request(`/children/${child.id}`), { shows: [child.id] });
  await check('GET /children/{id}', 404, () => staff.request('/children/NOSUCHCHILD'));
  await check('GET /children/{id}/history', 200, () => staff.request(`/children/${child.id}/history`), { shows: [child.id] });
  await check('GET /children/{id}/history', 404, () => staff.request('/children/NOSUCHCHILD/history'));
  await check('GET /children/{id}/edit', 200, () => staff.request(`/children/${child.id}/edit`), { shows: [child.id] });
  await check('GET /children/{id}/edit', 404, () => staff.request('/children/NOSUCHCHILD/edit'));

  const edit = `/children/${child.id}/edit`;
  await check('POST /children/{id}/edit', 422, postForm(edit, formOf(child, { 'given-name': '' })), { shows: [child.id] });
  await check('POST /children/{id}/edit', 200, postForm(edit, formOf(child, { 'date-of-birth-year': String(thisYear - 8) })),
    { shows: [child.id] });
  await check('POST /children/{id}/edit', 200,
    postForm(edit, formOf(child, { 'given-name': other.given, 'family-name': other.family, ...dateOf(other) })),
    { shows: [child.id, other.id] });
  const lookedAfter = child.lookedAfter === 'yes' ? 'no' : 'yes';
  await check('POST /children/{id}/edit', 303, postForm(edit, formOf(child, { 'looked-after': lookedAfter })));
  await check('GET /children/{id}', 200, () => staff.request(`/children/${child.id}?saved=updated`), { shows: [child.id] });
  const stale = await check('POST /children/{id}/edit', 409, postForm(edit, formOf(child, { sex: child.sex === 'male' ? 'female' : 'male' })),
    { shows: [child.id] });
  assert.match(stale.text, /Someone else changed this record/);
  await check('POST /children/{id}/edit', 404, postForm('/children/NOSUCHCHILD/edit', formOf(child)));
  await check('POST /children/{id}/edit', 403, () => staff.request(edit, { method: 'POST', form: { ...formOf(child), csrf_token: 'stale' } }));
});

test('the audit trail pages, as the data protection officer', async () => {
  const dpo = new Browserless(server.baseUrl);
  await dpo.signIn('dpo');
  const analyst = new Browserless(server.baseUrl);
  await analyst.signIn('analyst');
  const as = { actor: 'dpo' };
  const [child] = childrenIn();
  await check('GET /audit', 200, () => dpo.request('/audit'), as);
  await check('GET /audit', 200, () => dpo.request(`/audit?record=${child.id}`), as);
  await check('GET /audit', 422, () => dpo.request('/audit?from-day=31&from-month=2&from-year=2026'), as);
  await check('GET /audit', 403, () => staff.request('/audit'));
  // An export names its filters and its newest event, not each record in it (it may hold
  // 100,000 events; see src/access/audit_pages.cpp): drive it with events that name no child.
  await check('GET /audit.csv', 200, () => dpo.request('/audit.csv?action=sign_in'), as);
  await check('GET /audit.csv', 422, () => dpo.request('/audit.csv?to-day=1&to-month=13&to-year=2026'), as);
  await check('GET /audit.csv', 403, () => staff.request('/audit.csv'));
  await check('GET /children/{id}/viewers', 200, () => dpo.request(`/children/${child.id}/viewers`), { ...as, shows: [child.id] });
  await check('GET /children/{id}/viewers', 404, () => dpo.request('/children/NOSUCHCHILD/viewers'), as);
  await check('GET /children/{id}/viewers', 403, () => analyst.request(`/children/${child.id}/viewers`), { actor: 'analyst' });
});

test('every route the server has is driven above', () => {
  // Each line is "METHOD /pattern permission": this test keys routes by the first two.
  const routes = execFileSync(binary, ['serve', '--db', database.db, '--list-routes'], { encoding: 'utf8' })
    .split('\n').filter(Boolean).map((line) => line.split(' ').slice(0, 2).join(' '));
  assert.ok(routes.includes('GET /children/{id}'), `serve --list-routes lists the routes: ${routes}`);
  const missing = routes.filter((route) => !driven.has(route));
  assert.deepEqual(missing, [], 'routes this test does not drive: add their branches above');
});
