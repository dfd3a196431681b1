// Orders in progress: an outcome's own page (the order's dates, a detention and training
// order's release with the remand time counted, links to the pages other parts keep), and
// the forms that record an order's end, a warning, breach proceedings, and a referral
// order's extension and revocation. Bad input is refused with the GOV.UK error summary and
// saves nothing; each change writes its audit event; the chronology shows each step.
// Runs on both backends (PATHWAY_TEST_BACKEND).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { clearJusticeRecord, daysAgo, iso, shown, today } from '../support/justice_fixture.mjs';

let database;
let server;
let tom;    // head of service: opens and corrects every record
let hannah; // analyst: reads every record, corrects none

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  tom = new Browserless(server.baseUrl);
  await tom.signIn('manager');
  hannah = new Browserless(server.baseUrl);
  await hannah.signIn('analyst');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const taken = [];
// A child with no history but one offence, born 1 January 2009.
function child() {
  const exclude = taken.length ? ` AND public_id NOT IN (${taken.map((id) => `'${id}'`).join(', ')})` : '';
  const [id, rowId] = sql(database.db,
    `SELECT public_id || '|' || id FROM children WHERE restricted = 0${exclude} ORDER BY id LIMIT 1`).split('|');
  taken.push(id);
  clearJusticeRecord(database.db, rowId);
  sql(database.db, `UPDATE children SET date_of_birth = '2009-01-01' WHERE id = ${rowId}`);
  sql(database.db, `INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)
    VALUES ('ORD-F-${id}', ${rowId}, '2022-01-05', 'burglary', 4, '2026-01-01T00:00:00Z')`);
  return { id, rowId };
}

// Records an outcome of `type` straight into the child's record; returns its id.
function outcome(kid, type, { made, start = null, end = null, length = null, completion = null }) {
  const ref = `ORD-U-${kid.id}-${count(database.db, 'outcomes', `child_id = ${kid.rowId}`)}`;
  const text = (value) => (value === null ? 'NULL' : `'${value}'`);
  sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date, end_date, length_months, completion, created_at)
    VALUES ('${ref}', ${kid.rowId}, '${made}', '${type}', ${text(start)}, ${text(end)}, ${length ?? 'NULL'}, ${text(completion)}, '2026-01-01T00:00:00Z')`);
  sql(database.db, `INSERT INTO outcome_offences (outcome_id, offence_id)
    SELECT u.id, f.id FROM outcomes u, offences f WHERE u.exchange_id = '${ref}' AND f.exchange_id = 'ORD-F-${kid.id}'`);
  return sql(database.db, `SELECT id FROM outcomes WHERE exchange_id = '${ref}'`);
}

const dateFields = (prefix, date) => ({
  [`${prefix}-day`]: String(date.getUTCDate()), [`${prefix}-month`]: String(date.getUTCMonth() + 1),
  [`${prefix}-year`]: String(date.getUTCFullYear()),
});
const day = (text) => new Date(`${text}T00:00:00Z`);

async function post(session, pathname, fields) {
  const home = await session.request('/');
  return session.request(pathname, { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text), ...fields } });
}

function errors(html) {
  const summary = html.match(/<div class="govuk-error-summary"[\s\S]*?<\/ul>/);
  if (!summary) return [];
  return [...summary[0].matchAll(/<li><a href="([^"]+)">([^<]*)<\/a><\/li>/g)].map((match) => `${match[1]} ${match[2]}`);
}

function lastEvent(action) {
  return sql(database.db, `SELECT actor || '|' || record_id || '|' || COALESCE(detail, '') FROM audit_events
    WHERE action = '${action}' ORDER BY id DESC LIMIT 1`);
}

const events = (action) => count(database.db, 'audit_events', `action = '${action}'`);

test('an outcome has its own page, linked from the offences page and the current status, with what it is and links to its parts', async () => {
  const kid = child();
  const yro = outcome(kid, 'youth_rehabilitation_order', { made: '2025-06-01', start: '2025-06-02', length: 12, completion: 'ongoing' });
  const caution = outcome(kid, 'youth_caution', { made: '2022-02-01' });
  const page = await tom.request(`/children/${kid.id}/outcomes/${yro}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h2 class="govuk-heading-m" id="outcome-heading">Youth rehabilitation order, 1 June 2025<\/h2>/);
  assert.match(page.text, /id="expected-end">2 June 2026</);
  assert.match(page.text, /id="actual-end">Not ended</);
  assert.ok(page.text.includes(`<a class="govuk-link" href="/children/${kid.id}/outcomes/${yro}/requirements">Requirements</a>`));
  assert.ok(!page.text.includes('decision-panel'));
  assert.equal(lastEvent('child.outcome'), `manager|${kid.id}|outcome ${yro}`);
  // The current status links the order to this page; the offences page links every outcome.
  assert.ok(page.text.includes(`<a class="govuk-link" href="/children/${kid.id}/outcomes/${yro}"><strong>Youth rehabilitation order</strong>`));
  const offences = await tom.request(`/children/${kid.id}/offences`);
  assert.ok(offences.text.includes(`href="/children/${kid.id}/outcomes/${caution}"><strong>Youth caution</strong>`));

  const cautionPage = await tom.request(`/children/${kid.id}/outcomes/${caution}`);
  assert.ok(cautionPage.text.includes(`href="/children/${kid.id}/outcomes/${caution}/decision-panel">Joint decision panel</a>`));
  assert.ok(!cautionPage.text.includes('id="warnings-heading"'), 'a caution is not an order');
  assert.equal((await tom.request(`/children/${kid.id}/outcomes/${caution}/warnings/new`)).status, 404);
  // Another child's outcome, or none, is not found.
  assert.equal((await tom.request(`/children/${kid.id}/outcomes/999999999`)).status, 404);
  // The analyst reads the page but changes nothing: no links to the forms, and the forms refused.
  const read = await hannah.request(`/children/${kid.id}/outcomes/${yro}`);
  assert.equal(read.status, 200);
  assert.ok(!read.text.includes('/warnings/new'));
  assert.equal((await hannah.request(`/children/${kid.id}/outcomes/${yro}/warnings/new`)).status, 403);
});

