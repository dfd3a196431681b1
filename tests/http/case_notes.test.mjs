// A child's case notes (/children/{id}/case-notes): writing one (the time recorded is the
// server's, the day it happened is typed), a note about something more than a week before
// asking the worker to confirm, management oversight written only by managers, a
// correction keeping the original text with who, when and why, and the search across a
// child's notes by words, type and dates, a page at a time, without JavaScript. Bad input
// is refused with a GOV.UK message and saves nothing. Runs on both backends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';
import { today, daysAgo } from '../support/justice_fixture.mjs';
import { childOfCaseworker, post, dateFields, errorSummary } from '../support/practice_fixture.mjs';

let database;
let server;
let amara;  // case manager, North Kent unit
let dan;    // another case manager in the same unit
let grace;  // unit lead (manager)
let joy;    // business support: reads the record, records no practice

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  amara = new Browserless(server.baseUrl);
  await amara.signIn('caseworker');
  dan = new Browserless(server.baseUrl);
  await dan.signIn('caseworker2');
  grace = new Browserless(server.baseUrl);
  await grace.signIn('unitlead');
  joy = new Browserless(server.baseUrl);
  await joy.signIn('support');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// Each note's type, summary and text (which may hold line breaks: rows end with "<end>").
const notesOf = (c) => sql(database.db, `SELECT note_type || '|' || summary || '|' || body || '<end>' FROM case_notes
  WHERE child_id = ${c.rowId} ORDER BY id`).split('<end>').map((row) => row.replace(/^\n/, '')).filter(Boolean);

function noteFields(overrides = {}) {
  return { 'note-type': 'contact', ...dateFields('happened-on', today), 'happened-time': '10:30',
    summary: 'Office appointment', body: 'Sam came on time.\nWe talked about school.', ...overrides };
}

test('a note is written, listed and shown; bad input saves nothing', async () => {
  const c = childOfCaseworker(database.db);
  const base = `/children/${c.id}/case-notes`;
  const empty = await amara.request(base);
  assert.equal(empty.status, 200);
  assert.match(empty.text, /No case notes have been written for this child yet/);
  assert.match(empty.text, /aria-current="page"[^>]*>Case notes</);

  const bad = await post(amara, `${base}/new`, noteFields({ 'note-type': '', summary: '', body: ' ',
    'happened-time': '25:00', ...dateFields('happened-on', daysAgo(-2)) }));
  assert.equal(bad.status, 422);
  assert.deepEqual(errorSummary(bad.text), ['Choose the type of note', 'The day it happened must be today or in the past',
    'Enter the time as hours and minutes, for example 14:30', 'Enter the summary', 'Enter the note']);
  assert.deepEqual(notesOf(c), []);

  const saved = await post(amara, `${base}/new`, noteFields());
  assert.equal(saved.status, 303);
  assert.deepEqual(notesOf(c), ['contact|Office appointment|Sam came on time.\nWe talked about school.']);
  const shown = await amara.request(saved.headers.get('location'));
  assert.equal(shown.status, 200);
  assert.match(shown.text, /Case note saved/);
  assert.match(shown.text, /Sam came on time.\nWe talked about school./);
  assert.match(shown.text, /This note has not been corrected/);
  const listed = await joy.request(base);
  assert.match(listed.text, /Office appointment/);
  assert.doesNotMatch(listed.text, /Add a case note/, 'business support reads notes but writes none');
  assert.equal((await joy.request(`${base}/new`)).status, 403);
});

test('a note about something more than a week ago is saved only when the worker confirms', async () => {
  const c = childOfCaseworker(database.db);
  const base = `/children/${c.id}/case-notes`;
  const late = noteFields({ ...dateFields('happened-on', daysAgo(10)), summary: 'Late note' });
  const warned = await post(amara, `${base}/new`, late);
  assert.equal(warned.status, 422);
  assert.match(warned.text, /more than a week ago/);
  assert.match(warned.text, /name="confirm"/);
  assert.deepEqual(notesOf(c), []);
  assert.equal((await post(amara, `${base}/new`, { ...late, confirm: 'yes' })).status, 303);
  assert.equal(notesOf(c).length, 1);
});

test('management oversight notes are written only by managers', async () => {
  const c = childOfCaseworker(database.db);
  const base = `/children/${c.id}/case-notes`;
  assert.doesNotMatch((await amara.request(`${base}/new`)).text, /value="management_oversight"/);
  const refused = await post(amara, `${base}/new`, noteFields({ 'note-type': 'management_oversight' }));
  assert.equal(refused.status, 422);
  assert.deepEqual(errorSummary(refused.text), ['Only a manager can write a management oversight note']);
  assert.deepEqual(notesOf(c), []);
  assert.match((await grace.request(`${base}/new`)).text, /value="management_oversight"/);
  assert.equal((await post(grace, `${base}/new`, noteFields({ 'note-type': 'management_oversight',
    summary: 'Supervision', body: 'Plan reviewed; visits to stay weekly.' }))).status, 303);
  assert.deepEqual(notesOf(c), ['management_oversight|Supervision|Plan reviewed; visits to stay weekly.']);
});

