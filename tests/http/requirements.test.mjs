// A youth rehabilitation order's requirements (/children/{id}/outcomes/{outcome}/requirements):
// the page with what was ordered, done and remaining; adding a requirement, refused with a
// GOV.UK message that says how to fix it whenever the law for the conviction date does not
// allow it (each limit on both sides of 28 June 2022), saving nothing; the ISS pilot's
// districts as the administrator names them; progress, never beyond what was ordered.
// Runs on both backends (PATHWAY_TEST_BACKEND).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { clearJusticeRecord } from '../support/justice_fixture.mjs';

let database;
let server;
let tom;     // head of service: opens and corrects every record
let hannah;  // analyst: reads every record, corrects none
let priya;   // administrator

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  tom = new Browserless(server.baseUrl);
  await tom.signIn('manager');
  hannah = new Browserless(server.baseUrl);
  await hannah.signIn('analyst');
  priya = new Browserless(server.baseUrl);
  await priya.signIn('admin');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const taken = [];
// A child of the demo with no history, born on `bornOn`, living in `district`.
function child(bornOn, district) {
  const exclude = taken.length ? ` AND public_id NOT IN (${taken.map((id) => `'${id}'`).join(', ')})` : '';
  const [id, rowId] = sql(database.db,
    `SELECT public_id || '|' || id FROM children WHERE restricted = 0${exclude} ORDER BY id LIMIT 1`).split('|');
  taken.push(id);
  clearJusticeRecord(database.db, rowId);
  sql(database.db, `UPDATE children SET date_of_birth = '${bornOn}', district_code = '${district}' WHERE id = ${rowId}`);
  return { id, rowId };
}

