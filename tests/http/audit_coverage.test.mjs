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
import { clearJusticeRecord } from '../support/justice_fixture.mjs';

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
// status, and an audit event by this user naming each child the page shows.
async function check(route, expectedStatus, send, { shows = [], by = username } = {}) {
  driven.add(route);
  const before = lastAuditId();
  const answer = await send();
  assert.equal(answer.status, expectedStatus, `${route}: status`);
  const events = eventsSince(before);
  const shown = childrenShownIn(answer.text);
  for (const child of shown) {
    assert.ok(events.some((event) => event.actor === by && (event.recordId === child.id || event.detail.includes(child.id))),
      `${route} (${expectedStatus}) shows ${child.given} ${child.family} (${child.id}) but no audit event by ${by} names them: ${JSON.stringify(events)}`);
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
function postForm(pathname, fields, as = staff) {
  return async () => {
    const home = await as.request('/');
    return as.request(pathname, { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text), ...fields } });
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

test('allocation and caseload pages, for a case manager and a manager, through every answer', async () => {
  const [child] = childrenIn();
  const [waiting] = childrenIn(`id NOT IN (SELECT child_id FROM case_workers WHERE ended_at IS NULL) AND public_id <> '${child.id}'`);
  // A case manager co-works the first child, so its record opens to her and her caseload lists it.
  const worker = 'caseworker';
  sql(database.db, `INSERT INTO case_workers (child_id, staff_id, case_role, started_at, allocated_by)
    SELECT c.id, s.id, 'co_worker', '2026-01-01T00:00:00Z', 'test' FROM children c, staff s
    WHERE c.public_id = '${child.id}' AND s.username = '${worker}'`);
  const allocation = sql(database.db, 'SELECT MAX(id) FROM case_workers');
  const caseManager = new Browserless(server.baseUrl);
  await caseManager.signIn(worker);
  const as = { by: worker };
  await check('GET /children/{id}/allocation', 200, () => caseManager.request(`/children/${child.id}/allocation`), { ...as, shows: [child.id] });
  await check('GET /children/{id}/allocation', 404, () => caseManager.request('/children/NOSUCHCHILD/allocation'), as);
  await check('GET /caseloads/mine', 200, () => caseManager.request('/caseloads/mine'), { ...as, shows: [child.id] });
  await check('GET /caseloads/team', 403, () => caseManager.request('/caseloads/team'), as);
  await check('GET /caseloads/unallocated', 403, () => caseManager.request('/caseloads/unallocated'), as);
  await check('GET /caseloads/workers/{username}', 403, () => caseManager.request(`/caseloads/workers/${worker}`), as);
  const routes = [['POST /children/{id}/allocation', ''], ['POST /children/{id}/allocation/practitioners', '/practitioners'],
    ['POST /children/{id}/allocation/{allocation}/end', `/${allocation}/end`],
    ['POST /children/{id}/allocation/{allocation}/intensity', `/${allocation}/intensity`]];
  const home = await caseManager.request('/');
  for (const [route, tail] of routes) {
    await check(route, 403, () => caseManager.request(`/children/${child.id}/allocation${tail}`,
      { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text), intensity: 'standard' } }), as);
  }

  // The manager (the head of service) allocates.
  await check('GET /caseloads/team', 200, () => staff.request('/caseloads/team'));
  await check('GET /caseloads/unallocated', 200, () => staff.request('/caseloads/unallocated'));
  await check('GET /caseloads/workers/{username}', 200, () => staff.request(`/caseloads/workers/${worker}`), { shows: [child.id] });
  await check('GET /caseloads/workers/{username}', 404, () => staff.request('/caseloads/workers/nobody'));
  for (const [route, tail] of routes) {
    await check(route, 422, postForm(`/children/${child.id}/allocation${tail}`, { intensity: 'extreme' }), { shows: [child.id] });
    await check(route, 404, postForm(`/children/NOSUCHCHILD/allocation${tail}`, { intensity: 'standard' }));
  }
  await check('POST /children/{id}/allocation', 303,
    postForm(`/children/${waiting.id}/allocation`, { worker, intensity: 'standard', reason: 'Audit coverage' }));
  await check('POST /children/{id}/allocation/practitioners', 303,
    postForm(`/children/${waiting.id}/allocation/practitioners`, { practitioner: 'co_worker:caseworker2', 'practitioner-intensity': 'standard' }));
  const added = sql(database.db, 'SELECT MAX(id) FROM case_workers');
  await check('POST /children/{id}/allocation/{allocation}/intensity', 303,
    postForm(`/children/${waiting.id}/allocation/${added}/intensity`, { intensity: 'enhanced' }));
  await check('POST /children/{id}/allocation/{allocation}/end', 303,
    postForm(`/children/${waiting.id}/allocation/${added}/end`, { reason: 'Audit coverage' }));
});

test('a child\'s chronology, with and without filters, with errors, refused and missing', async () => {
  const [child] = childrenIn();
  const chronology = `/children/${child.id}/chronology`;
  await check('GET /children/{id}/chronology', 200, () => staff.request(chronology), { shows: [child.id] });
  await check('GET /children/{id}/chronology', 200, () => staff.request(`${chronology}?kind=offence&from-day=1&from-month=1&from-year=2020`),
    { shows: [child.id] });
  await check('GET /children/{id}/chronology', 422, () => staff.request(`${chronology}?from-day=31&from-month=2&from-year=2025`),
    { shows: [child.id] });
  await check('GET /children/{id}/chronology', 404, () => staff.request('/children/NOSUCHCHILD/chronology'));
  const volunteer = new Browserless(server.baseUrl);
  await volunteer.signIn('volunteer');
  await check('GET /children/{id}/chronology', 403, () => volunteer.request(chronology), { by: 'volunteer' });
});

test('your password and the administrator\'s pages, which show no child', async () => {
  await check('GET /account/password', 200, () => staff.request('/account/password'));
  await check('POST /account/password', 422, postForm('/account/password', { 'current-password': '' }));
  const admin = new Browserless(server.baseUrl);
  await admin.signIn('admin');
  const post = (pathname, fields = {}) => async () => {
    const home = await admin.request('/');
    return admin.request(pathname, { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text), ...fields } });
  };
  await check('GET /admin/accounts', 200, () => admin.request('/admin/accounts?role=case_manager'));
  await check('GET /admin/accounts/review', 200, () => admin.request('/admin/accounts/review'));
  await check('GET /admin/accounts/new', 200, () => admin.request('/admin/accounts/new'));
  await check('POST /admin/accounts/new', 422, post('/admin/accounts/new', { username: '' }));
  await check('GET /admin/accounts/{username}', 200, () => admin.request('/admin/accounts/caseworker2'));
  await check('GET /admin/accounts/{username}', 404, () => admin.request('/admin/accounts/nobody'));
  await check('GET /admin/accounts/{username}/edit', 200, () => admin.request('/admin/accounts/caseworker2/edit'));
  await check('POST /admin/accounts/{username}/edit', 422, post('/admin/accounts/caseworker2/edit', { 'display-name': '' }));
  await check('POST /admin/accounts/{username}/disable', 409, post('/admin/accounts/admin/disable'));
  await check('POST /admin/accounts/{username}/enable', 303, post('/admin/accounts/caseworker2/enable'));
  await check('POST /admin/accounts/{username}/require-password-change', 404, post('/admin/accounts/nobody/require-password-change'));
  await check('POST /admin/accounts/{username}/reset-password', 404, post('/admin/accounts/nobody/reset-password'));
  await check('POST /admin/accounts/{username}/unlock', 303, post('/admin/accounts/caseworker2/unlock'));
  await check('GET /admin/teams', 200, () => admin.request('/admin/teams'));
  await check('GET /admin/teams/new', 200, () => admin.request('/admin/teams/new'));
  await check('POST /admin/teams/new', 422, post('/admin/teams/new', { code: '' }));
  await check('GET /admin/teams/{code}', 404, () => admin.request('/admin/teams/nosuchteam'));
  await check('POST /admin/teams/{code}', 404, post('/admin/teams/nosuchteam'));
  await check('POST /admin/teams/{code}/deactivate', 404, post('/admin/teams/nosuchteam/deactivate'));
  await check('POST /admin/teams/{code}/reactivate', 404, post('/admin/teams/nosuchteam/reactivate'));
  await check('GET /admin/districts', 200, () => admin.request('/admin/districts'));
  await check('GET /admin/districts/{code}', 200, () => admin.request('/admin/districts/MAIDSTONE'));
  await check('POST /admin/districts/{code}', 422, post('/admin/districts/MAIDSTONE', { name: '' }));
  await check('GET /admin/areas/{code}', 404, () => admin.request('/admin/areas/NOWHERE'));
  await check('POST /admin/areas/{code}', 404, post('/admin/areas/NOWHERE', { name: 'Somewhere' }));
  await check('GET /admin/settings', 200, () => admin.request('/admin/settings'));
  await check('POST /admin/settings', 422, post('/admin/settings', { break_glass_hours: '0' }));
});