test('a detention and training order shows its halfway release, windows and remand time, by the law of its date', async () => {
  const kid = child();
  // Thirty days remanded to youth detention before an order of 12 months made on 1 March 2023.
  sql(database.db, `INSERT INTO remands (exchange_id, child_id, start_date, end_date, remand_type, created_at)
    VALUES ('ORD-R-${kid.id}', ${kid.rowId}, '2023-01-10', '2023-02-08', 'remand_youth_detention', '2026-01-01T00:00:00Z')`);
  const after2022 = outcome(kid, 'detention_and_training_order', { made: '2023-03-01', length: 12 });
  const page = await tom.request(`/children/${kid.id}/outcomes/${after2022}`);
  assert.equal(page.status, 200);
  // 366 days (to 29 February 2024): halfway on day 183, 30 August 2023; less 30 days credited.
  assert.match(page.text, /id="halfway">30 August 2023 \(day 183\)</);
  assert.match(page.text, /<strong>30 days<\/strong> counted as served: 30 days remanded to youth detention accommodation/);
  assert.match(page.text, /id="release-date">31 July 2023</);
  assert.match(page.text, /id="early-release">The Secretary of State may release from 30 June 2023 to 30 July 2023</);
  assert.match(page.text, /id="late-release">A youth court may order release on 31 August 2023</);
  assert.match(page.text, /id="order-end">30 January 2024</);

  const kid2 = child();
  sql(database.db, `INSERT INTO remands (exchange_id, child_id, start_date, end_date, remand_type, created_at)
    VALUES ('ORD-R-${kid2.id}', ${kid2.rowId}, '2022-01-10', '2022-02-08', 'remand_youth_detention', '2026-01-01T00:00:00Z')`);
  const before2022 = outcome(kid2, 'detention_and_training_order', { made: '2022-03-01', length: 6 });
  const old = await tom.request(`/children/${kid2.id}/outcomes/${before2022}`);
  assert.match(old.text, /None deducted: for an order made before 28 June 2022/);
  assert.match(old.text, /id="early-release">None for this term</);
});

