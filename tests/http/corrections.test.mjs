// Correcting a child's record leaves a history a court would accept: who made each change
// by name, when, and why when a reason was given; and a save that changes nothing says so
// and writes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';

let database;
let server;
let amara;
let dan;

before(async () => {
  database = createDemoDatabase();
  server = await startServer(database.db);
  amara = new Browserless(server.baseUrl);
  await amara.signIn('caseworker');
  dan = new Browserless(server.baseUrl);
  await dan.signIn('caseworker2');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const child = {
  'given-name': 'Rhiannon', 'family-name': 'Castellano-Pryce', 'date-of-birth-day': '5', 'date-of-birth-month': '11',
  'date-of-birth-year': String(new Date().getFullYear() - 15), sex: 'female', ethnicity: 'WBRI',
  district: 'ASHFORD', 'looked-after': 'unknown',
};

// Each child added here is born on a different day, so none is a possible duplicate of another.
let day = 0;
async function addChild(fields = child) {
  fields = { ...fields, 'date-of-birth-day': String(++day) };
  const created = await amara.submit('/children/new', fields);
  assert.equal(created.status, 303);
  return { id: created.headers.get('location').match(/^\/children\/([A-Z0-9]+)\?/)[1], fields };
}

test('the history names staff, not usernames, and shows the reason for a correction', async () => {
  const { id, fields } = await addChild();
  const edit = await amara.request(`/children/${id}/edit`);
  assert.match(edit.text, /<label class="govuk-label govuk-label--s" for="reason">Reason for this correction \(optional\)<\/label>/);
  const corrected = await dan.submit(`/children/${id}/edit`,
    { ...fields, 'looked-after': 'yes', version: '1', reason: '  Confirmed with the child\'s social worker <b>today</b>  ' });
  assert.equal(corrected.status, 303);
  assert.match(corrected.headers.get('location'), /\?saved=updated$/);
  const moved = await amara.submit(`/children/${id}/edit`, { ...fields, 'looked-after': 'yes', district: 'DOVER', version: '2' });
  assert.equal(moved.status, 303);

  const history = await amara.request(`/children/${id}/history`);
  assert.equal(history.status, 200);
  assert.match(history.text, /Record created by Amara Nwosu on/);
  assert.match(history.text, /Version 2 by Dan Kowalczyk on [^<]*\s*<span class="app-version-reason">Reason: Confirmed with the child(&#39;|&apos;|')s social worker &lt;b&gt;today&lt;\/b&gt;<\/span>/);
  assert.match(history.text, /Version 3 by Amara Nwosu on [^<]*<\/caption>/, 'no reason given, none shown');
  assert.doesNotMatch(history.text, /by caseworker/);
  assert.equal(sql(database.db, `SELECT DISTINCT reason FROM child_changes c JOIN children ch ON ch.id = c.child_id
    WHERE ch.public_id = '${id}' AND c.version = 2`), "Confirmed with the child's social worker <b>today</b>");
});

test('saving with no changes says so and writes nothing', async () => {
  const { id, fields } = await addChild({ ...child, 'given-name': 'Unaltered' });
  const changesBefore = count(database.db, 'child_changes');
  const form = await amara.request(`/children/${id}/edit`);
  const auditBefore = count(database.db, 'audit_events');
  const saved = await amara.request(`/children/${id}/edit`, { method: 'POST',
    form: { ...fields, version: '1', reason: 'Checked the birth certificate',
      csrf_token: Browserless.csrfToken(form.text) } });
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get('location'), `/children/${id}?saved=unchanged`);
  assert.equal(count(database.db, 'audit_events'), auditBefore, 'no audit event');
  assert.equal(count(database.db, 'child_changes'), changesBefore, 'no history');
  assert.equal(sql(database.db, `SELECT version FROM children WHERE public_id = '${id}'`), '1', 'no new version');

  const shown = await amara.request(saved.headers.get('location'));
  assert.match(shown.text, /<h3 class="govuk-notification-banner__heading">You did not change anything<\/h3>/);
  assert.match(shown.text, /Nothing was saved/);
  assert.doesNotMatch(shown.text, /Changes saved|govuk-notification-banner--success/);
});

test('a reason too long is an error on the form and saves nothing', async () => {
  const { id, fields } = await addChild({ ...child, 'given-name': 'Verbose' });
  const answer = await amara.submit(`/children/${id}/edit`,
    { ...fields, 'looked-after': 'no', version: '1', reason: 'x'.repeat(501) });
  assert.equal(answer.status, 422);
  assert.match(answer.text, /<a href="#reason">The reason for this correction must be 500 characters or fewer<\/a>/);
  assert.match(answer.text, /id="reason-error"/);
  assert.match(answer.text, new RegExp(`>${'x'.repeat(501)}</textarea>`), 'what was typed is kept');
  assert.equal(sql(database.db, `SELECT version FROM children WHERE public_id = '${id}'`), '1');
});

test('the reason survives a stale edit, to be saved with the next try', async () => {
  const { id, fields } = await addChild({ ...child, 'given-name': 'Twice' });
  assert.equal((await dan.submit(`/children/${id}/edit`, { ...fields, district: 'DOVER', version: '1' })).status, 303);
  const stale = await amara.submit(`/children/${id}/edit`,
    { ...fields, 'looked-after': 'no', version: '1', reason: 'Told by the school' });
  assert.equal(stale.status, 409);
  assert.match(stale.text, /Version 2 by Dan Kowalczyk/);
  assert.match(stale.text, />Told by the school<\/textarea>/);
});