test('emergency access, restriction and partner sharing, through every answer', async () => {
  // A case manager of the North Kent unit breaks the glass on another unit's child.
  const duty = new Browserless(server.baseUrl);
  await duty.signIn('caseworker');
  const asDuty = (shows) => ({ shows, by: 'caseworker' });
  const [broken, restricted, shared] = childrenIn("restricted = 0 AND COALESCE(holding_team_code, '') <> 'NORTH'").slice(-3);
  const glass = `/children/${broken.id}/break-glass`;
  await check('GET /children/{id}/break-glass', 200, () => duty.request(glass), asDuty([broken.id]));
  await check('GET /children/{id}/break-glass', 404, () => duty.request('/children/NOSUCHCHILD/break-glass'));
  await check('POST /children/{id}/break-glass', 422, postForm(glass, { 'reason-choice': '' }, duty), asDuty([broken.id]));
  await check('POST /children/{id}/break-glass', 303, postForm(glass, { 'reason-choice': 'court_duty' }, duty));
  await check('GET /children/{id}/break-glass', 303, () => duty.request(glass));
  await check('GET /children/{id}', 200, () => duty.request(`/children/${broken.id}`), asDuty([broken.id]));
  await check('POST /children/{id}/break-glass', 403, () => duty.request(glass, { method: 'POST', form: { 'reason-choice': 'court_duty', csrf_token: 'stale' } }));

  const restriction = `/children/${restricted.id}/restriction`;
  await check('GET /children/{id}/restriction', 200, () => staff.request(restriction), { shows: [restricted.id] });
  await check('GET /children/{id}/restriction', 403, () => duty.request(restriction));
  await check('POST /children/{id}/restriction', 422, postForm(restriction, { action: 'restrict' }), { shows: [restricted.id] });
  await check('POST /children/{id}/restriction', 303, postForm(restriction, { action: 'restrict', 'restrict-reason': 'High-profile case' }));
  await check('POST /children/{id}/restriction', 422, postForm(restriction, { action: 'unname', 'unname-username': username, 'unname-reason': 'Leaving' }),
    { shows: [restricted.id] });
  await check('GET /children/{id}/restriction', 404, () => staff.request('/children/NOSUCHCHILD/restriction'));
  await check('POST /children/{id}/restriction', 404, postForm('/children/NOSUCHCHILD/restriction', { action: 'lift', 'lift-reason': 'x' }));
  await check('GET /restricted-records', 200, () => staff.request('/restricted-records'), { shows: [restricted.id] });
  await check('GET /restricted-records', 403, () => duty.request('/restricted-records'));

  const sharing = `/children/${shared.id}/sharing`;
  await check('GET /children/{id}/sharing', 200, () => staff.request(sharing), { shows: [shared.id] });
  await check('GET /children/{id}/sharing', 403, () => duty.request(sharing));
  await check('POST /children/{id}/sharing', 422, postForm(sharing, { action: 'share', partner: '', reason: '' }), { shows: [shared.id] });
  await check('POST /children/{id}/sharing', 404, postForm('/children/NOSUCHCHILD/sharing', { action: 'stop' }));
});

test('two-factor sign-in: the second step, the set-up page and the administrator\'s page', async () => {
  // A full session has no second step to do; this server has no two-factor key.
  await check('GET /sign-in/two-factor', 303, () => staff.request('/sign-in/two-factor'));
  await check('POST /sign-in/two-factor', 303, postForm('/sign-in/two-factor', { code: '123456' }));
  await check('GET /account/two-factor', 503, () => staff.request('/account/two-factor'));
  await check('POST /account/two-factor', 503, postForm('/account/two-factor', { code: '' }));
  await check('POST /account/two-factor/recovery-codes', 303, postForm('/account/two-factor/recovery-codes', { code: '' }));
  await check('GET /admin/two-factor', 403, () => staff.request('/admin/two-factor'));
  await check('POST /admin/two-factor', 403, postForm('/admin/two-factor', {}));
  await check('POST /admin/accounts/{username}/reset-two-factor', 403, postForm('/admin/accounts/caseworker/reset-two-factor', {}));
});

test('the audit trail pages, as the data protection officer', async () => {
  const dpo = new Browserless(server.baseUrl);
  await dpo.signIn('dpo');
  const analyst = new Browserless(server.baseUrl);
  await analyst.signIn('analyst');
  const as = { by: 'dpo' };
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
  await check('GET /children/{id}/viewers', 403, () => analyst.request(`/children/${child.id}/viewers`), { by: 'analyst' });
});

test('offences and outcomes: the page, the forms, their errors, co-defendants and saving', async () => {
  const [child, codefendant] = childrenIn(`date_of_birth <= '${thisYear - 14}-01-01'`);
  // The demo gives every child a history: these two start with none, so the offence
  // recorded below is the child's only one.
  for (const { id } of [child, codefendant]) clearJusticeRecord(database.db, `(SELECT id FROM children WHERE public_id = '${id}')`);
  const offences = `/children/${child.id}/offences`;
  const offence = {
    'offence-date-day': '15', 'offence-date-month': '1', 'offence-date-year': String(Number(child.dateOfBirth.slice(0, 4)) + 12),
    category: 'robbery', gravity: '5', description: 'Took a phone',
  };
  await check('GET /children/{id}/offences', 200, () => staff.request(offences), { shows: [child.id] });
  await check('GET /children/{id}/offences', 404, () => staff.request('/children/NOSUCHCHILD/offences'));
  await check('GET /children/{id}/offences/new', 200, () => staff.request(`${offences}/new`), { shows: [child.id] });
  await check('GET /children/{id}/offences/new', 404, () => staff.request('/children/NOSUCHCHILD/offences/new'));
  await check('POST /children/{id}/offences/new', 422, postForm(`${offences}/new`, { ...offence, gravity: 'x' }), { shows: [child.id] });
  await check('POST /children/{id}/offences/new', 200,
    postForm(`${offences}/new`, { ...offence, action: 'find', 'codefendant-search': `${codefendant.given} ${codefendant.family}` }),
    { shows: [child.id, codefendant.id] });
  await check('POST /children/{id}/offences/new', 422, postForm(`${offences}/new`, { ...offence, category: '', codefendant: codefendant.id }),
    { shows: [child.id, codefendant.id] });
  await check('POST /children/{id}/offences/new', 303, postForm(`${offences}/new`, { ...offence, codefendant: codefendant.id }));
  await check('POST /children/{id}/offences/new', 404, postForm('/children/NOSUCHCHILD/offences/new', offence));
  await check('GET /children/{id}/offences', 200, () => staff.request(offences), { shows: [child.id, codefendant.id] });
  await check('GET /children/{id}/offences', 200, () => staff.request(`/children/${codefendant.id}/offences`),
    { shows: [codefendant.id, child.id] });

  const offenceId = sql(database.db, `SELECT o.id FROM offences o JOIN children c ON c.id = o.child_id WHERE c.public_id = '${child.id}'`);
  const edit = `${offences}/${offenceId}/edit`;
  await check('GET /children/{id}/offences/{offence}/edit', 200, () => staff.request(edit), { shows: [child.id, codefendant.id] });
  await check('GET /children/{id}/offences/{offence}/edit', 404, () => staff.request(`${offences}/999999999/edit`));
  await check('GET /children/{id}/offences/{offence}/edit', 404, () => staff.request(`/children/NOSUCHCHILD/offences/${offenceId}/edit`));
  await check('POST /children/{id}/offences/{offence}/edit', 422, postForm(edit, { ...offence, gravity: '9', codefendant: codefendant.id }),
    { shows: [child.id, codefendant.id] });
  await check('POST /children/{id}/offences/{offence}/edit', 303, postForm(edit, { ...offence, gravity: '6', codefendant: codefendant.id }));
  await check('POST /children/{id}/offences/{offence}/edit', 404, postForm(`${offences}/999999999/edit`, offence));

  const outcome = `/children/${child.id}/outcomes/new`;
  await check('GET /children/{id}/outcomes/new', 200, () => staff.request(outcome), { shows: [child.id] });
  await check('GET /children/{id}/outcomes/new', 404, () => staff.request('/children/NOSUCHCHILD/outcomes/new'));
  await check('POST /children/{id}/outcomes/new', 422, postForm(outcome, { 'outcome-type': 'youth_caution' }), { shows: [child.id] });
  await check('POST /children/{id}/outcomes/new', 303, postForm(outcome, {
    'outcome-type': 'youth_caution', 'outcome-date-day': '1', 'outcome-date-month': '3', 'outcome-date-year': offence['offence-date-year'],
    offence: offenceId,
  }));
  await check('POST /children/{id}/outcomes/new', 404, postForm('/children/NOSUCHCHILD/outcomes/new', {}));
});

