// A child's chronology and current status end to end: offences, outcomes (with the
// offences they dispose of), remands and custody episodes written straight into the test
// database show on one timeline, newest first; the filters by kind and date work as a GET
// form and refuse a bad date range with the GOV.UK error summary; every page of the record
// carries the current status (orders in force with their end dates, remand, custody); a
// remand to youth detention shows the child as looked after; someone who may not open the
// child is answered "Child not found".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';
import { childWithHistory, clearJusticeRecord, daysAgo, iso, shown, inAYear } from '../support/justice_fixture.mjs';

let database;
let server;
let manager;
let child;  // { id, rowId }

before(async () => {
  database = createDemoDatabase({ children: 60 });
  child = childWithHistory(database.db);
  server = await startServer(database.db);
  manager = new Browserless(server.baseUrl);
  await manager.signIn('manager');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// The timeline's items as [kind, ISO date, title], top to bottom.
function timeline(html) {
  return [...html.matchAll(/<div class="moj-timeline__item" data-kind="(\w+)">[\s\S]*?<h3 class="moj-timeline__title">([^<]*)<\/h3>[\s\S]*?<time datetime="([\d-]+)">/g)]
    .map(([, kind, title, date]) => [kind, date, title]);
}

const chronology = (query = '') => manager.request(`/children/${child.id}/chronology${query}`);

test('the chronology lists every offence, outcome, remand and custody episode, newest first', async () => {
  const page = await chronology();
  assert.equal(page.status, 200);
  assert.match(page.text, /<a class="moj-sub-navigation__link" href="[^"]*\/chronology" aria-current="page">Chronology<\/a>/);
  assert.deepEqual(timeline(page.text), [
    // On one day, custody after the remand that led to it.
    ['custody', iso(daysAgo(25)), 'Custody: Cookham Wood YOI'],
    ['remand', iso(daysAgo(25)), 'Remanded to youth detention accommodation'],
    ['offence', iso(daysAgo(30)), 'Offence: Violence against the person'],
    ['outcome', iso(daysAgo(60)), 'Outcome: Youth rehabilitation order'],
    ['remand', iso(daysAgo(115)), 'Conditional bail'],
    ['offence', iso(daysAgo(120)), 'Offence: Theft and handling stolen goods'],
    // The end of an order stands at the day it ended.
    ['order', iso(daysAgo(200)), 'Referral order ended'],
    ['outcome', iso(daysAgo(380)), 'Outcome: Referral order'],
    ['offence', iso(daysAgo(400)), 'Offence: Burglary'],
  ]);
  // An outcome names the offences it disposes of; each item its dates.
  assert.ok(page.text.includes(`<li>Theft and handling stolen goods, ${shown(daysAgo(120))} (seriousness 2)</li>`));
  assert.ok(page.text.includes(`<li>From ${shown(daysAgo(115))} to ${shown(daysAgo(61))}</li>`));
  assert.ok(page.text.includes(`<li>From ${shown(daysAgo(25))}, not yet released</li>`));
  assert.ok(page.text.includes('<li>Broke into a garden shed</li>'));
  assert.ok(page.text.includes('<li>Completion: Completed</li>'));
  const event = sql(database.db, `SELECT action || '|' || COALESCE(detail, '') FROM audit_events
    WHERE record_id = '${child.id}' AND actor = 'manager' ORDER BY id DESC LIMIT 1`);
  assert.equal(event, 'child.chronology|no filters');
});

test('the filters keep the kinds ticked and the events within the dates, as a link can', async () => {
  const remandsOnly = await chronology('?kind=remand');
  assert.equal(remandsOnly.status, 200);
  assert.deepEqual(timeline(remandsOnly.text).map(([kind, date]) => [kind, date]),
    [['remand', iso(daysAgo(25))], ['remand', iso(daysAgo(115))]]);
  assert.match(remandsOnly.text, /id="kind-remand" name="kind" type="checkbox" value="remand" checked>/);

  const two = await chronology('?kind=offence&kind=outcome');
  assert.deepEqual(timeline(two.text).map(([kind]) => kind), ['offence', 'outcome', 'offence', 'outcome', 'offence']);

  const [from, to] = [daysAgo(130), daysAgo(50)];
  const ranged = await chronology(`?from-day=${from.getUTCDate()}&from-month=${from.getUTCMonth() + 1}&from-year=${from.getUTCFullYear()}` +
    `&to-day=${to.getUTCDate()}&to-month=${to.getUTCMonth() + 1}&to-year=${to.getUTCFullYear()}`);
  assert.equal(ranged.status, 200);
  assert.deepEqual(timeline(ranged.text).map(([kind, date]) => [kind, date]),
    [['outcome', iso(daysAgo(60))], ['remand', iso(daysAgo(115))], ['offence', iso(daysAgo(120))]]);
  // The form shows the dates as typed.
  assert.ok(ranged.text.includes(`id="from-year" name="from-year" type="text" inputmode="numeric" value="${from.getUTCFullYear()}"`));
  const event = sql(database.db, `SELECT COALESCE(detail, '') FROM audit_events
    WHERE record_id = '${child.id}' AND action = 'child.chronology' ORDER BY id DESC LIMIT 1`);
  assert.equal(event, `from ${iso(from)}; to ${iso(to)}`);

  const nothing = await chronology('?kind=custody&to-day=1&to-month=1&to-year=2000');
  assert.equal(nothing.status, 200);
  assert.deepEqual(timeline(nothing.text), []);
  assert.match(nothing.text, /Nothing in the child’s justice record matches these filters/);
});

test('a bad date range or an unknown kind is refused with the error summary, and no events', async () => {
  const cases = [
    ['?from-day=1&from-month=6&from-year=2025&to-day=1&to-month=1&to-year=2025',
      'The to date must be the same as or after the from date', '#to-day'],
    ['?from-day=31&from-month=2&from-year=2025', 'The from date must be a real date, for example 27 3 2026', '#from-day'],
    ['?to-day=1&to-month=13&to-year=2025', 'The to date must be a real date, for example 27 3 2026', '#to-day'],
    ['?kind=warning', 'Choose the kinds of event from the list', '#kind-offence'],
  ];
  for (const [query, message, href] of cases) {
    const page = await chronology(query);
    assert.equal(page.status, 422, query);
    assert.match(page.text, /<title>Error: /, query);
    assert.ok(page.text.includes('class="govuk-error-summary"'), query);
    assert.ok(page.text.includes(`<a href="${href}">${message}</a>`), `${query}: ${message}`);
    assert.ok(page.text.includes('govuk-form-group--error'), query);
    assert.deepEqual(timeline(page.text), [], query);
    // The status summary is still there: it is part of the record.
    assert.ok(page.text.includes('id="current-status"'), query);
  }
  const event = sql(database.db, `SELECT COALESCE(detail, '') FROM audit_events
    WHERE record_id = '${child.id}' AND action = 'child.chronology' ORDER BY id DESC LIMIT 1`);
  assert.equal(event, 'the filters had errors; no events shown');
});

test('every page of the record shows the current status: orders in force and their ends, remand, custody', async () => {
  const yro = daysAgo(60);
  for (const tab of ['', '/history', '/allocation', '/chronology']) {
    const page = await manager.request(`/children/${child.id}${tab}`);
    assert.equal(page.status, 200, tab);
    const status = page.text.match(/<section class="govuk-summary-card app-current-status"[\s\S]*?<\/section>/)?.[0] ?? '';
    assert.ok(status.includes(`<strong>Youth rehabilitation order</strong>: started ${shown(yro)}, expected to end ${shown(inAYear(yro))}`), `${tab}: ${status}`);
    // The completed referral order is over.
    assert.ok(!status.includes('Referral order'), tab);
    assert.ok(status.includes(`<dd class="govuk-summary-list__value" id="current-remand">Remanded to youth detention accommodation since ${shown(daysAgo(25))}</dd>`), tab);
    assert.ok(status.includes(`<dd class="govuk-summary-list__value" id="current-custody">Cookham Wood YOI (Young offender institution) since ${shown(daysAgo(25))}</dd>`), tab);
    assert.ok(status.includes('id="current-looked-after">Yes (remanded to youth detention accommodation)</dd>'), tab);
  }
});

test('a remand to youth detention shows the child as looked after, whatever the record says', async () => {
  assert.equal(sql(database.db, `SELECT looked_after FROM children WHERE public_id = '${child.id}'`), 'no');
  const page = await manager.request(`/children/${child.id}`);
  assert.match(page.text, /<dt class="govuk-summary-list__key">Looked after<\/dt>\s*<dd class="govuk-summary-list__value">Yes \(remanded to youth detention accommodation\)<\/dd>/);

  // Bail does not make a child looked after: once the remand ends and bail follows, the
  // record's own answer is shown again.
  sql(database.db, `UPDATE remands SET end_date = '${iso(daysAgo(1))}' WHERE exchange_id = 'CHR-R2'`);
  sql(database.db, `INSERT INTO remands (exchange_id, child_id, start_date, end_date, remand_type, created_at)
    VALUES ('CHR-R3', ${child.rowId}, '${iso(daysAgo(1))}', NULL, 'bail_iss', '2026-01-01T00:00:00Z')`);
  try {
    const bailed = await manager.request(`/children/${child.id}`);
    assert.match(bailed.text, /<dt class="govuk-summary-list__key">Looked after<\/dt>\s*<dd class="govuk-summary-list__value">No<\/dd>/);
    assert.ok(bailed.text.includes(`id="current-remand">Bail with intensive supervision and surveillance since ${shown(daysAgo(1))}</dd>`));
    assert.ok(!bailed.text.includes('id="current-looked-after"'));
  } finally {
    sql(database.db, `DELETE FROM remands WHERE exchange_id = 'CHR-R3'`);
    sql(database.db, `UPDATE remands SET end_date = NULL WHERE exchange_id = 'CHR-R2'`);
  }
});

test('a child with no justice record has an empty timeline and nothing in force', async () => {
  const [other, otherRow] = sql(database.db, `SELECT public_id, id FROM children WHERE id <> ${child.rowId} AND restricted = 0 ORDER BY id LIMIT 1`).split('|');
  clearJusticeRecord(database.db, otherRow);
  const page = await manager.request(`/children/${other}/chronology`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Nothing is recorded in the child’s justice record yet/);
  assert.match(page.text, /id="current-orders">\s*None\s*<\/dd>/);
  assert.ok(page.text.includes('id="current-remand">None</dd>'));
  assert.ok(page.text.includes('id="current-custody">Not in custody</dd>'));
});

test('someone who may not open the child is told there is no such child, and the refusal is audited', async () => {
  const caseworker = new Browserless(server.baseUrl);
  await caseworker.signIn('caseworker');
  const page = await caseworker.request(`/children/${child.id}/chronology`);
  assert.equal(page.status, 404);
  assert.match(page.text, /Child not found/);
  assert.ok(!page.text.includes('Cookham Wood'));
  const refusal = sql(database.db, `SELECT action FROM audit_events WHERE actor = 'caseworker' AND record_id = '${child.id}' ORDER BY id DESC LIMIT 1`);
  assert.equal(refusal, 'child.refused');
});