test('the end of an order: an end before its start is refused and nothing is saved; a good one is saved and audited', async () => {
  const kid = child();
  const yro = outcome(kid, 'youth_rehabilitation_order', { made: '2025-06-01', start: '2025-06-02', length: 12, completion: 'ongoing' });
  const form = `/children/${kid.id}/outcomes/${yro}/end`;
  const blank = await tom.request(form);
  assert.equal(blank.status, 200);
  assert.match(blank.text, /<option value="ongoing" selected>Ongoing<\/option>/);
  const before = events('outcome.end');
  const bad = await post(tom, form, { ...dateFields('end-date', day('2025-06-01')), completion: 'completed', 'end-ete': 'suitable', 'end-accommodation': '' });
  assert.equal(bad.status, 422);
  assert.deepEqual(errors(bad.text), ['#end-date-day The end date is before the start date (2 June 2025): give a date on or after it']);
  assert.match(bad.text, /id="end-date-day" name="end-date-day" type="text" inputmode="numeric" value="1"/);
  const noEnd = await post(tom, form, { completion: 'breached' });
  assert.deepEqual(errors(noEnd.text), ['#end-date-day Enter the date the order ended: it is recorded as breached']);
  assert.equal(sql(database.db, `SELECT COALESCE(end_date, '') || '|' || completion FROM outcomes WHERE id = ${yro}`), '|ongoing');
  assert.equal(events('outcome.end'), before);

  const good = await post(tom, form, { ...dateFields('end-date', day('2026-06-01')), completion: 'completed', 'end-ete': 'suitable', 'end-accommodation': 'unsuitable' });
  assert.equal(good.status, 303);
  assert.equal(sql(database.db, `SELECT end_date || '|' || completion || '|' || end_ete || '|' || end_accommodation FROM outcomes WHERE id = ${yro}`),
    '2026-06-01|completed|suitable|unsuitable');
  assert.equal(lastEvent('outcome.end'), `manager|${kid.id}|outcome ${yro}; changed: end_date: none -> 2026-06-01, completion: ongoing -> completed, end_ete: none -> suitable, end_accommodation: none -> unsuitable`);
  const page = await tom.request(`/children/${kid.id}/outcomes/${yro}?saved=end`);
  assert.match(page.text, /id="actual-end">1 June 2026</);
  assert.match(page.text, /id="end-accommodation">Unsuitable</);
  const chronology = await tom.request(`/children/${kid.id}/chronology?kind=order`);
  assert.match(chronology.text, /Youth rehabilitation order ended/);
});

test('warnings and breach proceedings: bad input saves nothing; each is counted, audited and on the chronology', async () => {
  const kid = child();
  const yro = outcome(kid, 'youth_rehabilitation_order', { made: '2025-06-01', start: '2025-06-02', length: 24, completion: 'ongoing' });
  const warnings = `/children/${kid.id}/outcomes/${yro}/warnings/new`;
  const blank = await tom.request(warnings);
  assert.match(blank.text, /id="given-by" name="given-by" type="text" value="Tom Whitfield"/);
  const early = await post(tom, warnings, { ...dateFields('given-on', day('2025-05-01')), reason: 'Missed an appointment', 'given-by': 'Tom Whitfield' });
  assert.equal(early.status, 422);
  assert.deepEqual(errors(early.text), ['#given-on-day The date of the warning is before the order was made (1 June 2025): give a date on or after it']);
  const empty = await post(tom, warnings, {});
  assert.deepEqual(errors(empty.text), ['#given-on-day Enter the date of the warning', '#reason Enter the reason', '#given-by Enter the name of who gave the warning']);
  assert.equal(count(database.db, 'order_warnings', `outcome_id = ${yro}`), 0);

  for (const [when, reason] of [[daysAgo(400), 'Missed a supervision appointment'], [daysAgo(40), 'Late for curfew'], [daysAgo(10), 'Missed reparation']]) {
    assert.equal((await post(tom, warnings, { ...dateFields('given-on', when), reason, 'given-by': 'Amara Nwosu' })).status, 303);
  }
  assert.match(lastEvent('outcome.warning'), new RegExp(`^manager\\|${kid.id}\\|outcome ${yro}; warning \\d+ given on ${iso(daysAgo(10))}$`));
  const page = await tom.request(`/children/${kid.id}/outcomes/${yro}`);
  assert.match(page.text, /id="warnings-in-year"><strong>2<\/strong> in the last 12 months/);
  assert.ok(page.text.includes(`<td class="govuk-table__cell" data-label="Date">${shown(daysAgo(10))}</td><td class="govuk-table__cell" data-label="Reason">Missed reparation</td>`));

  const breaches = `/children/${kid.id}/outcomes/${yro}/breaches/new`;
  const backwards = await post(tom, breaches, { ...dateFields('begun-on', daysAgo(5)), ...dateFields('court-date', daysAgo(6)), result: '' });
  assert.equal(backwards.status, 422);
  assert.deepEqual(errors(backwards.text), [`#court-date-day The court date is before the date proceedings began (${shown(daysAgo(5))}): give a date on or after it`]);
  const undecided = await post(tom, breaches, { ...dateFields('begun-on', daysAgo(5)), result: 'fine' });
  assert.deepEqual(errors(undecided.text), ['#court-date-day Give the date of the court hearing that decided the result']);
  assert.equal(count(database.db, 'breach_proceedings', `outcome_id = ${yro}`), 0);
  const good = await post(tom, breaches, { ...dateFields('begun-on', daysAgo(5)), ...dateFields('court-date', daysAgo(1)), result: 'order_amended' });
  assert.equal(good.status, 303);
  assert.match(lastEvent('outcome.breach'), /; breach proceedings \d+ begun on [\d-]+, result order_amended$/);
  const after = await tom.request(`/children/${kid.id}/outcomes/${yro}`);
  assert.match(after.text, /data-label="Result">Order amended \(requirements changed or added\)</);
  const chronology = await tom.request(`/children/${kid.id}/chronology?kind=order`);
  assert.match(chronology.text, /Warning on the youth rehabilitation order/);
  assert.match(chronology.text, /Breach proceedings on the youth rehabilitation order/);
});