test('remands and custody: the page, the forms and their errors; the establishments, which show no child', async () => {
  const [, , child] = childrenIn(`date_of_birth <= '${thisYear - 15}-01-01'`);
  const rowId = `(SELECT id FROM children WHERE public_id = '${child.id}')`;
  clearJusticeRecord(database.db, rowId);
  // A running remand and a custody episode still open, written straight in, so each form
  // has something to end; every post below is refused, so nothing changes.
  sql(database.db, `INSERT INTO remands (exchange_id, child_id, start_date, remand_type, created_at)
    VALUES ('AUD-R1', ${rowId}, '${thisYear - 1}-01-10', 'remand_youth_detention', '2026-01-01T00:00:00Z')`);
  sql(database.db, `INSERT INTO custody_episodes (exchange_id, child_id, establishment, establishment_type, start_date, created_at)
    VALUES ('AUD-E1', ${rowId}, 'Wetherby YOI', 'yoi', '${thisYear - 1}-01-10', '2026-01-01T00:00:00Z')`);
  const remand = sql(database.db, "SELECT id FROM remands WHERE exchange_id = 'AUD-R1'");
  const episode = sql(database.db, "SELECT id FROM custody_episodes WHERE exchange_id = 'AUD-E1'");
  const record = `/children/${child.id}`;
  const early = { 'end-date-day': '1', 'end-date-month': '1', 'end-date-year': String(thisYear - 2) };
  await check('GET /children/{id}/custody', 200, () => staff.request(`${record}/custody`), { shows: [child.id] });
  await check('GET /children/{id}/custody', 404, () => staff.request('/children/NOSUCHCHILD/custody'));
  await check('GET /children/{id}/remands/new', 200, () => staff.request(`${record}/remands/new`), { shows: [child.id] });
  await check('GET /children/{id}/remands/new', 404, () => staff.request('/children/NOSUCHCHILD/remands/new'));
  await check('POST /children/{id}/remands/new', 422, postForm(`${record}/remands/new`, { 'remand-type': 'castle' }), { shows: [child.id] });
  await check('POST /children/{id}/remands/new', 404, postForm('/children/NOSUCHCHILD/remands/new', {}));
  await check('GET /children/{id}/remands/{remand}/end', 200, () => staff.request(`${record}/remands/${remand}/end`), { shows: [child.id] });
  await check('GET /children/{id}/remands/{remand}/end', 404, () => staff.request(`${record}/remands/999999999/end`));
  await check('POST /children/{id}/remands/{remand}/end', 422, postForm(`${record}/remands/${remand}/end`, early), { shows: [child.id] });
  await check('POST /children/{id}/remands/{remand}/end', 404, postForm(`${record}/remands/999999999/end`, early));
  await check('GET /children/{id}/custody/new', 200, () => staff.request(`${record}/custody/new`), { shows: [child.id] });
  await check('GET /children/{id}/custody/new', 404, () => staff.request('/children/NOSUCHCHILD/custody/new'));
  await check('POST /children/{id}/custody/new', 422, postForm(`${record}/custody/new`, {}), { shows: [child.id] });
  await check('POST /children/{id}/custody/new', 404, postForm('/children/NOSUCHCHILD/custody/new', {}));
  for (const action of ['release', 'transfer']) {
    const route = `/children/{id}/custody/{episode}/${action}`;
    await check(`GET ${route}`, 200, () => staff.request(`${record}/custody/${episode}/${action}`), { shows: [child.id] });
    await check(`GET ${route}`, 404, () => staff.request(`${record}/custody/999999999/${action}`));
    await check(`POST ${route}`, 422, postForm(`${record}/custody/${episode}/${action}`, {}), { shows: [child.id] });
    await check(`POST ${route}`, 404, postForm(`${record}/custody/999999999/${action}`, {}));
  }

  const admin = new Browserless(server.baseUrl);
  await admin.signIn('admin');
  const post = (pathname, fields = {}) => postForm(pathname, fields, admin);
  await check('GET /admin/establishments', 200, () => admin.request('/admin/establishments'), { by: 'admin' });
  await check('GET /admin/establishments/new', 200, () => admin.request('/admin/establishments/new'), { by: 'admin' });
  await check('POST /admin/establishments/new', 422, post('/admin/establishments/new', { name: '' }), { by: 'admin' });
  const wetherby = sql(database.db, "SELECT id FROM establishments WHERE name = 'Wetherby YOI'");
  await check('GET /admin/establishments/{establishment}', 200, () => admin.request(`/admin/establishments/${wetherby}`), { by: 'admin' });
  await check('GET /admin/establishments/{establishment}', 404, () => admin.request('/admin/establishments/999999'), { by: 'admin' });
  await check('POST /admin/establishments/{establishment}', 422, post(`/admin/establishments/${wetherby}`, { name: '' }), { by: 'admin' });
  await check('POST /admin/establishments/{establishment}', 404, post('/admin/establishments/999999'), { by: 'admin' });
  await check('POST /admin/establishments/{establishment}/retire', 404, post('/admin/establishments/999999/retire'), { by: 'admin' });
  await check('POST /admin/establishments/{establishment}/reinstate', 404, post('/admin/establishments/999999/reinstate'), { by: 'admin' });
});