// An outcome of `type` on `date` (the conviction), 12 months long, disposing of a new offence.
function outcome(of, type, date, { end = null, length = 12 } = {}) {
  const offence = sql(database.db, `INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)
    VALUES ('REQ-O-${of.rowId}-${date}-${type}', ${of.rowId}, '${date}', 'robbery', 4, '2024-01-01T00:00:00Z') RETURNING id`);
  const id = sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date, end_date,
    length_months, completion, created_at) VALUES ('REQ-U-${offence}', ${of.rowId}, '${date}', '${type}', '${date}',
    ${end ? `'${end}'` : 'NULL'}, ${length}, ${end ? "'completed'" : "'ongoing'"}, '2024-01-01T00:00:00Z') RETURNING id`);
  sql(database.db, `INSERT INTO outcome_offences (outcome_id, offence_id) VALUES (${id}, ${offence})`);
  return `/children/${of.id}/outcomes/${id}/requirements`;
}

function dateFields(prefix, iso) {
  const [year, month, day] = iso.split('-');
  return { [`${prefix}-day`]: String(Number(day)), [`${prefix}-month`]: String(Number(month)), [`${prefix}-year`]: year };
}

async function post(session, pathname, fields) {
  const home = await session.request('/');
  const token = Browserless.csrfToken(home.text);
  const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
  return session.request(pathname, { method: 'POST', form: [['csrf_token', token], ...pairs] });
}

const curfewHours = (hours) => Object.fromEntries(hours.map((value, i) => [`curfew-hours-${i + 1}`, String(value)]));
const curfew = (start, end, hours) => ({ kind: 'curfew', ...dateFields('starts-on', start), ...dateFields('ends-on', end), ...curfewHours(hours) });
const withAmount = (kind, amount, start) => ({ kind, amount: String(amount), ...dateFields('starts-on', start) });

function requirementsSaved() {
  return count(database.db, 'yro_requirements') + count(database.db, 'audit_events', "action = 'requirement.create'");
}

// Posts a requirement the law does not allow: refused with the message, nothing saved.
async function refused(page, form, message) {
  const before = requirementsSaved();
  const answer = await post(tom, `${page}/new`, form);
  assert.equal(answer.status, 422, `${JSON.stringify(form)}: ${answer.text.slice(0, 200)}`);
  assert.match(answer.text, /govuk-error-summary/);
  assert.ok(answer.text.includes(message), `the message says "${message}": ${answer.text.match(/govuk-error-message">[\s\S]*?<\/p>/g)}`);
  assert.equal(requirementsSaved(), before, 'nothing saved');
}

async function added(page, form) {
  const answer = await post(tom, `${page}/new`, form);
  assert.equal(answer.status, 303, answer.text.match(/govuk-error-message">[\s\S]*?<\/p>/g)?.join(' '));
  assert.equal(answer.headers.get('location'), `${page}?saved=requirement`);
}

test('the page shows an order with no requirements, goes back to its outcome, and records the view', async () => {
  const sam = child('2006-05-15', 'MAIDSTONE');
  const page = outcome(sam, 'youth_rehabilitation_order', '2022-06-28');
  const before = Number(sql(database.db, 'SELECT MAX(id) FROM audit_events'));
  const answer = await tom.request(page);
  assert.equal(answer.status, 200);
  assert.match(answer.text, /No requirements are recorded for this order/);
  assert.match(answer.text, /Add a requirement/);
  const outcomePage = page.replace(/\/requirements$/, '');
  assert.ok(answer.text.includes(`href="${outcomePage}"`), 'the back link goes to the outcome');
  assert.equal(count(database.db, 'audit_events', `id > ${before} AND action = 'child.requirements' AND record_id = '${sam.id}'`), 1);
  // A reader who may not correct sees the page but not the forms.
  const read = await hannah.request(page);
  assert.equal(read.status, 200);
  assert.doesNotMatch(read.text, /Add a requirement/);
  assert.equal((await hannah.request(`${page}/new`)).status, 403);
});

test('another child\'s outcome answers as a missing child; an outcome that is not a YRO says so', async () => {
  const ann = child('2007-01-01', 'MAIDSTONE');
  const bob = child('2007-01-01', 'MAIDSTONE');
  const annsOrder = outcome(ann, 'youth_rehabilitation_order', '2023-03-01');
  const onBob = annsOrder.replace(ann.id, bob.id);
  for (const path of [onBob, `${onBob}/new`]) {
    const answer = await tom.request(path);
    assert.equal(answer.status, 404, path);
    assert.match(answer.text, /Child not found/);
  }
  assert.equal((await post(tom, `${onBob}/new`, withAmount('activity', 30, '2023-03-01'))).status, 404);
  assert.equal((await tom.request(`/children/${ann.id}/outcomes/abc/requirements`)).status, 404);
  const referral = outcome(ann, 'referral_order', '2023-04-01');
  const shown = await tom.request(referral);
  assert.equal(shown.status, 200);
  assert.match(shown.text, /This outcome is a referral order, not a youth rehabilitation order/);
  const before = requirementsSaved();
  assert.equal((await post(tom, `${referral}/new`, withAmount('activity', 30, '2023-04-01'))).status, 422);
  assert.equal(requirementsSaved(), before);
});

test('a curfew is refused beyond the limits of its conviction date, on both sides of 28 June 2022', async () => {
  const sam = child('2006-05-15', 'MAIDSTONE');
  const before = outcome(sam, 'youth_rehabilitation_order', '2022-06-27');
  const after = outcome(sam, 'youth_rehabilitation_order_iss', '2022-06-28', { length: 24 });
  await refused(after, curfew('2022-06-28', '2022-09-27', [21, 0, 0, 0, 0, 0, 0]), 'a day of curfew is 2 to 20 hours for this conviction date; 21 is not');
  await refused(before, curfew('2022-06-27', '2022-09-26', [21, 0, 0, 0, 0, 0, 0]), 'a day of curfew is 2 to 16 hours');
  await refused(before, curfew('2022-06-27', '2022-09-26', [17, 0, 0, 0, 0, 0, 0]), 'a day of curfew is 2 to 16 hours for this conviction date; 17 is not');
  await refused(after, curfew('2022-06-28', '2022-09-27', [20, 20, 20, 20, 20, 13, 0]), 'at most 112 hours in each 7 days for this conviction date; these days add up to 113');
  await refused(after, curfew('2022-06-28', '2023-07-27', [8, 8, 8, 8, 8, 0, 0]), 'it runs at most 12 months from the day it starts: end it on or before 27 June 2023');
  await refused(after, { ...curfew('2022-06-28', '2022-09-27', [8, 'x', 0, 0, 0, 0, 0]) }, 'Enter the hours of curfew on each day as a whole number, 0 for none');
  // Allowed: 17 hours a day after it, 16 every day (112) before it.
  await added(after, curfew('2022-06-28', '2022-09-27', [17, 17, 17, 17, 17, 12, 0]));
  await added(before, curfew('2022-06-27', '2022-09-26', [16, 16, 16, 16, 16, 16, 16]));
  const page = await tom.request(before);
  assert.match(page.text, /Hours a day on the 7 days from each Monday: 16, 16, 16, 16, 16, 16, 16 \(112 hours in each 7 days\)/);
  assert.match(page.text, /92 days/, 'a curfew is counted in the days of its period');
});

test('unpaid work only for a child of 16 or 17 at conviction, 40 to 240 hours', async () => {
  const young = child('2008-01-01', 'MAIDSTONE');
  const old = child('2006-05-15', 'MAIDSTONE');
  const fifteen = outcome(young, 'youth_rehabilitation_order', '2022-06-28');
  await refused(fifteen, withAmount('unpaid_work', 60, '2022-06-28'), 'only for a child aged 16 or 17 at conviction; this child was 14');
  for (const date of ['2022-06-27', '2022-06-28']) {
    const page = outcome(old, 'youth_rehabilitation_order', date);
    await refused(page, withAmount('unpaid_work', 39, date), 'it is 40 to 240 hours; 39 is not');
    await refused(page, withAmount('unpaid_work', 241, date), 'it is 40 to 240 hours; 241 is not');
    await refused(page, { kind: 'unpaid_work', ...dateFields('starts-on', date) }, 'give the number of hours the court ordered');
    await added(page, withAmount('unpaid_work', 240, date));
  }
});

test('ISS extended activity is 91 to 180 days, up to 365 in a pilot district the administrator names', async () => {
  const tia = child('2007-02-01', 'THANET');
  const page = outcome(tia, 'youth_rehabilitation_order_iss', '2023-09-01');
  await refused(page, withAmount('activity', 90, '2023-09-01'), 'an extended activity requirement is 91 to 180 days');
  await refused(page, withAmount('activity', 181, '2023-09-01'), 'an extended activity requirement is 91 to 180 days');
  // The administrator puts Thanet in the pilot.
  const settings = await priya.request('/admin/settings');
  assert.match(settings.text, /Districts in the intensive supervision and surveillance \(ISS\) pilot/);
  const badSettings = await post(priya, '/admin/settings', [['break_glass_hours', '24'], ['iss-pilot-district', 'NOWHERE']]);
  assert.equal(badSettings.status, 422);
  assert.equal(count(database.db, 'service_settings', "name = 'iss_pilot_districts'"), 0, 'nothing saved');
  const saved = await post(priya, '/admin/settings', [['break_glass_hours', '24'], ['iss-pilot-district', 'THANET']]);
  assert.equal(saved.status, 303);
  assert.equal(count(database.db, 'audit_events', "action = 'setting.change' AND record_id = 'iss_pilot_districts'"), 1);
  await refused(page, withAmount('activity', 366, '2023-09-01'), 'an extended activity requirement is 91 to 365 days');
  await added(page, withAmount('activity', 365, '2023-09-01'));
  const shown = await tom.request(page);
  assert.match(shown.text, /An order with intensive supervision and surveillance has a supervision requirement: add one/);
  await post(priya, '/admin/settings', [['break_glass_hours', '24']]);
});

test('electronic monitoring is never alone, and each kind is recorded once', async () => {
  const sam = child('2006-05-15', 'MAIDSTONE');
  const page = outcome(sam, 'youth_rehabilitation_order', '2023-06-01');
  await refused(page, { kind: 'electronic_monitoring', ...dateFields('starts-on', '2023-06-01') }, 'Electronic monitoring is never ordered alone: it monitors a curfew or exclusion requirement');
  await added(page, { kind: 'supervision', ...dateFields('starts-on', '2023-06-01') });
  await refused(page, { kind: 'supervision', ...dateFields('starts-on', '2023-06-01') }, 'The order has a supervision requirement already');
  await refused(page, { kind: '', ...dateFields('starts-on', '2023-06-01') }, 'Select the kind of requirement');
  await refused(page, { kind: 'activity', amount: '10' }, 'Enter the day the requirement starts');
  await added(page, curfew('2023-06-01', '2023-08-31', [8, 8, 8, 8, 8, 0, 0]));
  await added(page, { kind: 'electronic_monitoring', ...dateFields('starts-on', '2023-06-01') });
});

test('progress is recorded against what was ordered, and never beyond it', async () => {
  const sam = child('2006-05-15', 'MAIDSTONE');
  const page = outcome(sam, 'youth_rehabilitation_order', '2023-06-01');
  await added(page, withAmount('unpaid_work', 120, '2023-06-05'));
  const requirement = sql(database.db, `SELECT r.id FROM yro_requirements r JOIN outcomes o ON o.id = r.outcome_id
    JOIN children c ON c.id = o.child_id WHERE c.public_id = '${sam.id}'`);
  const progress = `${page}/${requirement}/progress`;
  const form = await tom.request(progress);
  assert.equal(form.status, 200);
  assert.match(form.text, /Ordered 120 hours; done so far 0 hours; 120 hours remaining/);
  const saved = () => count(database.db, 'yro_requirement_progress') + count(database.db, 'audit_events', "action = 'requirement.progress'");
  const first = await post(tom, progress, { ...dateFields('done-on', '2023-07-01'), amount: '100', note: 'Charity shop' });
  assert.equal(first.status, 303);
  assert.equal(first.headers.get('location'), `${page}?saved=progress`);
  for (const [fields, message] of [
    [{ ...dateFields('done-on', '2023-08-01'), amount: '21' }, 'Only 20 hours of the 120 hours ordered remain: give 20 or fewer'],
    [{ ...dateFields('done-on', '2023-06-04'), amount: '5' }, 'The date is before the requirement started (5 June 2023)'],
    [{ ...dateFields('done-on', '2099-01-01'), amount: '5' }, 'The date is in the future'],
    [{ ...dateFields('done-on', '2023-08-01'), amount: 'six' }, 'Enter the amount done as a whole number'],
    [{ amount: '5' }, 'Enter the date it was done'],
  ]) {
    const before = saved();
    const answer = await post(tom, progress, fields);
    assert.equal(answer.status, 422, JSON.stringify(fields));
    assert.ok(answer.text.includes(message), `${message}: ${answer.text.match(/govuk-error-message">[\s\S]*?<\/p>/g)}`);
    assert.equal(saved(), before, 'nothing saved');
  }
  assert.equal((await post(tom, progress, { ...dateFields('done-on', '2023-08-01'), amount: '20' })).status, 303);
  const shown = await tom.request(`${page}?saved=progress`);
  assert.match(shown.text, /Progress recorded/);
  assert.match(shown.text, /Done so far<\/dt>\s*<dd class="govuk-summary-list__value">120 hours/);
  assert.match(shown.text, /Remaining<\/dt>\s*<dd class="govuk-summary-list__value">0 hours/);
  assert.match(shown.text, /Complete/);
  assert.match(shown.text, /Charity shop/);
  assert.equal((await tom.request(`${page}/999999999/progress`)).status, 404);
});
