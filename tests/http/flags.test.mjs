// A child's safeguarding and risk flags (/children/{id}/flags): raising, reviewing (a MAPPA
// level changed) and ending one, each in the log with who, when and why; the identity bar
// on every page of the record showing the current flags, those due for review marked. Bad
// input is refused with a GOV.UK message and saves nothing. Runs on both backends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';
import { today, daysAgo, iso } from '../support/justice_fixture.mjs';
import { childOfCaseworker, post, dateFields, errorSummary } from '../support/practice_fixture.mjs';

let database;
let server;
let amara;   // case manager
let hannah;  // analyst: reads, records no practice

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  amara = new Browserless(server.baseUrl);
  await amara.signIn('caseworker');
  hannah = new Browserless(server.baseUrl);
  await hannah.signIn('analyst');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const rows = (query) => sql(database.db, query).split('\n').filter(Boolean);
const flagsOf = (c) => rows(`SELECT flag_type || '|' || COALESCE(CAST(mappa_level AS TEXT), '') || '|' || start_date || '|' ||
  review_date || '|' || COALESCE(end_date, '') FROM child_flags WHERE child_id = ${c.rowId} ORDER BY id`);
const logOf = (c) => rows(`SELECT change_kind || '|' || why FROM child_flag_changes WHERE child_id = ${c.rowId} ORDER BY id`);
const identityBar = (html) => (html.match(/<div class="moj-identity-bar[\s\S]*?<\/div>\s*<\/div>\s*<\/div>/) ?? [''])[0];

test('a flag is raised, shown in the identity bar on every page of the record, reviewed and ended, each change logged', async () => {
  const c = childOfCaseworker(database.db);
  const base = `/children/${c.id}/flags`;
  assert.match(identityBar((await amara.request(`/children/${c.id}`)).text), /No safeguarding or risk flags/);

  const raised = await post(amara, `${base}/new`, { 'flag-type': 'mappa', 'mappa-level': '1',
    ...dateFields('start-date', daysAgo(3)), ...dateFields('review-date', daysAgo(-60)), reason: 'Agreed at MAPPA meeting' });
  assert.equal(raised.status, 303);
  assert.deepEqual(flagsOf(c), [`mappa|1|${iso(daysAgo(3))}|${iso(daysAgo(-60))}|`]);
  for (const page of ['', '/history', '/chronology', '/offences', '/custody', '/court', '/case-notes', '/network', '/flags']) {
    const html = (await hannah.request(`/children/${c.id}${page}`)).text;
    assert.match(identityBar(html), /MAPPA level 1/, `the identity bar on ${page || 'the record'}`);
  }

  const id = sql(database.db, `SELECT id FROM child_flags WHERE child_id = ${c.rowId}`);
  const reviewed = await post(amara, `${base}/${id}/review`, { 'mappa-level': '2', ...dateFields('review-date', daysAgo(-90)),
    reason: 'Level 2 agreed' });
  assert.equal(reviewed.status, 303);
  assert.deepEqual(flagsOf(c), [`mappa|2|${iso(daysAgo(3))}|${iso(daysAgo(-90))}|`]);
  const ended = await post(amara, `${base}/${id}/end`, { ...dateFields('end-date', today), reason: 'MAPPA no longer applies' });
  assert.equal(ended.status, 303);
  assert.deepEqual(logOf(c), ['raised|Agreed at MAPPA meeting', 'reviewed|Level 2 agreed', 'changed|Level 2 agreed',
    'ended|MAPPA no longer applies']);
  const page = await hannah.request(base);
  assert.match(page.text, /MAPPA level 1 changed to MAPPA level 2/);
  assert.match(page.text, /Ended: Ended /);
  assert.doesNotMatch(page.text, /Raise a flag/, 'the analyst reads flags but changes none');
  assert.equal((await hannah.request(`${base}/new`)).status, 403);
  const detail = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'child.flags' AND actor = 'analyst'
    ORDER BY id DESC LIMIT 1`);
  assert.equal(detail, `shown: flag:${id}`);
});

test('a flag whose review date has passed shows as due for review', async () => {
  const c = childOfCaseworker(database.db);
  sql(database.db, `INSERT INTO child_flags (child_id, flag_type, start_date, review_date, reason, raised_at, raised_by,
    raised_by_name) VALUES (${c.rowId}, 'child_criminal_exploitation', '${iso(daysAgo(100))}', '${iso(daysAgo(1))}',
    'County lines', '2026-01-01T00:00:00Z', 'caseworker', 'Amara Nwosu')`);
  const html = (await amara.request(`/children/${c.id}`)).text;
  assert.match(identityBar(html), /Child criminal exploitation: review due/);
  assert.match(identityBar(html), /1 due for review/);
  assert.match((await amara.request(`/children/${c.id}/flags`)).text, /Due for review/);
});

test('bad input is refused with GOV.UK errors and saves nothing', async () => {
  const c = childOfCaseworker(database.db);
  const base = `/children/${c.id}/flags`;
  const noLevel = await post(amara, `${base}/new`, { 'flag-type': 'mappa', ...dateFields('start-date', today),
    ...dateFields('review-date', daysAgo(1)), reason: '' });
  assert.equal(noLevel.status, 422);
  assert.deepEqual(errorSummary(noLevel.text), ['Choose the MAPPA level', 'The review date must be today or in the future',
    'Enter the reason the flag is raised']);
  const levelElsewhere = await post(amara, `${base}/new`, { 'flag-type': 'radicalisation', 'mappa-level': '2',
    ...dateFields('start-date', today), ...dateFields('review-date', daysAgo(-30)), reason: 'Prevent referral' });
  assert.deepEqual(errorSummary(levelElsewhere.text), ['Choose a MAPPA level only for a MAPPA flag']);
  const unknown = await post(amara, `${base}/new`, { 'flag-type': 'gossip', ...dateFields('start-date', today),
    ...dateFields('review-date', daysAgo(-30)), reason: 'x' });
  assert.deepEqual(errorSummary(unknown.text), ['Choose the flag']);
  assert.deepEqual(flagsOf(c), []);
  assert.deepEqual(logOf(c), []);

  await post(amara, `${base}/new`, { 'flag-type': 'risk_to_staff', ...dateFields('start-date', daysAgo(5)),
    ...dateFields('review-date', daysAgo(-30)), reason: 'Threatened a worker' });
  const id = sql(database.db, `SELECT id FROM child_flags WHERE child_id = ${c.rowId}`);
  const early = await post(amara, `${base}/${id}/end`, { ...dateFields('end-date', daysAgo(6)), reason: '' });
  assert.deepEqual(errorSummary(early.text), ['The end date must be on or after the day the flag started',
    'Enter the reason the flag ends']);
  const past = await post(amara, `${base}/${id}/review`, { ...dateFields('review-date', today), reason: 'ok' });
  assert.deepEqual(errorSummary(past.text), ['The next review date must be in the future']);
  assert.deepEqual(logOf(c), ['raised|Threatened a worker']);
  assert.equal((await amara.request(`${base}/999999999/review`)).status, 404);
});