test('a youth rehabilitation order\'s requirements: the page, the forms, their errors, saving and a missing order', async () => {
  // Not a child the offences test above takes (its first two).
  const child = childrenIn(`date_of_birth <= '${thisYear - 14}-01-01'`)[5];
  const rowId = `(SELECT id FROM children WHERE public_id = '${child.id}')`;
  clearJusticeRecord(database.db, rowId);
  const offence = sql(database.db, `INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)
    VALUES ('AUDIT-REQ-O', ${rowId}, '${thisYear - 1}-01-10', 'robbery', 4, '2024-01-01T00:00:00Z') RETURNING id`);
  const outcome = sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date,
    length_months, created_at) VALUES ('AUDIT-REQ-U', ${rowId}, '${thisYear - 1}-03-01', 'youth_rehabilitation_order',
    '${thisYear - 1}-03-01', 12, '2024-01-01T00:00:00Z') RETURNING id`);
  sql(database.db, `INSERT INTO outcome_offences (outcome_id, offence_id) VALUES (${outcome}, ${offence})`);
  const page = `/children/${child.id}/outcomes/${outcome}/requirements`;
  const missing = `/children/NOSUCHCHILD/outcomes/${outcome}/requirements`;
  const start = { 'starts-on-day': '1', 'starts-on-month': '3', 'starts-on-year': String(thisYear - 1) };
  await check('GET /children/{id}/outcomes/{outcome}/requirements', 200, () => staff.request(page), { shows: [child.id] });
  await check('GET /children/{id}/outcomes/{outcome}/requirements', 404, () => staff.request(missing));
  await check('GET /children/{id}/outcomes/{outcome}/requirements/new', 200, () => staff.request(`${page}/new`), { shows: [child.id] });
  await check('GET /children/{id}/outcomes/{outcome}/requirements/new', 404, () => staff.request(`${missing}/new`));
  await check('POST /children/{id}/outcomes/{outcome}/requirements/new', 422,
    postForm(`${page}/new`, { kind: 'electronic_monitoring', ...start }), { shows: [child.id] });
  await check('POST /children/{id}/outcomes/{outcome}/requirements/new', 303,
    postForm(`${page}/new`, { kind: 'supervision', ...start }));
  await check('POST /children/{id}/outcomes/{outcome}/requirements/new', 404, postForm(`${missing}/new`, {}));
  const requirement = sql(database.db, `SELECT id FROM yro_requirements WHERE outcome_id = ${outcome}`);
  const progress = `${page}/${requirement}/progress`;
  const done = { 'done-on-day': '1', 'done-on-month': '4', 'done-on-year': String(thisYear - 1) };
  await check('GET /children/{id}/outcomes/{outcome}/requirements/{requirement}/progress', 200, () => staff.request(progress), { shows: [child.id] });
  await check('GET /children/{id}/outcomes/{outcome}/requirements/{requirement}/progress', 404,
    () => staff.request(`${page}/999999999/progress`));
  await check('POST /children/{id}/outcomes/{outcome}/requirements/{requirement}/progress', 422,
    postForm(progress, { ...done, amount: '5' }), { shows: [child.id] });
  await check('POST /children/{id}/outcomes/{outcome}/requirements/{requirement}/progress', 303,
    postForm(progress, { ...done, note: 'First appointment kept' }));
  await check('POST /children/{id}/outcomes/{outcome}/requirements/{requirement}/progress', 404,
    postForm(`${missing}/${requirement}/progress`, done));
  await check('GET /children/{id}/outcomes/{outcome}/requirements', 200, () => staff.request(page), { shows: [child.id] });
});

test('an outcome\'s page and the forms of an order in progress, through every answer', async () => {
  // A child with no history of its own, then one offence, a youth rehabilitation order and
  // a referral order written straight into the record.
  const [child] = childrenIn(`date_of_birth <= '${thisYear - 15}-01-01'`).slice(-1);
  const rowId = `(SELECT id FROM children WHERE public_id = '${child.id}')`;
  clearJusticeRecord(database.db, rowId);
  const year = Number(child.dateOfBirth.slice(0, 4)) + 13;
  sql(database.db, `INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)
    VALUES ('COV-F-${child.id}', ${rowId}, '${year}-01-05', 'burglary', 3, '2026-01-01T00:00:00Z')`);
  const outcomeOf = (ref, type, start, length) => {
    sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date, length_months, completion, created_at)
      VALUES ('${ref}', ${rowId}, '${year}-02-01', '${type}', '${year}-02-10', ${length}, 'ongoing', '2026-01-01T00:00:00Z')`);
    sql(database.db, `INSERT INTO outcome_offences (outcome_id, offence_id) SELECT u.id, f.id FROM outcomes u, offences f
      WHERE u.exchange_id = '${ref}' AND f.exchange_id = 'COV-F-${child.id}'`);
    return `/children/${child.id}/outcomes/${sql(database.db, `SELECT id FROM outcomes WHERE exchange_id = '${ref}'`)}`;
  };
  const yro = outcomeOf(`COV-Y-${child.id}`, 'youth_rehabilitation_order', `${year}-02-10`, 24);
  const referral = outcomeOf(`COV-R-${child.id}`, 'referral_order', `${year}-02-10`, 6);
  const missing = `/children/${child.id}/outcomes/999999999`;
  const date = (prefix, day) => ({ [`${prefix}-day`]: '1', [`${prefix}-month`]: '3', [`${prefix}-year`]: String(day) });
  await check('GET /children/{id}/outcomes/{outcome}', 200, () => staff.request(yro), { shows: [child.id] });
  await check('GET /children/{id}/outcomes/{outcome}', 404, () => staff.request(missing));
  await check('GET /children/{id}/outcomes/{outcome}', 404, () => staff.request('/children/NOSUCHCHILD/outcomes/1'));
  const forms = [
    ['/end', yro, { 'end-date-day': '1', 'end-date-month': '1', 'end-date-year': String(year) }, { completion: 'ongoing' }],
    ['/warnings/new', yro, { reason: 'x' }, { ...date('given-on', year), reason: 'Missed an appointment', 'given-by': 'Tom Whitfield' }],
    ['/breaches/new', yro, { result: 'fine' }, { ...date('begun-on', year), result: '' }],
    ['/extensions/new', referral, { months: '13' }, { ...date('made-on', year), months: '2', reason: 'More time' }],
    ['/revocation', referral, { reason: 'x' }, { ...date('revoked-on', year), reason: 'Resentenced' }],
  ];
  for (const [suffix, outcome, bad, good] of forms) {
    const route = `/children/{id}/outcomes/{outcome}${suffix}`;
    await check(`GET ${route}`, 200, () => staff.request(outcome + suffix), { shows: [child.id] });
    await check(`GET ${route}`, 404, () => staff.request(missing + suffix));
    await check(`POST ${route}`, 422, postForm(outcome + suffix, bad), { shows: [child.id] });
    await check(`POST ${route}`, 303, postForm(outcome + suffix, good));
    await check(`POST ${route}`, 404, postForm(`/children/NOSUCHCHILD/outcomes/1${suffix}`, good));
  }
  // A revoked referral order is extended or revoked no more.
  await check('GET /children/{id}/outcomes/{outcome}/extensions/new', 409, () => staff.request(`${referral}/extensions/new`));
  await check('GET /children/{id}/outcomes/{outcome}', 200, () => staff.request(referral), { shows: [child.id] });
});

test('the court record and the joint decision panel: the pages, the forms and their errors', async () => {
  const [child] = childrenIn(`date_of_birth <= '${thisYear - 14}-01-01'`).slice(2);
  const rowId = `(SELECT id FROM children WHERE public_id = '${child.id}')`;
  const court = `/children/${child.id}/court`;
  await check('GET /children/{id}/court', 200, () => staff.request(court), { shows: [child.id] });
  await check('GET /children/{id}/court', 404, () => staff.request('/children/NOSUCHCHILD/court'));
  await check('GET /children/{id}/court/hearings/new', 200, () => staff.request(`${court}/hearings/new`), { shows: [child.id] });
  await check('POST /children/{id}/court/hearings/new', 422, postForm(`${court}/hearings/new`, { court: '' }), { shows: [child.id] });
  await check('POST /children/{id}/court/hearings/new', 404, postForm('/children/NOSUCHCHILD/court/hearings/new', {}));
  const hearing = sql(database.db, `SELECT COALESCE(MAX(id), 0) FROM court_hearings WHERE child_id = ${rowId}`);
  const result = `${court}/hearings/${hearing}/result`;
  await check('GET /children/{id}/court/hearings/{hearing}/result', hearing === '0' ? 404 : 200, () => staff.request(result));
  await check('GET /children/{id}/court/hearings/{hearing}/result', 404, () => staff.request(`${court}/hearings/999999999/result`));
  await check('POST /children/{id}/court/hearings/{hearing}/result', 404, postForm(`${court}/hearings/999999999/result`, {}));
  if (hearing !== '0') {
    await check('POST /children/{id}/court/hearings/{hearing}/result', 422, postForm(result, { result: 'x' }), { shows: [child.id] });
  }
  await check('GET /children/{id}/court/reports/new', 200, () => staff.request(`${court}/reports/new`), { shows: [child.id] });
  await check('POST /children/{id}/court/reports/new', 422, postForm(`${court}/reports/new`, {}), { shows: [child.id] });
  const report = sql(database.db, `SELECT COALESCE(MAX(id), 0) FROM court_reports WHERE child_id = ${rowId} AND reused_report_id IS NULL`);
  await check('GET /children/{id}/court/reports/{report}', report === '0' ? 404 : 200, () => staff.request(`${court}/reports/${report}`));
  await check('POST /children/{id}/court/reports/{report}', 404, postForm(`${court}/reports/999999999`, {}));
  if (report !== '0') {
    await check('POST /children/{id}/court/reports/{report}', 422, postForm(`${court}/reports/${report}`, {}), { shows: [child.id] });
  }
  const outcome = sql(database.db, `SELECT COALESCE(MAX(id), 0) FROM outcomes WHERE child_id = ${rowId}`);
  const panel = `/children/${child.id}/outcomes/${outcome}/decision-panel`;
  await check('GET /children/{id}/outcomes/{outcome}/decision-panel', outcome === '0' ? 404 : 200, () => staff.request(panel));
  await check('GET /children/{id}/outcomes/{outcome}/decision-panel', 404,
    () => staff.request(`/children/${child.id}/outcomes/999999999/decision-panel`));
  await check('POST /children/{id}/outcomes/{outcome}/decision-panel', 404,
    postForm(`/children/${child.id}/outcomes/999999999/decision-panel`, {}));
  if (outcome !== '0') {
    await check('POST /children/{id}/outcomes/{outcome}/decision-panel', 422, postForm(panel, {}), { shows: [child.id] });
  }
});

test('the board reports: the page, a form with mistakes, a report that is not there', async () => {
  // The report holds no child: its pages and files name none. A real report is made and
  // downloaded in performance_reports.test.mjs; here every request is harmless.
  await check('GET /performance/reports', 200, () => staff.request('/performance/reports'));
  await check('POST /performance/reports', 422, postForm('/performance/reports', { quarter: '2999-Q4', place: 'service' }));
  await check('GET /performance/reports/{id}', 404, () => staff.request('/performance/reports/NOSUCHREPORT'));
  await check('GET /performance/reports/{id}/files/{name}', 404,
    () => staff.request('/performance/reports/NOSUCHREPORT/files/board-report.pdf'));
});

