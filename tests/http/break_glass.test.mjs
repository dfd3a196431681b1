// Emergency access ("break glass"): a member of staff opens a record outside their cases
// after giving a reason, for the service's set time; the allocated worker and the manager
// see it on the record; a restricted record cannot be broken into.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { allocate, childRowId, expireBreakGlass, staffId, untouchedChildren } from '../support/access_fixtures.mjs';

let database;
let server;
let duty;      // caseworker: holds no cases, so every record is outside their need to know
let allocated; // caseworker2: allocated to the children broken into
let manager;   // the head of service
let analyst;   // sees the whole service, oversees nothing

before(async () => {
  database = createDemoDatabase();
  server = await startServer(database.db);
  duty = new Browserless(server.baseUrl);
  await duty.signIn('caseworker');
  allocated = new Browserless(server.baseUrl);
  await allocated.signIn('caseworker2');
  manager = new Browserless(server.baseUrl);
  await manager.signIn('manager');
  analyst = new Browserless(server.baseUrl);
  await analyst.signIn('analyst');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const grantsOn = (publicId) => count(database.db, 'break_glass_grants', `child_id = ${childRowId(database.db, publicId)}`);

async function breakGlass(publicId, fields = { 'reason-choice': 'court_duty', 'reason-details': 'Appearing this morning' }) {
  return duty.submit(`/children/${publicId}/break-glass`, fields);
}

test('a record outside need to know answers as not found until the glass is broken, then opens with a banner', async () => {
  const [child] = untouchedChildren(database.db, 1, 0);
  assert.equal((await duty.request(`/children/${child}`)).status, 404);

  const list = await duty.request('/children?page=1');
  assert.match(list.text, /get emergency access/);
  assert.match(list.text, /href="\/children\/[A-Z0-9]+\/break-glass"/);

  const form = await duty.request(`/children/${child}/break-glass`);
  assert.equal(form.status, 200);
  assert.match(form.text, /Why do you need to open this record\?/);
  assert.match(form.text, /Out-of-hours duty/);
  assert.match(form.text, /Court duty/);
  assert.match(form.text, /Safeguarding concern/);
  assert.match(form.text, /Emergency access is audited/);
  assert.match(form.text, /allocated worker and their manager will see/);

  const opened = await breakGlass(child);
  assert.equal(opened.status, 303);
  assert.equal(opened.headers.get('location'), `/children/${child}`);
  assert.equal(grantsOn(child), 1);
  const record = await duty.request(`/children/${child}`);
  assert.equal(record.status, 200);
  assert.match(record.text, /You opened this record with emergency access until \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}/);
  const history = await duty.request(`/children/${child}/history`);
  assert.match(history.text, /You opened this record with emergency access until/);

  const events = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'child.break_glass' AND record_id = '${child}' AND actor = 'caseworker'`);
  assert.match(events, /reason: Court duty: Appearing this morning/);
  assert.match(events, /until \d{4}-\d{2}-\d{2}T/);
});

test('the grant lasts the configured time: 24 hours by default, or the service setting', async () => {
  const [first, second] = untouchedChildren(database.db, 2, 1);
  await breakGlass(first);
  const length = (publicId) => Number(sql(database.db, `SELECT expires_at - opened_at FROM break_glass_grants WHERE child_id = ${childRowId(database.db, publicId)}`));
  assert.equal(length(first), 24 * 3600);
  sql(database.db, "INSERT INTO service_settings (name, value) VALUES ('break_glass_hours', '8')");
  try {
    const form = await duty.request(`/children/${second}/break-glass`);
    assert.match(form.text, /open it for 8 hours/);
    await breakGlass(second);
    assert.equal(length(second), 8 * 3600);
  } finally {
    sql(database.db, "DELETE FROM service_settings WHERE name = 'break_glass_hours'");
  }
});

test('after the grant expires the record answers exactly as a missing child again', async () => {
  const [child] = untouchedChildren(database.db, 1, 3);
  await breakGlass(child);
  assert.equal((await duty.request(`/children/${child}`)).status, 200);
  expireBreakGlass(database.db, child);
  const refused = await duty.request(`/children/${child}`);
  const missing = await duty.request('/children/ZZZZZZZZZZ');
  assert.equal(refused.status, 404);
  assert.equal(refused.text, missing.text);
  // The form is offered again for a new grant.
  assert.equal((await duty.request(`/children/${child}/break-glass`)).status, 200);
});

test('a reason is required: the form shows a GOV.UK error summary and grants nothing', async () => {
  const [child] = untouchedChildren(database.db, 1, 4);
  const none = await breakGlass(child, {});
  assert.equal(none.status, 422);
  assert.match(none.text, /govuk-error-summary/);
  assert.match(none.text, /<a href="#reason-choice-out_of_hours">Select why you need to open this record<\/a>/);
  assert.match(none.text, /<title>Error: /);

  const otherWithoutWords = await breakGlass(child, { 'reason-choice': 'other', 'reason-details': '   ' });
  assert.equal(otherWithoutWords.status, 422);
  assert.match(otherWithoutWords.text, /<a href="#reason-details">Enter why you need to open this record<\/a>/);
  assert.match(otherWithoutWords.text, /id="reason-choice-other" name="reason-choice" type="radio" value="other" checked/);

  const madeUp = await breakGlass(child, { 'reason-choice': 'curiosity' });
  assert.equal(madeUp.status, 422);
  const tooLong = await breakGlass(child, { 'reason-choice': 'other', 'reason-details': 'x'.repeat(501) });
  assert.equal(tooLong.status, 422);
  assert.match(tooLong.text, /500 characters or fewer/);

  assert.equal(grantsOn(child), 0);
  assert.equal((await duty.request(`/children/${child}`)).status, 404);
  // Free text alone is enough with a usual reason.
  assert.equal((await breakGlass(child, { 'reason-choice': 'out_of_hours' })).status, 303);
  assert.equal((await duty.request(`/children/${child}`)).status, 200);
});

test('a restricted record cannot be broken into: the form and the post answer as a missing child', async () => {
  const [child] = untouchedChildren(database.db, 1, 5);
  sql(database.db, `UPDATE children SET restricted = 1 WHERE public_id = '${child}'`);
  sql(database.db, `INSERT INTO restricted_record_staff (child_id, staff_id) VALUES (${childRowId(database.db, child)}, ${staffId(database.db, 'manager')})`);
  const missing = await duty.request('/children/ZZZZZZZZZZ');
  const form = await duty.request(`/children/${child}/break-glass`);
  assert.equal(form.status, 404);
  assert.equal(form.text, missing.text);
  const posted = await breakGlass(child);
  assert.equal(posted.status, 404);
  assert.equal(grantsOn(child), 0);
  // Each refusal is audited: the GET, and the GET and POST of the submission.
  assert.equal(count(database.db, 'audit_events', `action = 'child.refused' AND record_id = '${child}' AND actor = 'caseworker'`), 3);
  // A child that does not exist answers the same.
  assert.equal((await duty.request('/children/ZZZZZZZZZZ/break-glass')).text, missing.text);
});

test('someone who may already open the record is sent straight to it, with no grant', async () => {
  const [child] = untouchedChildren(database.db, 1, 6);
  assert.equal((await manager.request(`/children/${child}/break-glass`)).status, 303);
  // The post, as from a form opened before the child was allocated to them.
  const answer = await manager.submit('/children', { 'reason-choice': 'court_duty' }, `/children/${child}/break-glass`);
  assert.equal(answer.status, 303);
  assert.equal(answer.headers.get('location'), `/children/${child}`);
  assert.equal(grantsOn(child), 0);
});

test('the allocated worker and the manager see the emergency access on the record; others do not', async () => {
  const [child] = untouchedChildren(database.db, 1, 7);
  allocate(database.db, child, 'caseworker2');
  await breakGlass(child, { 'reason-choice': 'safeguarding', 'reason-details': 'Missing overnight' });

  for (const [who, viewer] of [['allocated worker', allocated], ['manager', manager]]) {
    const record = await viewer.request(`/children/${child}`);
    assert.equal(record.status, 200, who);
    assert.match(record.text, /<h2 class="govuk-heading-m" id="emergency-access">Emergency access<\/h2>/, who);
    assert.match(record.text, /Amara Nwosu/, who);
    assert.match(record.text, /Safeguarding concern: Missing overnight/, who);
    assert.match(record.text, /In force/, who);
    assert.doesNotMatch(record.text, /You opened this record with emergency access/, who);
  }
  // The analyst may read the record but oversees no one's cases.
  const analystView = await analyst.request(`/children/${child}`);
  assert.equal(analystView.status, 200);
  assert.doesNotMatch(analystView.text, /id="emergency-access"/);

  expireBreakGlass(database.db, child);
  const later = await allocated.request(`/children/${child}`);
  assert.match(later.text, /Safeguarding concern: Missing overnight/);
  assert.doesNotMatch(later.text, /In force/);
});