test('a referral order is extended within 12 months in all, moving its expected end, and revoked once', async () => {
  const kid = child();
  const contract = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 2, 10));
  const made = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 2, 1));
  const referral = outcome(kid, 'referral_order', { made: iso(made), start: iso(contract), length: 6, completion: 'ongoing' });
  const endAfter = (months) => new Date(Date.UTC(contract.getUTCFullYear(), contract.getUTCMonth() + months, 9));
  const page = `/children/${kid.id}/outcomes/${referral}`;
  assert.match((await tom.request(page)).text, new RegExp(`id="expected-end">${shown(endAfter(6))}<`));

  const extend = `${page}/extensions/new`;
  const tooLong = await post(tom, extend, { ...dateFields('made-on', today), months: '7', reason: 'More time' });
  assert.equal(tooLong.status, 422);
  assert.deepEqual(errors(tooLong.text), ['#months A referral order is at most 12 months with its extensions: this one can add at most 6 months']);
  assert.equal(count(database.db, 'referral_order_extensions', `outcome_id = ${referral}`), 0);
  assert.equal((await post(tom, extend, { ...dateFields('made-on', today), months: '3', reason: 'More time for reparation' })).status, 303);
  assert.match(lastEvent('outcome.extension'), /; extension \d+ of 3 months made on/);
  const extended = await tom.request(page);
  assert.match(extended.text, new RegExp(`id="expected-end">${shown(endAfter(9))}<`));
  // The current status counts the extension too.
  assert.ok(extended.text.includes(`expected to end ${shown(endAfter(9))}`));

  const revoke = `${page}/revocation`;
  const early = await post(tom, revoke, { ...dateFields('revoked-on', made), reason: 'Resentenced' });
  assert.equal(early.status, 422);
  assert.deepEqual(errors(early.text), [`#revoked-on-day The date of the revocation is before the contract date (${shown(contract)}): give a date on or after it`]);
  assert.equal(count(database.db, 'referral_order_revocations', `outcome_id = ${referral}`), 0);
  assert.equal((await post(tom, revoke, { ...dateFields('revoked-on', today), reason: 'Resentenced for a new offence' })).status, 303);
  assert.equal(sql(database.db, `SELECT end_date || '|' || completion FROM outcomes WHERE id = ${referral}`), `${iso(today)}|revoked`);
  assert.match(lastEvent('outcome.revocation'), new RegExp(`; revoked on ${iso(today)}$`));
  const revoked = await tom.request(page);
  assert.match(revoked.text, new RegExp(`id="revocation">Revoked on ${shown(today)}: Resentenced for a new offence<`));
  assert.ok(!revoked.text.includes('/extensions/new'));
  assert.equal((await tom.request(extend)).status, 409);
  assert.equal((await post(tom, revoke, { ...dateFields('revoked-on', today), reason: 'Again' })).status, 409);
  const chronology = await tom.request(`/children/${kid.id}/chronology?kind=order`);
  assert.match(chronology.text, /Referral order extended by 3 months/);
  assert.match(chronology.text, /Referral order revoked/);
});