test('correcting a requirement and breach proceedings: the forms, their errors, saving and the corrections shown', async () => {
  // Not a child the other justice tests take.
  const child = childrenIn(`date_of_birth <= '${thisYear - 14}-01-01'`)[7];
  const rowId = `(SELECT id FROM children WHERE public_id = '${child.id}')`;
  clearJusticeRecord(database.db, rowId);
  // Old enough at conviction for unpaid work (16).
  sql(database.db, `UPDATE children SET date_of_birth = '${thisYear - 18}-01-01' WHERE id = ${rowId}`);
  const offence = sql(database.db, `INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)
    VALUES ('AUDIT-FIX9-O', ${rowId}, '${thisYear - 1}-01-10', 'robbery', 4, '2024-01-01T00:00:00Z') RETURNING id`);
  const outcome = sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date,
    length_months, completion, created_at) VALUES ('AUDIT-FIX9-U', ${rowId}, '${thisYear - 1}-03-01',
    'youth_rehabilitation_order', '${thisYear - 1}-03-01', 12, 'ongoing', '2024-01-01T00:00:00Z') RETURNING id`);
  sql(database.db, `INSERT INTO outcome_offences (outcome_id, offence_id) VALUES (${outcome}, ${offence})`);
  const requirement = sql(database.db, `INSERT INTO yro_requirements (outcome_id, kind, amount, unit, starts_on, created_at)
    VALUES (${outcome}, 'unpaid_work', 40, 'hours', '${thisYear - 1}-03-01', '2024-01-01T00:00:00Z') RETURNING id`);
  const breach = sql(database.db, `INSERT INTO breach_proceedings (outcome_id, begun_on, created_at)
    VALUES (${outcome}, '${thisYear - 1}-06-01', '2024-01-01T00:00:00Z') RETURNING id`);
  const order = `/children/${child.id}/outcomes/${outcome}`;
  const missingChild = `/children/NOSUCHCHILD/outcomes/${outcome}`;
  const edit = `${order}/requirements/${requirement}/edit`;
  const start = { 'starts-on-day': '1', 'starts-on-month': '3', 'starts-on-year': String(thisYear - 1) };
  await check('GET /children/{id}/outcomes/{outcome}/requirements/{requirement}/edit', 200, () => staff.request(edit), { shows: [child.id] });
  await check('GET /children/{id}/outcomes/{outcome}/requirements/{requirement}/edit', 404,
    () => staff.request(`${order}/requirements/999999999/edit`));
  await check('POST /children/{id}/outcomes/{outcome}/requirements/{requirement}/edit', 422,
    postForm(edit, { ...start, amount: 'forty' }), { shows: [child.id] });
  await check('POST /children/{id}/outcomes/{outcome}/requirements/{requirement}/edit', 303,
    postForm(edit, { ...start, amount: '60', reason: 'Hours checked against the court order' }));
  await check('POST /children/{id}/outcomes/{outcome}/requirements/{requirement}/edit', 404,
    postForm(`${missingChild}/requirements/${requirement}/edit`, start));
  const breachEdit = `${order}/breaches/${breach}/edit`;
  const begun = { 'begun-on-day': '2', 'begun-on-month': '6', 'begun-on-year': String(thisYear - 1) };
  await check('GET /children/{id}/outcomes/{outcome}/breaches/{breach}/edit', 200, () => staff.request(breachEdit), { shows: [child.id] });
  await check('GET /children/{id}/outcomes/{outcome}/breaches/{breach}/edit', 404,
    () => staff.request(`${order}/breaches/999999999/edit`));
  await check('POST /children/{id}/outcomes/{outcome}/breaches/{breach}/edit', 422,
    postForm(breachEdit, { ...begun, result: 'fine' }), { shows: [child.id] });
  await check('POST /children/{id}/outcomes/{outcome}/breaches/{breach}/edit', 303, postForm(breachEdit, { ...begun, result: '' }));
  await check('POST /children/{id}/outcomes/{outcome}/breaches/{breach}/edit', 404,
    postForm(`${missingChild}/breaches/${breach}/edit`, begun));
  const shown = await check('GET /children/{id}/outcomes/{outcome}', 200, () => staff.request(order), { shows: [child.id] });
  assert.match(shown.text, /Breach proceedings begun on/);
  const events = eventsSince(0).filter((event) => event.recordId === child.id && event.detail.includes(`corrections of breach_proceedings ${breach}`));
  assert.ok(events.length > 0, 'viewing the corrections names the record corrected');
});

test('the performance dashboard, the children behind a figure and the targets, with and without errors', async () => {
  await check('GET /performance', 200, () => staff.request('/performance'));
  await check('GET /performance', 400, () => staff.request('/performance?district=NOWHERE'));
  // Every count on the dashboard links to its children: the widest list, the whole service
  // over the demo's years, shows names and must name each of them in its audit event.
  const court = await check('GET /performance/children', 200,
    () => staff.request('/performance/children?measure=custody.court_disposals'));
  assert.match(court.text, /id="count"/);
  await check('GET /performance/children', 400, () => staff.request('/performance/children?measure=nothing'));
  await check('GET /performance/children', 400,
    () => staff.request('/performance/children?measure=custody.count&quarter=2026-Q5'));
  await check('GET /performance/targets', 200, () => staff.request('/performance/targets'));
  await check('GET /performance/targets', 400, () => staff.request('/performance/targets?team=NOTEAM'));
  await check('POST /performance/targets', 422,
    postForm('/performance/targets', { 'target-custody-percent_of_court_disposals': '150' }));
  await check('POST /performance/targets', 400, postForm('/performance/targets', { district: 'NOWHERE' }));
});

test('the live reoffending tracker, a cohort\'s list of children and the YJB indicators, with and without errors', async () => {
  // A quarter with a cohort: that of the latest youth caution, whose child is in it.
  const [date, id] = sql(database.db, `SELECT o.outcome_date || '|' || c.public_id FROM outcomes o JOIN children c ON c.id = o.child_id
    WHERE o.outcome_type = 'youth_caution' AND c.restricted = 0 ORDER BY o.outcome_date DESC, o.id LIMIT 1`).split('|');
  const quarter = `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  await check('GET /performance/reoffending', 200, () => staff.request(`/performance/reoffending?quarter=${quarter}`));
  await check('GET /performance/reoffending', 400, () => staff.request('/performance/reoffending?quarter=2026-Q9'));
  await check('GET /performance/reoffending/cohort', 200, () => staff.request(`/performance/reoffending/cohort?quarter=${quarter}`),
    { shows: [id] });
  await check('GET /performance/reoffending/cohort', 200,
    () => staff.request(`/performance/reoffending/cohort?quarter=${quarter}&group=most`));
  await check('GET /performance/reoffending/cohort', 400, () => staff.request('/performance/reoffending/cohort?district=NOWHERE'));
  await check('GET /performance/reoffending/cohort', 400, () => staff.request('/performance/reoffending/cohort?group=other'));
  await check('GET /performance/yjb', 200, () => staff.request(`/performance/yjb?quarter=${quarter}&area=EAST`));
  await check('GET /performance/yjb', 400, () => staff.request('/performance/yjb?team=NOWHERE'));
});

test('my work, the team view, a worker\'s list, the bank holidays and the deadline rules, through every answer', async () => {
  const worker = 'caseworker';
  const caseManager = new Browserless(server.baseUrl);
  await caseManager.signIn(worker);
  const as = { by: worker };
  await check('GET /my-work', 200, () => caseManager.request('/my-work'), as);
  await check('GET /my-work/team', 403, () => caseManager.request('/my-work/team'), as);
  await check('GET /my-work/team/{username}', 403, () => caseManager.request(`/my-work/team/${worker}`), as);
  await check('GET /my-work', 200, () => staff.request('/my-work'));
  await check('GET /my-work/team', 200, () => staff.request('/my-work/team'));
  await check('GET /my-work/team/{username}', 200, () => staff.request(`/my-work/team/${worker}`));
  await check('GET /my-work/team/{username}', 404, () => staff.request('/my-work/team/nobody'));

  // The administrator's pages show no child; every change posted here is refused.
  const admin = new Browserless(server.baseUrl);
  await admin.signIn('admin');
  const post = (pathname, fields = {}) => postForm(pathname, fields, admin);
  const by = { by: 'admin' };
  await check('GET /admin/bank-holidays', 200, () => admin.request('/admin/bank-holidays'), by);
  await check('POST /admin/bank-holidays', 422, post('/admin/bank-holidays', { name: '' }), by);
  await check('POST /admin/bank-holidays/{date}/remove', 404, post('/admin/bank-holidays/2026-12-24/remove'), by);
  await check('GET /admin/deadline-rules', 200, () => admin.request('/admin/deadline-rules'), by);
  const rule = '/admin/deadline-rules/referral_order_first_panel/1990-01-01';
  await check('GET /admin/deadline-rules/{code}/{from}', 200, () => admin.request(rule), by);
  await check('GET /admin/deadline-rules/{code}/{from}', 404, () => admin.request('/admin/deadline-rules/nothing/1990-01-01'), by);
  await check('POST /admin/deadline-rules/{code}/{from}', 422, post(rule, { amount: 'soon', unit: 'working_days', direction: 'after' }), by);
  await check('POST /admin/deadline-rules/{code}/{from}', 404, post('/admin/deadline-rules/nothing/1990-01-01'), by);
});