test('a correction keeps the original text with who made it, when and why; only the author or a manager corrects', async () => {
  const c = childOfCaseworker(database.db);
  const base = `/children/${c.id}/case-notes`;
  const saved = await post(amara, `${base}/new`, noteFields({ body: 'Seen with mum.' }));
  const note = saved.headers.get('location').replace(/\?.*/, '');

  assert.equal((await dan.request(`${note}/correct`)).status, 403, 'another case manager does not correct it');
  assert.equal((await post(dan, `${note}/correct`, noteFields({ body: 'x', reason: 'y' }))).status, 403);

  const noReason = await post(amara, `${note}/correct`, noteFields({ body: 'Seen with his aunt.' }));
  assert.equal(noReason.status, 422);
  assert.deepEqual(errorSummary(noReason.text), ['Enter why you are correcting the note']);
  assert.deepEqual(notesOf(c), ['contact|Office appointment|Seen with mum.']);

  assert.equal((await post(amara, `${note}/correct`, noteFields({ body: 'Seen with his aunt.',
    reason: 'It was his aunt, not his mother' }))).status, 303);
  assert.deepEqual(notesOf(c), ['contact|Office appointment|Seen with his aunt.']);
  const page = await grace.request(note);
  assert.match(page.text, /Corrected by Amara Nwosu/i);
  assert.match(page.text, /Reason: It was his aunt, not his mother/);
  assert.match(page.text, /<td[^>]*data-label="Before">Seen with mum.<\/td>/);
  assert.match(page.text, /<td[^>]*data-label="After">Seen with his aunt.<\/td>/);
  assert.match((await grace.request(base)).text, /Corrected<\/strong>/);
  assert.equal((await grace.request(`${note}/correct`)).status, 200, 'a manager corrects any note');
  assert.equal((await amara.request(`${base}/999999999`)).status, 404);
});

test('the search finds notes by words, type and dates, a page at a time, and refuses a wrong date', async () => {
  const c = childOfCaseworker(database.db);
  const base = `/children/${c.id}/case-notes`;
  for (let day = 1; day <= 23; day += 1) {
    const fields = noteFields({ ...dateFields('happened-on', daysAgo(day)), summary: `Visit ${day}`,
      body: day === 3 ? 'Worried about Zoë and the park' : 'Routine visit', confirm: 'yes',
      'note-type': day === 5 ? 'safeguarding' : 'contact' });
    assert.equal((await post(amara, `${base}/new`, fields)).status, 303);
  }
  const first = await amara.request(base);
  assert.match(first.text, /23 notes, latest first/);
  assert.match(first.text, /Visit 1</);
  assert.doesNotMatch(first.text, /Visit 21</);
  assert.match(first.text, /href="[^"]*page=2"/);
  const second = await amara.request(`${base}?page=2`);
  assert.match(second.text, /Visit 21</);

  const words = await amara.request(`${base}?words=ZOE+park`);
  assert.match(words.text, /1 note found/);
  assert.match(words.text, /Visit 3</);
  const type = await amara.request(`${base}?type=safeguarding`);
  assert.match(type.text, /Visit 5</);
  assert.match(type.text, /1 note found/);
  const from = daysAgo(4);
  const to = daysAgo(2);
  const range = await amara.request(`${base}?from-day=${from.getUTCDate()}&from-month=${from.getUTCMonth() + 1}` +
    `&from-year=${from.getUTCFullYear()}&to-day=${to.getUTCDate()}&to-month=${to.getUTCMonth() + 1}&to-year=${to.getUTCFullYear()}`);
  assert.match(range.text, /3 notes found/);
  const none = await amara.request(`${base}?words=nothing-like-this`);
  assert.match(none.text, /No case notes match this search/);
  const wrong = await amara.request(`${base}?from-day=31&from-month=2&from-year=2026`);
  assert.equal(wrong.status, 422);
  assert.equal(errorSummary(wrong.text).length, 1);
  assert.doesNotMatch(wrong.text, /Visit 1</);
  const badType = await amara.request(`${base}?type=gossip`);
  assert.equal(badType.status, 422);
  assert.deepEqual(errorSummary(badType.text), ['Choose a type of note from the list']);
});

test('each page names the notes it shows in its audit event', async () => {
  const c = childOfCaseworker(database.db);
  const base = `/children/${c.id}/case-notes`;
  const saved = await post(amara, `${base}/new`, noteFields());
  const id = saved.headers.get('location').match(/case-notes\/(\d+)/)[1];
  await amara.request(base);
  const detail = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'child.case_notes' AND record_id = '${c.id}'
    ORDER BY id DESC LIMIT 1`);
  assert.match(detail, new RegExp(`shown: case_note:${id}$`));
  const created = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'case_note.create' AND record_id = '${c.id}'`);
  assert.match(created, new RegExp(`case note ${id}, contact`));
});
