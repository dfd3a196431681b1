// Corrections of the justice record keep the version they replace (decision 0023): a
// requirement and breach proceedings are corrected through their own forms, checked by the
// same rules as when recorded (a GOV.UK error summary, nothing saved); an offence, an
// order's recorded end and a hearing's result are corrected as before, now with a reason.
// Each record's page shows its corrections (what changed, from what to what, who, when,
// why) to everyone who may read it, and names the records in its audit event; a correction
// is audited in its own transaction; the chronology shows it on its day.
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
// A child of the demo with no justice history, born in 2006.
function child() {
  const exclude = taken.length ? ` AND public_id NOT IN (${taken.map((id) => `'${id}'`).join(', ')})` : '';
  const [id, rowId] = sql(database.db,
    `SELECT public_id || '|' || id FROM children WHERE restricted = 0${exclude} ORDER BY id LIMIT 1`).split('|');
  taken.push(id);
  clearJusticeRecord(database.db, rowId);
  sql(database.db, `UPDATE children SET date_of_birth = '2006-05-15', district_code = 'MAIDSTONE' WHERE id = ${rowId}`);
  return { id, rowId };
}

// A youth rehabilitation order made on 1 March 2023 for an offence of 10 January 2023.
function order(of) {
  const offence = sql(database.db, `INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)
    VALUES ('FIX9-O-${of.rowId}', ${of.rowId}, '2023-01-10', 'robbery', 4, '2024-01-01T00:00:00Z') RETURNING id`);
  const id = sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date,
    length_months, completion, created_at) VALUES ('FIX9-U-${of.rowId}', ${of.rowId}, '2023-03-01',
    'youth_rehabilitation_order', '2023-03-01', 12, 'ongoing', '2024-01-01T00:00:00Z') RETURNING id`);
  sql(database.db, `INSERT INTO outcome_offences (outcome_id, offence_id) VALUES (${id}, ${offence})`);
  return { offence, outcome: id, href: `/children/${of.id}/outcomes/${id}` };
}

function dateFields(prefix, iso) {
  const [year, month, day] = iso.split('-');
  return { [`${prefix}-day`]: String(Number(day)), [`${prefix}-month`]: String(Number(month)), [`${prefix}-year`]: year };
}

async function post(session, pathname, fields) {
  const home = await session.request('/');
  const token = Browserless.csrfToken(home.text);
  return session.request(pathname, { method: 'POST', form: { csrf_token: token, ...fields } });
}

const corrections = () => count(database.db, 'record_corrections');
const lastEvent = () => Number(sql(database.db, 'SELECT COALESCE(MAX(id), 0) FROM audit_events'));

// The page's "Corrections" section, as text.
function correctionsSection(html) {
  const start = html.indexOf('id="corrections"');
  assert.ok(start > 0, 'the page has a Corrections section');
  return html.slice(start).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

test('a requirement is corrected with its reason, checked by the rules, and the version it replaces is shown', async () => {
  const sam = child();
  const { outcome, href } = order(sam);
  const requirement = sql(database.db, `INSERT INTO yro_requirements (outcome_id, kind, amount, unit, starts_on, created_at)
    VALUES (${outcome}, 'unpaid_work', 80, 'hours', '2023-03-01', '2024-01-01T00:00:00Z') RETURNING id`);
  const staff = sql(database.db, "SELECT id FROM staff WHERE username = 'manager'");
  sql(database.db, `INSERT INTO yro_requirement_progress (requirement_id, done_on, amount, recorded_by, created_at)
    VALUES (${requirement}, '2023-04-01', 60, ${staff}, '2024-01-01T00:00:00Z')`);
  const page = `${href}/requirements`;
  const edit = `${page}/${requirement}/edit`;

  const list = await tom.request(page);
  assert.ok(list.text.includes(`href="${edit}"`), 'each requirement links to its correction');
  assert.match(correctionsSection(list.text), /No requirement of this order has been corrected/);
  const form = await tom.request(edit);
  assert.equal(form.status, 200);
  assert.match(form.text, /Correct the unpaid work requirement/);
  assert.match(form.text, /id="amount" name="amount" type="text" inputmode="numeric" value="80"/);
  assert.match(form.text, /Reason for this correction/);

  // Bad input: a GOV.UK error summary, and nothing saved.
  const start = dateFields('starts-on', '2023-03-01');
  const saved = () => [corrections(), count(database.db, 'audit_events', "action = 'requirement.correct'"),
    sql(database.db, `SELECT amount FROM yro_requirements WHERE id = ${requirement}`)];
  const before = saved();
  for (const [fields, message] of [
    [{ ...start, amount: '50' }, 'The progress recorded on 1 April 2023 would no longer fit'],
    [{ ...start, amount: '500' }, 'Unpaid work: it is 40 to 240 hours'],
    [{ ...start, amount: '70', reason: 'x'.repeat(501) }, 'The reason for this correction must be 500 characters or fewer'],
    [{ ...dateFields('starts-on', '2023-02-01'), amount: '70' }, 'start'],
  ]) {
    const refused = await post(tom, edit, fields);
    assert.equal(refused.status, 422, JSON.stringify(fields));
    assert.match(refused.text, /govuk-error-summary/);
    assert.ok(refused.text.includes(message), `${message}: ${refused.text.match(/govuk-error-message">[\s\S]*?<\/p>/g)}`);
    assert.deepEqual(saved(), before, 'nothing saved');
  }
  // A kind posted is ignored: a correction keeps the requirement's kind.
  const event = lastEvent();
  const corrected = await post(tom, edit, { ...start, amount: '70', kind: 'curfew', reason: 'Hours checked against the court order' });
  assert.equal(corrected.status, 303, corrected.text.match(/govuk-error-message">[\s\S]*?<\/p>/g)?.join(' '));
  assert.equal(corrected.headers.get('location'), `${page}?saved=corrected`);
  assert.equal(sql(database.db, `SELECT kind || ' ' || amount FROM yro_requirements WHERE id = ${requirement}`), 'unpaid_work 70');
  assert.equal(count(database.db, 'audit_events', `id > ${event} AND action = 'requirement.correct' AND record_id = '${sam.id}'
    AND detail LIKE '%requirement ${requirement}; changed: amount; reason given'`), 1, 'audited');
  // The same again changes nothing and keeps no version.
  assert.equal((await post(tom, edit, { ...start, amount: '70' })).headers.get('location'), `${page}?saved=unchanged`);
  assert.equal(corrections(), before[0] + 1);

  // Everyone who reads the record sees the correction; only those who may correct see the links.
  for (const reader of [tom, hannah]) {
    const shown = await reader.request(page);
    assert.equal(shown.status, 200);
    const section = correctionsSection(shown.text);
    assert.match(section, /Unpaid work requirement: corrected by Tom Whitfield on/);
    assert.match(section, /Reason: Hours checked against the court order/);
    assert.match(section, /Amount ordered 80 70/);
  }
  assert.ok(!(await hannah.request(page)).text.includes(`href="${edit}"`));
  assert.equal((await hannah.request(edit)).status, 403);
  assert.equal((await post(hannah, edit, { ...start, amount: '75' })).status, 403);
  assert.ok(count(database.db, 'audit_events', `action = 'child.requirements' AND record_id = '${sam.id}'
    AND detail LIKE '%corrections of requirement ${requirement}'`) >= 2, 'viewing the corrections names the record');
});

test('breach proceedings are corrected through their own form; bad input saves nothing', async () => {
  const ann = child();
  const { outcome, href } = order(ann);
  const breach = sql(database.db, `INSERT INTO breach_proceedings (outcome_id, begun_on, created_at)
    VALUES (${outcome}, '2023-06-01', '2024-01-01T00:00:00Z') RETURNING id`);
  const edit = `${href}/breaches/${breach}/edit`;
  const page = await tom.request(href);
  assert.ok(page.text.includes(`href="${edit}"`), 'each breach proceedings links to its correction');
  const form = await tom.request(edit);
  assert.equal(form.status, 200);
  assert.match(form.text, /Correct breach proceedings/);
  assert.match(form.text, /name="begun-on-day"[^>]*value="1"/);

  const before = [corrections(), sql(database.db, `SELECT begun_on || COALESCE(result, '-') FROM breach_proceedings WHERE id = ${breach}`)];
  for (const [fields, message] of [
    [{ ...dateFields('begun-on', '2023-06-02'), result: 'fine' }, 'the court hearing that decided the result'],
    [{ ...dateFields('begun-on', '2023-02-01') }, 'begun-on'],
    [{ 'begun-on-day': '31', 'begun-on-month': '2', 'begun-on-year': '2023' }, 'begun-on'],
  ]) {
    const refused = await post(tom, edit, fields);
    assert.equal(refused.status, 422, JSON.stringify(fields));
    assert.match(refused.text, /govuk-error-summary/);
    assert.ok(refused.text.includes(message), message);
    assert.deepEqual([corrections(), sql(database.db, `SELECT begun_on || COALESCE(result, '-') FROM breach_proceedings WHERE id = ${breach}`)], before);
  }
  const saved = await post(tom, edit, { ...dateFields('begun-on', '2023-06-02'), ...dateFields('court-date', '2023-06-20'),
    result: 'order_continues', reason: 'Dates from the court register' });
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get('location'), `${href}?saved=breach_corrected`);
  assert.equal(count(database.db, 'audit_events', `action = 'outcome.breach_correction' AND record_id = '${ann.id}'`), 1);
  const shown = await hannah.request(href);
  const section = correctionsSection(shown.text);
  assert.match(section, /Breach proceedings begun on 2 June 2023: corrected by Tom Whitfield/);
  assert.match(section, /Date proceedings began 1 June 2023 2 June 2023/);
  assert.match(section, /Result Not recorded Order continues/);
  assert.match(section, /Reason: Dates from the court register/);
  assert.equal((await tom.request(`${href}/breaches/999999999/edit`)).status, 404);
});