test('assessments: the list, starting one, the form, one assessment, side by side and the templates', async () => {
  const [child] = childrenIn(`date_of_birth <= '${thisYear - 12}-01-01'`).slice(3);
  const list = `/children/${child.id}/assessments`;
  await check('GET /children/{id}/assessments', 200, () => staff.request(list), { shows: [child.id] });
  await check('GET /children/{id}/assessments', 404, () => staff.request('/children/NOSUCHCHILD/assessments'));
  await check('GET /children/{id}/assessments/new', 200, () => staff.request(`${list}/new`), { shows: [child.id] });
  await check('POST /children/{id}/assessments/new', 422, postForm(`${list}/new`, { template: '' }), { shows: [child.id] });
  await check('GET /children/{id}/assessments/compare', 422, () => staff.request(`${list}/compare?first=&second=`),
    { shows: [child.id] });
  for (const route of ['GET /children/{id}/assessments/{assessment}', 'GET /children/{id}/assessments/{assessment}/edit']) {
    const suffix = route.endsWith('/edit') ? '/edit' : '';
    await check(route, 404, () => staff.request(`${list}/999999999${suffix}`));
  }
  for (const action of ['edit', 'countersign', 'reassess']) {
    await check(`POST /children/{id}/assessments/{assessment}/${action}`, 404, postForm(`${list}/999999999/${action}`, {}));
  }
  // A draft and a countersigned assessment of any child, when the demo made them: each page
  // shows, and each form refuses what it is sent, saving nothing.
  const draft = sql(database.db, "SELECT c.public_id || '/assessments/' || a.id FROM assessments a JOIN children c ON c.id = a.child_id WHERE a.state = 'draft' ORDER BY a.id LIMIT 1");
  if (draft) {
    const [draftChild] = draft.split('/');
    await check('GET /children/{id}/assessments/{assessment}', 200, () => staff.request(`/children/${draft}`), { shows: [draftChild] });
    await check('GET /children/{id}/assessments/{assessment}/edit', 200, () => staff.request(`/children/${draft}/edit`), { shows: [draftChild] });
    await check('POST /children/{id}/assessments/{assessment}/reassess', 422, postForm(`/children/${draft}/reassess`, {}), { shows: [draftChild] });
  }
  const signed = sql(database.db, "SELECT c.public_id || '/assessments/' || a.id FROM assessments a JOIN children c ON c.id = a.child_id WHERE a.state = 'countersigned' ORDER BY a.id LIMIT 1");
  if (signed) {
    const [signedChild] = signed.split('/');
    await check('POST /children/{id}/assessments/{assessment}/countersign', 422, postForm(`/children/${signed}/countersign`, {}), { shows: [signedChild] });
    await check('GET /children/{id}/assessments/{assessment}/edit', 409, () => staff.request(`/children/${signed}/edit`));
  }
  const admin = new Browserless(server.baseUrl);
  await admin.signIn('admin');
  await check('GET /admin/assessment-templates', 200, () => admin.request('/admin/assessment-templates'), { by: 'admin' });
  await check('GET /admin/assessment-templates/{template}', 200, () => admin.request('/admin/assessment-templates/1'), { by: 'admin' });
  await check('GET /admin/assessment-templates/{template}', 404, () => admin.request('/admin/assessment-templates/999999999'), { by: 'admin' });
});

test('contacts and appointments, the calendar address and feed, and contact expectations', async () => {
  const [child] = childrenIn('restricted = 0').slice(4);
  const rowId = `(SELECT id FROM children WHERE public_id = '${child.id}')`;
  const contacts = `/children/${child.id}/contacts`;
  await check('GET /children/{id}/contacts', 200, () => staff.request(contacts), { shows: [child.id] });
  await check('GET /children/{id}/contacts', 404, () => staff.request('/children/NOSUCHCHILD/contacts'));
  await check('GET /children/{id}/contacts/new', 200, () => staff.request(`${contacts}/new`), { shows: [child.id] });
  await check('POST /children/{id}/contacts/new', 422, postForm(`${contacts}/new`, {}), { shows: [child.id] });
  // An appointment of the child's that has passed, written straight in: forms refuse the past.
  sql(database.db, `INSERT INTO appointments (child_id, practitioner_id, kind, starts_on, start_time, planned_minutes, place,
    with_whom, status, created_by, created_at) VALUES (${rowId}, (SELECT id FROM staff WHERE username = '${username}'),
    'supervision', '2026-01-05', '10:00', 60, 'Office', '', 'scheduled', '${username}', '2026-01-01T00:00:00Z')`);
  const appointment = sql(database.db, `SELECT MAX(id) FROM appointments WHERE child_id = ${rowId}`);
  const one = `${contacts}/${appointment}`;
  for (const step of ['reschedule', 'cancel', 'outcome']) {
    await check(`GET /children/{id}/contacts/{appointment}/${step}`, 200, () => staff.request(`${one}/${step}`), { shows: [child.id] });
    await check(`GET /children/{id}/contacts/{appointment}/${step}`, 404, () => staff.request(`${contacts}/999999999/${step}`));
    await check(`POST /children/{id}/contacts/{appointment}/${step}`, 422, postForm(`${one}/${step}`, {}), { shows: [child.id] });
    await check(`POST /children/{id}/contacts/{appointment}/${step}`, 404, postForm(`${contacts}/999999999/${step}`, {}));
  }
  await check('GET /children/{id}/contacts/breaches/new', 200, () => staff.request(`${contacts}/breaches/new`), { shows: [child.id] });
  await check('POST /children/{id}/contacts/breaches/new', 422, postForm(`${contacts}/breaches/new`, {}), { shows: [child.id] });
  await check('POST /children/{id}/contacts/breaches/new', 404, postForm('/children/NOSUCHCHILD/contacts/breaches/new', {}));
  const outcome = sql(database.db, `SELECT COALESCE(MAX(id), 0) FROM outcomes WHERE child_id = ${rowId}`);
  if (outcome !== '0') {
    // Proposed by someone else: the head of service may decide it, and an empty answer saves nothing.
    sql(database.db, `INSERT INTO breach_decisions (outcome_id, reason, proposed_by, proposed_at, decision)
      VALUES (${outcome}, 'Three missed appointments', 'caseworker', '2026-01-06T00:00:00Z', 'proposed')`);
    const decision = sql(database.db, `SELECT MAX(id) FROM breach_decisions WHERE outcome_id = ${outcome}`);
    await check('GET /children/{id}/contacts/breaches/{decision}', 200, () => staff.request(`${contacts}/breaches/${decision}`),
      { shows: [child.id] });
    await check('POST /children/{id}/contacts/breaches/{decision}', 422, postForm(`${contacts}/breaches/${decision}`, {}),
      { shows: [child.id] });
  }
  await check('GET /children/{id}/contacts/breaches/{decision}', 404, () => staff.request(`${contacts}/breaches/999999999`));
  await check('POST /children/{id}/contacts/breaches/{decision}', 404, postForm(`${contacts}/breaches/999999999`, {}));
  await check('GET /appointments/mine', 200, () => staff.request('/appointments/mine'));
  await check('GET /account/calendar', 200, () => staff.request('/account/calendar'));
  await check('POST /account/calendar/stop', 303, postForm('/account/calendar/stop', {}));
  const made = await check('POST /account/calendar', 200, postForm('/account/calendar', {}));
  const address = made.text.match(/\/calendar\/([A-Za-z0-9_-]+)\.ics/);
  assert.ok(address, 'the new address is shown');
  await check('GET /calendar/{file}', 200, () => staff.request(`/calendar/${address[1]}.ics`), { by: username });
  await check('GET /calendar/{file}', 404, () => staff.request('/calendar/not-a-secret.ics'));
  await check('POST /account/calendar/stop', 303, postForm('/account/calendar/stop', {}));
  const admin = new Browserless(server.baseUrl);
  await admin.signIn('admin');
  await check('GET /admin/contact-expectations', 200, () => admin.request('/admin/contact-expectations'), { by: 'admin' });
  await check('POST /admin/contact-expectations', 422, postForm('/admin/contact-expectations', {}, admin), { by: 'admin' });
});

