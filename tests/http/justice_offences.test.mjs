// A child's offences and outcomes: recording and correcting an offence with its
// co-defendants (linked both ways, named only to those who may open the other child), and
// recording an outcome with the offences it disposes of. Every rule of the record
// (justice/record_rules.h) and every check of the forms refuses with a GOV.UK message that
// says what to fix, and saves nothing. Runs on both backends (PATHWAY_TEST_BACKEND).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { clearJusticeRecord } from '../support/justice_fixture.mjs';

let database;
let server;
let amara;  // case manager, North Kent unit
let tom;    // head of service: opens every record
let hannah; // analyst: reads every record, corrects none

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  amara = new Browserless(server.baseUrl);
  await amara.signIn('caseworker');
  tom = new Browserless(server.baseUrl);
  await tom.signIn('manager');
  hannah = new Browserless(server.baseUrl);
  await hannah.signIn('analyst');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// Children are taken once each, so the tests do not share one.
const taken = [];
function child(where, bornOn) {
  const exclude = taken.length ? ` AND public_id NOT IN (${taken.map((id) => `'${id}'`).join(', ')})` : '';
  const [id, given, family, rowId] = sql(database.db,
    `SELECT public_id || '|' || given_name || '|' || family_name || '|' || id FROM children WHERE restricted = 0 AND ${where}${exclude} ORDER BY id LIMIT 1`).split('|');
  taken.push(id);
  clearJusticeRecord(database.db, rowId);
  // Born on a known day, so the age rules can be driven to either side.
  if (bornOn) sql(database.db, `UPDATE children SET date_of_birth = '${bornOn}' WHERE public_id = '${id}'`);
  return { id, given, family, name: `${given} ${family}` };
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function nameIn(html, person) {
  return html.includes(escapeHtml(person.name)) || html.includes(person.name.replace(/'/g, '&apos;'));
}

function dateFields(prefix, iso) {
  const [year, month, day] = iso.split('-');
  return { [`${prefix}-day`]: String(Number(day)), [`${prefix}-month`]: String(Number(month)), [`${prefix}-year`]: year };
}

const offence = (date, changes = {}) => ({
  ...dateFields('offence-date', date), category: 'theft_and_handling', gravity: '3', description: 'Took a bicycle', ...changes,
});

// Posts a form (fields as an object, or [name, value] pairs for repeated names) with the
// session's CSRF token.
async function post(session, pathname, fields) {
  const home = await session.request('/');
  const token = Browserless.csrfToken(home.text);
  const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
  return session.request(pathname, { method: 'POST', form: [['csrf_token', token], ...pairs] });
}

function offencesOf(childId) {
  return Number(sql(database.db, `SELECT COUNT(*) FROM offences o JOIN children c ON c.id = o.child_id WHERE c.public_id = '${childId}'`));
}

function offenceIds(childId) {
  return sql(database.db, `SELECT o.id FROM offences o JOIN children c ON c.id = o.child_id WHERE c.public_id = '${childId}' ORDER BY o.id`)
    .split('\n').filter(Boolean);
}

function lastEvent(action) {
  return sql(database.db, `SELECT actor || '|' || record_type || '|' || record_id || '|' || COALESCE(detail, '') FROM audit_events WHERE action = '${action}' ORDER BY id DESC LIMIT 1`);
}

// The error summary's messages on a page.
function errors(html) {
  const summary = html.match(/<div class="govuk-error-summary"[\s\S]*?<\/ul>/);
  if (!summary) return [];
  return [...summary[0].matchAll(/<li><a href="([^"]+)">([^<]*)<\/a><\/li>/g)].map((match) => `${match[1]} ${match[2]}`);
}

test('recording an offence: listed with its category in words, score and description, and audited', async () => {
  const young = child("holding_team_code = 'NORTH'", '2010-06-20');
  const form = await amara.request(`/children/${young.id}/offences/new`);
  assert.equal(form.status, 200);
  assert.match(form.text, /<option value="theft_and_handling">Theft and handling stolen goods<\/option>/);
  assert.equal((form.text.match(/<option value="[a-z_]+">/g) ?? []).length, 13, 'the 13 categories of the exchange format');
  const saved = await post(amara, `/children/${young.id}/offences/new`, offence('2024-03-27', { category: 'burglary', gravity: '4' }));
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get('location'), `/children/${young.id}/offences?saved=offence`);
  const page = await amara.request(saved.headers.get('location'));
  assert.equal(page.status, 200);
  assert.match(page.text, /Offence recorded/);
  assert.match(page.text, /27 March 2024/);
  assert.match(page.text, /<td class="govuk-table__cell" data-label="Category">Burglary<\/td>/);
  assert.match(page.text, /data-label="Seriousness">4<\/td>/);
  assert.match(page.text, /Took a bicycle/);
  assert.equal(sql(database.db, `SELECT offence_date || ' ' || category || ' ' || gravity FROM offences o JOIN children c ON c.id = o.child_id WHERE c.public_id = '${young.id}'`),
    '2024-03-27 burglary 4');
  assert.match(lastEvent('offence.create'), new RegExp(`^caseworker\\|child\\|${young.id}\\|offence \\d+; no co-defendants$`));
  assert.match(lastEvent('child.offences'), new RegExp(`^caseworker\\|child\\|${young.id}\\|`));
  // The record's tabs lead to the page.
  const record = await amara.request(`/children/${young.id}`);
  assert.match(record.text, new RegExp(`href="/children/${young.id}/offences">Offences and outcomes</a>`));
});

test('every mistake on the offence form is refused with a message that says how to fix it, and nothing is saved', async () => {
  const young = child("holding_team_code = 'NORTH'", '2010-06-20');
  const url = `/children/${young.id}/offences/new`;
  const cases = [
    [{ description: '' }, ['#offence-date-day Enter the date of the offence', '#category Select the category of the offence',
      '#gravity Enter the seriousness score as a whole number from 1 to 8, for example 3']],
    [offence('2024-02-31'), ['#offence-date-day Date of the offence must be a real date']],
    [offence('2024-03-27', { 'offence-date-day': '' }), ['#offence-date-day Date of the offence must include a day']],
    [offence(`${new Date().getFullYear() + 1}-01-01`), ['#offence-date-day Date of the offence must be today or in the past']],
    [offence('2020-06-19'), ['#offence-date-day The child was 9 on this date: an offence is recorded for a child aged 10 to 17 on the day it was committed; check the date and the date of birth']],
    [offence('2024-03-27', { category: 'jaywalking' }), ['#category Select the category of the offence']],
    [offence('2024-03-27', { gravity: '9' }), ['#gravity The YJB seriousness score is a whole number from 1 to 8']],
    [offence('2024-03-27', { gravity: '2.5' }), ['#gravity Enter the seriousness score as a whole number from 1 to 8, for example 3']],
    [offence('2024-03-27', { description: 'x'.repeat(501) }), ['#description The description must be 500 characters or fewer']],
  ];
  for (const [fields, expected] of cases) {
    const answer = await post(amara, url, fields);
    assert.equal(answer.status, 422, JSON.stringify(fields));
    const shown = errors(answer.text);
    for (const message of expected) {
      const [target] = message.split(' ');
      const found = shown.find((line) => line.startsWith(target + ' '));
      assert.ok(found, `${JSON.stringify(fields)}: an error linked to ${target}: ${shown}`);
      if (!message.includes('500 characters')) assert.equal(found, message);
    }
    assert.match(answer.text, /<title>Error: /);
  }
  const answer = await post(amara, url, offence('2025-06-20'));
  assert.equal(answer.status, 303, 'aged 15: saved');
  sql(database.db, `UPDATE children SET date_of_birth = '2006-01-01' WHERE public_id = '${young.id}'`);
  const old = await post(amara, url, offence('2024-03-27'));
  assert.equal(old.status, 422);
  assert.match(old.text, /The child was 18 on this date/);
  assert.equal(offencesOf(young.id), 1, 'only the good one saved');
});

test('correcting an offence: the change is saved and audited; a save with no change writes nothing', async () => {
  const young = child("holding_team_code = 'NORTH'", '2010-06-20');
  assert.equal((await post(amara, `/children/${young.id}/offences/new`, offence('2024-03-27'))).status, 303);
  const [id] = offenceIds(young.id);
  const edit = `/children/${young.id}/offences/${id}/edit`;
  const form = await amara.request(edit);
  assert.equal(form.status, 200);
  assert.match(form.text, /id="offence-date-day" name="offence-date-day" type="text" inputmode="numeric" value="27"/);
  assert.match(form.text, /<option value="theft_and_handling" selected>/);
  const bad = await post(amara, edit, offence('2024-03-27', { gravity: '0' }));
  assert.equal(bad.status, 422);
  assert.match(bad.text, /The YJB seriousness score is a whole number from 1 to 8/);
  const same = await post(amara, edit, offence('2024-03-27'));
  assert.equal(same.headers.get('location'), `/children/${young.id}/offences?saved=unchanged`);
  const before = count(database.db, 'audit_events', "action = 'offence.update'");
  const corrected = await post(amara, edit, offence('2024-03-28', { gravity: '5' }));
  assert.equal(corrected.headers.get('location'), `/children/${young.id}/offences?saved=corrected`);
  assert.equal(count(database.db, 'audit_events', "action = 'offence.update'"), before + 1);
  assert.match(lastEvent('offence.update'), new RegExp(`^caseworker\\|child\\|${young.id}\\|offence ${id}; changed: offence_date, gravity; no co-defendants$`));
  assert.equal(sql(database.db, `SELECT offence_date || ' ' || gravity FROM offences WHERE id = ${id}`), '2024-03-28 5');
  // Another child's offence is not found under this child.
  const other = child("holding_team_code = 'NORTH'");
  assert.equal((await amara.request(`/children/${other.id}/offences/${id}/edit`)).status, 404);
  assert.equal((await amara.request(`/children/${young.id}/offences/abc/edit`)).status, 404);
});

test('co-defendants are linked both ways, and a child the viewer may not open is not named', async () => {
  const mine = child("holding_team_code = 'NORTH'", '2010-06-20');
  const theirs = child("holding_team_code = 'SOUTH'", '2010-02-02');
  const url = `/children/${mine.id}/offences/new`;
  // Found by name on the form: another team's child is listed (identity only), not the child.
  const found = await post(amara, url, { ...offence('2024-03-27'), action: 'find', 'codefendant-search': theirs.name });
  assert.equal(found.status, 200);
  assert.match(found.text, new RegExp(`name="codefendant" type="checkbox" value="${theirs.id}"`));
  assert.doesNotMatch(found.text, new RegExp(`value="${mine.id}"`));
  assert.match(found.text, /value="27"/, 'what was typed is kept');
  assert.equal(offencesOf(mine.id), 0, 'a search saves nothing');
  // A child cannot be their own co-defendant, and a made-up reference names no one.
  const saved = await post(amara, url, [...Object.entries(offence('2024-03-27')), ['codefendant', theirs.id],
    ['codefendant', mine.id], ['codefendant', 'NOSUCHCHILD']]);
  assert.equal(saved.status, 303);
  assert.equal(sql(database.db, `SELECT c.public_id FROM offence_codefendants oc JOIN children c ON c.id = oc.child_id
    JOIN offences o ON o.id = oc.offence_id JOIN children m ON m.id = o.child_id WHERE m.public_id = '${mine.id}'`), theirs.id);
  assert.match(lastEvent('offence.create'), new RegExp(`co-defendants ${theirs.id}$`));

  // Amara may not open the other team's child: not named on her child's page.
  const page = await amara.request(`/children/${mine.id}/offences`);
  assert.match(page.text, /a child whose record you cannot open/);
  assert.ok(!nameIn(page.text, theirs), 'the other child is not named');
  // The head of service opens both: each record names the other.
  const ours = await tom.request(`/children/${mine.id}/offences`);
  assert.ok(nameIn(ours.text, theirs));
  assert.match(ours.text, new RegExp(`href="/children/${theirs.id}/offences"`));
  assert.match(lastEvent('child.offences'), new RegExp(`^manager\\|child\\|${mine.id}\\|shown: child:${theirs.id}$`));
  const back = await tom.request(`/children/${theirs.id}/offences`);
  assert.match(back.text, /Named as a co-defendant/);
  assert.ok(nameIn(back.text, mine));
  assert.match(lastEvent('child.offences'), new RegExp(`^manager\\|child\\|${theirs.id}\\|shown: child:${mine.id}$`));
  // A South Kent case manager opens the other child but not Amara's: the link back hides the name.
  const southUser = sql(database.db, "SELECT username FROM staff WHERE team_code = 'SOUTH' AND roles = 'case_manager' AND active = 1 ORDER BY id LIMIT 1");
  const south = new Browserless(server.baseUrl);
  assert.equal((await south.signIn(southUser)).status, 303);
  const theirPage = await south.request(`/children/${theirs.id}/offences`);
  assert.equal(theirPage.status, 200);
  assert.match(theirPage.text, /Named as a co-defendant/);
  assert.match(theirPage.text, /a child whose record you cannot open/);
  assert.ok(!nameIn(theirPage.text, mine));

  // Correcting: Amara keeps the link; a co-defendant she may not list stays named.
  const [id] = offenceIds(mine.id);
  sql(database.db, `UPDATE children SET restricted = 1 WHERE public_id = '${theirs.id}'`);
  const edit = await amara.request(`/children/${mine.id}/offences/${id}/edit`);
  assert.match(edit.text, /Also named: 1 child or children whose record you cannot see/);
  assert.doesNotMatch(edit.text, new RegExp(theirs.id));
  assert.equal((await post(amara, `/children/${mine.id}/offences/${id}/edit`, offence('2024-03-27', { gravity: '4' }))).status, 303);
  assert.equal(count(database.db, 'offence_codefendants', `offence_id = ${id}`), 1, 'the hidden co-defendant stays');
  sql(database.db, `UPDATE children SET restricted = 0 WHERE public_id = '${theirs.id}'`);
  // Unticking removes the link.
  assert.equal((await post(amara, `/children/${mine.id}/offences/${id}/edit`, offence('2024-03-27', { gravity: '4' }))).status, 303);
  assert.equal(count(database.db, 'offence_codefendants', `offence_id = ${id}`), 0);
});

// The outcome form's fields for a detention and training order, given by a court that
// convicted the child on the day of sentence.
function dto(date, months, offences, changes = {}) {
  return [['outcome-type', 'detention_and_training_order'], ...Object.entries(dateFields('outcome-date', date)),
    ['court', 'Maidstone Youth Court'], ...Object.entries(dateFields('hearing-date', date)),
    ['length-months', String(months)], ...offences.map((id) => ['offence', id]), ...Object.entries(changes)];
}

test('recording an outcome: listed with the offences it disposes of, which are then no longer offered', async () => {
  const young = child("holding_team_code = 'NORTH'", '2007-06-20');
  for (const date of ['2022-09-01', '2022-10-01', '2023-01-05']) {
    assert.equal((await post(amara, `/children/${young.id}/offences/new`, offence(date))).status, 303);
  }
  const [first, second, third] = offenceIds(young.id);
  const form = await amara.request(`/children/${young.id}/outcomes/new`);
  assert.equal(form.status, 200);
  assert.match(form.text, /<optgroup label="Custody \(court\)">/);
  assert.equal((form.text.match(/<option value="[a-z0-9_]+"( selected)?>/g) ?? []).filter((o) => !/suitable|completed|breached|revoked|ongoing|not_applicable/.test(o)).length, 18,
    'the 18 outcome types');
  assert.match(form.text, /name="offence" type="checkbox" value="\d+"/);
  const saved = await post(amara, `/children/${young.id}/outcomes/new`, dto('2023-02-01', 7, [first, second], {
    ...dateFields('start-date', '2023-02-01'), ...dateFields('end-date', '2023-09-01'), completion: 'completed',
    'end-ete': 'suitable', 'end-accommodation': 'unsuitable',
  }));
  assert.equal(saved.status, 303, errors(saved.text).join('; '));
  assert.equal(saved.headers.get('location'), `/children/${young.id}/offences?saved=outcome`);
  const row = sql(database.db, `SELECT outcome_type || ' ' || outcome_date || ' ' || start_date || ' ' || end_date || ' ' || length_months || ' ' || completion || ' ' || end_ete || ' ' || end_accommodation
    FROM outcomes o JOIN children c ON c.id = o.child_id WHERE c.public_id = '${young.id}'`);
  assert.equal(row, 'detention_and_training_order 2023-02-01 2023-02-01 2023-09-01 7 completed suitable unsuitable');
  assert.equal(sql(database.db, `SELECT offence_id FROM outcome_offences oo JOIN outcomes o ON o.id = oo.outcome_id
    JOIN children c ON c.id = o.child_id WHERE c.public_id = '${young.id}' ORDER BY offence_id`).split('\n').filter(Boolean).join(' '), `${first} ${second}`);
  assert.match(lastEvent('outcome.create'), new RegExp(`^caseworker\\|child\\|${young.id}\\|outcome \\d+, detention_and_training_order; offences ${first} ${second}$`));
  const page = await amara.request(`/children/${young.id}/offences`);
  assert.match(page.text, /Outcome recorded/);
  assert.match(page.text, /<strong>Detention and training order<\/strong><br>1 February 2023/);
  assert.match(page.text, /<li>1 September 2022: Theft and handling stolen goods<\/li><li>1 October 2022: Theft and handling stolen goods<\/li>/);
  assert.match(page.text, /7 months/);
  assert.match(page.text, /Accommodation: Unsuitable/);
  // Only the offence not yet disposed of is offered now; one already disposed of is refused.
  const next = await amara.request(`/children/${young.id}/outcomes/new`);
  assert.match(next.text, new RegExp(`value="${third}"`));
  assert.doesNotMatch(next.text, new RegExp(`name="offence" type="checkbox" value="${first}"`));
  const again = await post(amara, `/children/${young.id}/outcomes/new`, dto('2023-03-01', 6, [first]));
  assert.equal(again.status, 422);
  assert.match(errors(again.text).join('\n'), /#offences Select the offences from the list/);
});

test('every mistake on the outcome form is refused with a message that says how to fix it, and nothing is saved', async () => {
  const young = child("holding_team_code = 'NORTH'", '2007-06-20');
  for (const date of ['2020-09-01', '2023-04-01']) {
    assert.equal((await post(amara, `/children/${young.id}/offences/new`, offence(date))).status, 303);
  }
  const [old, recent] = offenceIds(young.id);
  const url = `/children/${young.id}/outcomes/new`;
  const cases = [
    [[], ['#outcome-type Select the type of outcome', '#outcome-date-day Enter the date of the outcome']],
    [dto('2023-05-01', 25, [recent]), ['#length-months A detention and training order made on or after 28 June 2022 is for 4 to 24 months']],
    [dto('2021-03-01', 5, [old]), ['#length-months A detention and training order made before 28 June 2022 is for 4, 6, 8, 10, 12, 18 or 24 months']],
    [dto('2021-03-01', '', [old]), ['#length-months Give the term the court set, in whole months']],
    [dto('2023-05-01', 'six', [recent]), ['#length-months Enter the length as a whole number of months, for example 12']],
    [dto('2023-05-01', 6, []), ['#offences Name at least one offence the outcome disposes of']],
    [dto('2023-03-01', 6, [recent]), ['#offences An offence it names was committed on 1 April 2023, after the outcome\'s date (1 March 2023): an outcome disposes only of earlier offences']],
    [dto('2023-05-01', 6, [recent], { ...dateFields('start-date', '2023-05-01'), ...dateFields('end-date', '2023-04-30') }),
      ['#end-date-day The end date is before the start date (1 May 2023): give a date on or after it']],
    [dto('2023-05-01', 6, [recent], { 'end-date-day': '31', 'end-date-month': '4', 'end-date-year': '2023' }), ['#end-date-day End date must be a real date']],
    [dto(`${new Date().getFullYear() + 1}-01-01`, 6, [recent]), ['#outcome-date-day Date of the outcome must be today or in the past']],
    [dto('2023-05-01', 6, [recent], { completion: 'finished' }), ['#completion Select how the order ended, or leave it blank']],
    [dto('2023-05-01', 6, ['99999999']), ['#offences Select the offences from the list: one you chose is no longer there to dispose of']],
  ];
  for (const [fields, expected] of cases) {
    const answer = await post(amara, url, fields);
    assert.equal(answer.status, 422, JSON.stringify(fields));
    const shown = errors(answer.text).map((line) => line.replace(/&#39;|&apos;/g, '\''));
    for (const message of expected) assert.ok(shown.includes(message), `${JSON.stringify(fields)}: expected "${message}" in ${JSON.stringify(shown)}`);
  }
  // A detention and training order for a child of 11 on its date.
  const eleven = child("holding_team_code = 'NORTH'", '2012-06-20');
  assert.equal((await post(amara, `/children/${eleven.id}/offences/new`, offence('2023-09-01'))).status, 303);
  const [offenceId] = offenceIds(eleven.id);
  const tooYoung = await post(amara, `/children/${eleven.id}/outcomes/new`, dto('2023-10-01', 6, [offenceId]));
  assert.equal(tooYoung.status, 422);
  assert.ok(errors(tooYoung.text).includes('#outcome-type The child was 11 on the outcome\'s date: a detention and training order is for a child aged 12 or over'.replace('\'', '&#39;'))
    || errors(tooYoung.text).includes('#outcome-type The child was 11 on the outcome&apos;s date: a detention and training order is for a child aged 12 or over'),
    JSON.stringify(errors(tooYoung.text)));
  assert.equal(Number(sql(database.db, `SELECT COUNT(*) FROM outcomes o JOIN children c ON c.id = o.child_id WHERE c.public_id IN ('${young.id}', '${eleven.id}')`)), 0,
    'nothing saved');
  // 6 months on or after 28 June 2022 is a term; so was 6 before it.
  assert.equal((await post(amara, url, dto('2021-03-01', 6, [old]))).status, 303);
  assert.equal((await post(amara, url, dto('2023-05-01', 5, [recent]))).status, 303);
});

test('someone who may not open the child is refused every page as if the child did not exist; a reader may not change', async () => {
  const theirs = child("holding_team_code = 'SOUTH'", '2010-02-02');
  const missing = await amara.request('/children/NOSUCHCHILD/offences');
  assert.equal(missing.status, 404);
  for (const path of ['offences', 'offences/new', 'offences/1/edit', 'outcomes/new']) {
    const refused = await amara.request(`/children/${theirs.id}/${path}`);
    assert.equal(refused.status, 404, path);
    assert.match(refused.text, /Child not found/);
  }
  for (const path of ['offences/new', 'outcomes/new']) {
    const refused = await post(amara, `/children/${theirs.id}/${path}`, offence('2024-03-27'));
    assert.equal(refused.status, 404, path);
  }
  assert.equal(offencesOf(theirs.id), 0);
  assert.match(lastEvent('child.refused'), new RegExp(`^caseworker\\|child\\|${theirs.id}\\|`));
  // The analyst reads every record but corrects none: no buttons, and the forms are refused.
  const page = await hannah.request(`/children/${theirs.id}/offences`);
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /Record an offence/);
  assert.equal((await hannah.request(`/children/${theirs.id}/offences/new`)).status, 403);
  assert.equal((await post(hannah, `/children/${theirs.id}/offences/new`, offence('2024-03-27'))).status, 403);
  assert.equal((await post(hannah, `/children/${theirs.id}/outcomes/new`, [])).status, 403);
  // A post without the session's token changes nothing.
  const forged = await amara.request(`/children/${taken[0]}/offences/new`, { method: 'POST', form: { csrf_token: 'forged', ...offence('2024-03-27') } });
  assert.equal(forged.status, 403);
});