test('an offence, an order\'s recorded end and a hearing\'s result keep the versions their corrections replace', async () => {
  const joe = child();
  const { offence, href } = order(joe);
  // The offence: corrected with a reason, shown on the offences page.
  const offenceEdit = `/children/${joe.id}/offences/${offence}/edit`;
  assert.match((await tom.request(offenceEdit)).text, /Reason for this correction/);
  const offenceForm = { ...dateFields('offence-date', '2023-01-09'), category: 'robbery', gravity: '4', description: '' };
  const tooLong = await post(tom, offenceEdit, { ...offenceForm, reason: 'x'.repeat(501) });
  assert.equal(tooLong.status, 422);
  assert.match(tooLong.text, /govuk-error-summary/);
  assert.equal(sql(database.db, `SELECT offence_date FROM offences WHERE id = ${offence}`), '2023-01-10', 'nothing saved');
  assert.equal((await post(tom, offenceEdit, { ...offenceForm, reason: 'Date from the charge sheet' })).status, 303);
  const offences = correctionsSection((await hannah.request(`/children/${joe.id}/offences`)).text);
  assert.match(offences, /Offence of 9 January 2023 \(Robbery\): corrected by Tom Whitfield/);
  assert.match(offences, /Date of the offence 10 January 2023 9 January 2023/);

  // The order's end: recording it is a step; changing it is a correction.
  const end = (date) => ({ ...dateFields('end-date', date), completion: 'completed', 'end-ete': '', 'end-accommodation': '' });
  assert.doesNotMatch((await tom.request(`${href}/end`)).text, /Reason for this correction/);
  const count0 = corrections();
  assert.equal((await post(tom, `${href}/end`, end('2024-02-29'))).status, 303);
  assert.equal(corrections(), count0, 'recording the end is not a correction');
  assert.match((await tom.request(`${href}/end`)).text, /Reason for this correction/);
  assert.equal((await post(tom, `${href}/end`, { ...end('2024-02-28'), reason: 'The court order gives the 28th' })).status, 303);
  const ends = correctionsSection((await hannah.request(href)).text);
  assert.match(ends, /The order’s end: corrected by Tom Whitfield/);
  assert.match(ends, /End date 29 February 2024 28 February 2024/);

  // A hearing's result: the first is recorded, a changed one corrected.
  const hearing = sql(database.db, `INSERT INTO court_hearings (child_id, court, hearing_date, purpose, created_at)
    VALUES (${joe.rowId}, 'Maidstone Youth Court', '2023-02-01', 'plea', '2024-01-01T00:00:00Z') RETURNING id`);
  const result = `/children/${joe.id}/court/hearings/${hearing}/result`;
  assert.equal((await post(tom, result, { result: 'convicted' })).status, 303);
  assert.match((await tom.request(result)).text, /Correct the result of a hearing/);
  assert.equal((await post(tom, result, { result: 'not_guilty', reason: 'Misread the register' })).status, 303);
  const court = correctionsSection((await hannah.request(`/children/${joe.id}/court`)).text);
  assert.match(court, /corrected by Tom Whitfield/);
  assert.match(court, /Reason: Misread the register/);

  // The chronology shows each correction on its day, and filters them as a kind.
  const timeline = await hannah.request(`/children/${joe.id}/chronology?kind=correction`);
  assert.equal(timeline.status, 200);
  const text = timeline.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  assert.match(text, /Offence corrected/);
  assert.match(text, /Date of the offence: 10 January 2023 corrected to 9 January 2023/);
  assert.match(text, /The end of an order corrected/);
  assert.match(text, /Hearing result corrected/);
  assert.match(text, /Reason: Date from the charge sheet/);
});