test('a child\'s case formulation and plan: the tab, the PDFs, the forms, their errors, saving and a missing child', async () => {
  const child = childrenIn(`restricted = 0`)[7];
  const plan = `/children/${child.id}/plan`;
  const missing = '/children/NOSUCHCHILD/plan';
  const future = new Date(Date.now() + 30 * 86400000);
  const reviewOn = { 'review-on-day': String(future.getUTCDate()), 'review-on-month': String(future.getUTCMonth() + 1),
    'review-on-year': String(future.getUTCFullYear()) };
  await check('GET /children/{id}/plan', 200, () => staff.request(plan), { shows: [child.id] });
  await check('GET /children/{id}/plan', 404, () => staff.request(missing));
  await check('GET /children/{id}/plan/formulation', 200, () => staff.request(`${plan}/formulation`), { shows: [child.id] });
  await check('GET /children/{id}/plan/formulation', 404, () => staff.request(`${missing}/formulation`));
  await check('POST /children/{id}/plan/formulation', 422, postForm(`${plan}/formulation`, {}), { shows: [child.id] });
  await check('POST /children/{id}/plan/formulation', 303, postForm(`${plan}/formulation`, { 'what-helps': 'Short sessions.' }));
  await check('POST /children/{id}/plan/formulation', 404, postForm(`${missing}/formulation`, {}));
  await check('GET /children/{id}/plan/objectives/new', 200, () => staff.request(`${plan}/objectives/new`), { shows: [child.id] });
  await check('GET /children/{id}/plan/objectives/new', 404, () => staff.request(`${missing}/objectives/new`));
  await check('POST /children/{id}/plan/objectives/new', 422, postForm(`${plan}/objectives/new`, { 'need-area': 'accommodation' }),
    { shows: [child.id] });
  await check('POST /children/{id}/plan/objectives/new', 303, postForm(`${plan}/objectives/new`, {
    'need-area': 'accommodation', 'worker-words': 'Somewhere settled to live.', owner: 'child', ...reviewOn }));
  await check('POST /children/{id}/plan/objectives/new', 404, postForm(`${missing}/objectives/new`, {}));
  const objective = sql(database.db, `SELECT MAX(o.id) FROM plan_objectives o JOIN plans p ON p.id = o.plan_id
    JOIN children c ON c.id = p.child_id WHERE c.public_id = '${child.id}'`);
  const actions = `${plan}/objectives/${objective}/actions/new`;
  await check('GET /children/{id}/plan/objectives/{objective}/actions/new', 200, () => staff.request(actions), { shows: [child.id] });
  await check('GET /children/{id}/plan/objectives/{objective}/actions/new', 404,
    () => staff.request(`${plan}/objectives/999999999/actions/new`));
  await check('POST /children/{id}/plan/objectives/{objective}/actions/new', 422, postForm(actions, {}), { shows: [child.id] });
  await check('POST /children/{id}/plan/objectives/{objective}/actions/new', 303,
    postForm(actions, { 'action-description': 'View the flat' }));
  await check('POST /children/{id}/plan/objectives/{objective}/actions/new', 404,
    postForm(`${missing}/objectives/${objective}/actions/new`, {}));
  await check('GET /children/{id}/plan/reviews/new', 200, () => staff.request(`${plan}/reviews/new`), { shows: [child.id] });
  await check('GET /children/{id}/plan/reviews/new', 404, () => staff.request(`${missing}/reviews/new`));
  await check('POST /children/{id}/plan/reviews/new', 422, postForm(`${plan}/reviews/new`, {}), { shows: [child.id] });
  await check('POST /children/{id}/plan/reviews/new', 404, postForm(`${missing}/reviews/new`, {}));
  await check('GET /children/{id}/plan/my-plan.pdf', 200, () => staff.request(`${plan}/my-plan.pdf`));
  await check('GET /children/{id}/plan/my-plan.pdf', 404, () => staff.request(`${missing}/my-plan.pdf`));
  await check('GET /children/{id}/plan/full-plan.pdf', 200, () => staff.request(`${plan}/full-plan.pdf`));
  await check('GET /children/{id}/plan/full-plan.pdf', 404, () => staff.request(`${missing}/full-plan.pdf`));
  const printed = sql(database.db, `SELECT COUNT(*) FROM audit_events WHERE action = 'child.plan_pdf' AND record_id = '${child.id}'`);
  assert.equal(Number(printed), 2, 'each print is audited, naming the child');
});

test('case notes, flags and the network: the pages, the forms, their errors and the search', async () => {
  const [, , , child] = childrenIn();
  const rowId = `(SELECT id FROM children WHERE public_id = '${child.id}')`;
  // A note, a current flag and a member of the network, written straight in, so each form
  // has something to show; every post below is refused, so nothing changes.
  sql(database.db, `INSERT INTO case_notes (child_id, note_type, happened_on, summary, body, search_text, recorded_at,
    recorded_by, recorded_by_name) VALUES (${rowId}, 'contact', '${thisYear - 1}-03-01', 'Audited note', 'Text',
    'audited note text', '2026-01-01T00:00:00Z', 'caseworker', 'Amara Nwosu')`);
  sql(database.db, `INSERT INTO child_flags (child_id, flag_type, start_date, review_date, reason, raised_at, raised_by,
    raised_by_name) VALUES (${rowId}, 'risk_to_staff', '${thisYear - 1}-03-01', '${thisYear + 1}-03-01', 'Audited flag',
    '2026-01-01T00:00:00Z', 'caseworker', 'Amara Nwosu')`);
  sql(database.db, `INSERT INTO network_members (child_id, member_kind, name, relationship, parental_responsibility,
    may_contact, recorded_at, recorded_by, updated_at) VALUES (${rowId}, 'family', 'Audited Parent', 'mother', 1, 1,
    '2026-01-01T00:00:00Z', 'caseworker', '2026-01-01T00:00:00Z')`);
  const note = sql(database.db, `SELECT MAX(id) FROM case_notes WHERE child_id = ${rowId}`);
  const flag = sql(database.db, `SELECT MAX(id) FROM child_flags WHERE child_id = ${rowId}`);
  const member = sql(database.db, `SELECT MAX(id) FROM network_members WHERE child_id = ${rowId}`);
  const record = `/children/${child.id}`;
  const shows = { shows: [child.id] };
  await check('GET /children/{id}/case-notes', 200, () => staff.request(`${record}/case-notes?words=audited&type=contact`), shows);
  await check('GET /children/{id}/case-notes', 422, () => staff.request(`${record}/case-notes?from-day=40&from-month=1&from-year=2026`), shows);
  await check('GET /children/{id}/case-notes', 404, () => staff.request('/children/NOSUCHCHILD/case-notes'));
  await check('GET /children/{id}/case-notes/new', 200, () => staff.request(`${record}/case-notes/new`), shows);
  await check('POST /children/{id}/case-notes/new', 422, postForm(`${record}/case-notes/new`, {}), shows);
  await check('POST /children/{id}/case-notes/new', 404, postForm('/children/NOSUCHCHILD/case-notes/new', {}));
  await check('GET /children/{id}/case-notes/{note}', 200, () => staff.request(`${record}/case-notes/${note}`), shows);
  await check('GET /children/{id}/case-notes/{note}', 404, () => staff.request(`${record}/case-notes/999999999`));
  await check('GET /children/{id}/case-notes/{note}/correct', 200, () => staff.request(`${record}/case-notes/${note}/correct`), shows);
  await check('GET /children/{id}/case-notes/{note}/correct', 404, () => staff.request(`${record}/case-notes/999999999/correct`));
  await check('POST /children/{id}/case-notes/{note}/correct', 422, postForm(`${record}/case-notes/${note}/correct`, {}), shows);
  await check('POST /children/{id}/case-notes/{note}/correct', 404, postForm(`${record}/case-notes/999999999/correct`, {}));
  await check('GET /children/{id}/flags', 200, () => staff.request(`${record}/flags`), shows);
  await check('GET /children/{id}/flags', 404, () => staff.request('/children/NOSUCHCHILD/flags'));
  await check('GET /children/{id}/flags/new', 200, () => staff.request(`${record}/flags/new`), shows);
  await check('POST /children/{id}/flags/new', 422, postForm(`${record}/flags/new`, {}), shows);
  for (const action of ['review', 'end']) {
    const route = `/children/{id}/flags/{flag}/${action}`;
    await check(`GET ${route}`, 200, () => staff.request(`${record}/flags/${flag}/${action}`), shows);
    await check(`GET ${route}`, 404, () => staff.request(`${record}/flags/999999999/${action}`));
    await check(`POST ${route}`, 422, postForm(`${record}/flags/${flag}/${action}`, {}), shows);
    await check(`POST ${route}`, 404, postForm(`${record}/flags/999999999/${action}`, {}));
  }
  await check('GET /children/{id}/network', 200, () => staff.request(`${record}/network`), shows);
  await check('GET /children/{id}/network', 404, () => staff.request('/children/NOSUCHCHILD/network'));
  await check('GET /children/{id}/network/new', 200, () => staff.request(`${record}/network/new?kind=professional`), shows);
  await check('GET /children/{id}/network/new', 404, () => staff.request(`${record}/network/new?kind=stranger`));
  await check('POST /children/{id}/network/new', 422, postForm(`${record}/network/new?kind=family`, {}), shows);
  await check('GET /children/{id}/network/{member}/edit', 200, () => staff.request(`${record}/network/${member}/edit`), shows);
  await check('GET /children/{id}/network/{member}/edit', 404, () => staff.request(`${record}/network/999999999/edit`));
  await check('POST /children/{id}/network/{member}/edit', 422, postForm(`${record}/network/${member}/edit`, {}), shows);
  await check('POST /children/{id}/network/{member}/edit', 404, postForm(`${record}/network/999999999/edit`, {}));
});

test('circumstances and early warnings: the page, the form, its errors, marking a warning seen', async () => {
  const [, , , , child] = childrenIn();
  const rowId = `(SELECT id FROM children WHERE public_id = '${child.id}')`;
  // A home lost this week, written straight in, so the page lists an early warning.
  const now = new Date().toISOString().slice(0, 19) + 'Z';
  for (const [status, suitability, from] of [['family_home', 'suitable', `${thisYear - 1}-01-10`],
    ['no_fixed_abode', 'unsuitable', `${thisYear - 1}-06-10`]]) {
    sql(database.db, `INSERT INTO child_circumstances (child_id, kind, status, suitability, from_date, recorded_at,
      recorded_by, recorded_by_name) VALUES (${rowId}, 'accommodation', '${status}', '${suitability}', '${from}', '${now}',
      'caseworker', 'Amara Nwosu')`);
  }
  const lost = sql(database.db, `SELECT MAX(id) FROM child_circumstances WHERE child_id = ${rowId}`);
  const record = `/children/${child.id}`;
  const shows = { shows: [child.id] };
  await check('GET /children/{id}/circumstances', 200, () => staff.request(`${record}/circumstances`), shows);
  await check('GET /children/{id}/circumstances', 404, () => staff.request('/children/NOSUCHCHILD/circumstances'));
  await check('GET /children/{id}/circumstances/{kind}/new', 200, () => staff.request(`${record}/circumstances/ete/new`), shows);
  await check('GET /children/{id}/circumstances/{kind}/new', 404, () => staff.request(`${record}/circumstances/hobbies/new`));
  await check('POST /children/{id}/circumstances/{kind}/new', 422, postForm(`${record}/circumstances/accommodation/new`, {}), shows);
  await check('POST /children/{id}/circumstances/{kind}/new', 404, postForm('/children/NOSUCHCHILD/circumstances/ete/new', {}));
  await check('POST /children/{id}/circumstances/{kind}/new', 303, postForm(`${record}/circumstances/ete/new`, {
    status: 'school', suitability: 'suitable', hours: '25', 'from-date-day': '3', 'from-date-month': '9',
    'from-date-year': String(thisYear - 1) }));
  await check('POST /children/{id}/early-warnings/seen', 404, postForm(`${record}/early-warnings/seen`, { warning: 'circumstance:0' }));
  await check('POST /children/{id}/early-warnings/seen', 404, postForm('/children/NOSUCHCHILD/early-warnings/seen', {}));
  await check('POST /children/{id}/early-warnings/seen', 303, postForm(`${record}/early-warnings/seen`,
    { warning: `circumstance:${lost}`, 'back-to': 'home' }));
  const seen = sql(database.db, `SELECT COUNT(*) FROM audit_events WHERE action = 'early_warning.acknowledge'
    AND actor = '${username}' AND record_id = '${child.id}'`);
  assert.equal(Number(seen), 1, 'marking a warning seen is audited, naming the child');
});

test('wider services: the forms adding and ending one, their errors, another child\'s or an ended one', async () => {
  const [, , , , , child, other] = childrenIn();
  const rowId = `(SELECT id FROM children WHERE public_id = '${child.id}')`;
  sql(database.db, `DELETE FROM wider_services WHERE child_id = ${rowId}`);
  const record = `/children/${child.id}`;
  const shows = { shows: [child.id] };
  const from = { 'from-date-day': '3', 'from-date-month': '9', 'from-date-year': String(thisYear - 1) };
  await check('GET /children/{id}/wider-services/new', 200, () => staff.request(`${record}/wider-services/new`), shows);
  await check('GET /children/{id}/wider-services/new', 404, () => staff.request('/children/NOSUCHCHILD/wider-services/new'));
  await check('POST /children/{id}/wider-services/new', 422, postForm(`${record}/wider-services/new`, {}), shows);
  await check('POST /children/{id}/wider-services/new', 404, postForm('/children/NOSUCHCHILD/wider-services/new', {}));
  await check('POST /children/{id}/wider-services/new', 303, postForm(`${record}/wider-services/new`,
    { service: 'child_in_need', ...from }));
  const sid = sql(database.db, `SELECT MAX(id) FROM wider_services WHERE child_id = ${rowId}`);
  await check('GET /children/{id}/wider-services/{sid}/end', 200, () => staff.request(`${record}/wider-services/${sid}/end`), shows);
  await check('GET /children/{id}/wider-services/{sid}/end', 404, () => staff.request(`/children/${other.id}/wider-services/${sid}/end`));
  await check('GET /children/{id}/wider-services/{sid}/end', 404, () => staff.request('/children/NOSUCHCHILD/wider-services/1/end'));
  await check('POST /children/{id}/wider-services/{sid}/end', 422, postForm(`${record}/wider-services/${sid}/end`, {}), shows);
  await check('POST /children/{id}/wider-services/{sid}/end', 303, postForm(`${record}/wider-services/${sid}/end`,
    { 'to-date-day': '1', 'to-date-month': '1', 'to-date-year': String(thisYear) }));
  await check('POST /children/{id}/wider-services/{sid}/end', 404, postForm(`${record}/wider-services/${sid}/end`, {}));
  const changes = sql(database.db, `SELECT COUNT(*) FROM audit_events WHERE action IN ('wider_service.add', 'wider_service.end')
    AND actor = '${username}' AND record_id = '${child.id}'`);
  assert.equal(Number(changes), 2, 'adding and ending a wider service are audited, naming the child');
});

test('every route the server has is driven above', () => {
  // Each line is "METHOD /pattern permission": this test keys routes by the first two.
  const routes = execFileSync(binary, ['serve', '--db', database.db, '--list-routes'], { encoding: 'utf8' })
    .split('\n').filter(Boolean).map((line) => line.split(' ').slice(0, 2).join(' '));
  assert.ok(routes.includes('GET /children/{id}'), `serve --list-routes lists the routes: ${routes}`);
  const missing = routes.filter((route) => !driven.has(route));
  assert.deepEqual(missing, [], 'routes this test does not drive: add their branches above');
});

test('every action written has words on the audit pages, and every record an event lists is filed under its own kind', async () => {
  const dpo = new Browserless(server.baseUrl);
  await dpo.signIn('dpo');
  // The search by action offers every action the trail knows words for.
  const form = await dpo.request('/audit');
  const offered = new Set([...form.text.matchAll(/<option value="([^"]+)"/g)].map((match) => match[1]));
  const written = sql(database.db, 'SELECT DISTINCT action FROM audit_events ORDER BY 1').split('\n').filter(Boolean);
  assert.deepEqual(written.filter((action) => !offered.has(action)), [], 'actions written without words in src/access/audit_actions.cpp');
  // A search by record files every event not yet filed before it reads.
  const [child] = childrenIn();
  assert.equal((await dpo.request(`/audit?record=${child.id}`)).status, 200);
  // An id listed without a kind takes the kind of the action's first word: right for
  // "child.list", wrong for "caseload.mine", which must list "child:ID".
  const records = ['child', 'staff', 'team', 'setting', 'service_setting', 'area', 'district', 'establishment', 'board_report', 'assessment',
    'case_note', 'flag', 'network_member'];
  const misfiled = sql(database.db, `SELECT DISTINCT r.record_type || ' from ' || e.action FROM audit_event_records r
    JOIN audit_events e ON e.id = r.event_id WHERE r.record_type NOT IN (${records.map((kind) => `'${kind}'`).join(', ')})`)
    .split('\n').filter(Boolean);
  assert.deepEqual(misfiled, [], 'records filed under a kind that is not a kind of record');
});
